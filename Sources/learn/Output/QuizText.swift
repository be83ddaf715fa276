import Workbench

/// The end of a quiz sitting: the score, that it was saved, and where to go next.
enum QuizText {
    static func closing(_ report: QuizReport, module: CourseModule, catalog: Catalog) -> [StyledText] {
        var lines: [StyledText] = [""]
        guard report.answered > 0 else {
            return lines + [.joining("No answers given; nothing was saved. Run ", .command("learn quiz \(module.id)"), " to start again.")]
        }
        var score: String = "Module \(module.number) quiz: \(report.right) of \(report.graded) answers right"
        if report.selfScoreMax > 0 {
            score += "; your interview answers made \(report.selfScore) of \(report.selfScoreMax) rubric points (your own count)"
        }
        lines.append(StyledText(score + ".", style: .heading))
        lines.append(StyledText(report.complete ? "Saved in your progress."
            : "Saved in your progress; run the quiz again to answer the questions you skipped."))
        if let next = catalog.modules.first(where: { $0.number > module.number }) {
            lines.append(.joining(StyledText("Next: module \(next.number), \(next.title): "), .command("learn lesson \(next.id)")))
        } else {
            lines.append(StyledText("That was the last module's quiz.", style: .success))
        }
        return lines
    }
}
