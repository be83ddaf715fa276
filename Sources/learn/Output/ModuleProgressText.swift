import Workbench

/// `learn`'s table of modules: each module's exercises passed with a percentage, and its quiz.
/// Below it, when a module's exercises are done and its quiz is not, the pointer to that quiz and
/// to the next module.
enum ModuleProgressText {
    static func table(_ modules: [ModuleProgress], width: Int) -> [StyledText] {
        let rows: [[StyledText]] = modules.map { entry in
            [StyledText("\(entry.module.number). \(entry.module.title)"),
             StyledText("\(entry.passed)/\(entry.total)"),
             StyledText("\(entry.percent)%", style: entry.exercisesDone ? .success : []),
             quiz(entry.quiz)]
        }
        return TextTable(headers: ["MODULE", "EXERCISES", "DONE", "QUIZ"], rows: rows).render(width: width, border: .none)
    }

    private static func quiz(_ standing: QuizStanding?) -> StyledText {
        guard let standing else { return StyledText("-", style: .dim) }
        guard standing.answered > 0 else { return StyledText("not taken", style: .dim) }
        let score = "\(standing.right)/\(standing.graded) right"
        if standing.complete { return StyledText(score, style: .success) }
        return StyledText(score + (standing.questions.map { ", \(standing.answered) of \($0) answered" } ?? ""))
    }

    /// "Module 1 is done: take its quiz ... Then module 2: ..." for the first module whose
    /// exercises have passed and whose quiz is not complete; nothing otherwise.
    static func nextSteps(_ modules: [ModuleProgress], catalog: Catalog) -> [StyledText] {
        guard let due = ModuleProgress.quizDue(in: modules) else { return [] }
        var lines: [StyledText] = [
            .joining(StyledText("Module \(due.module.number) is done", style: .success), StyledText(": take its quiz with "),
                     .command("learn quiz \(due.module.id)"), StyledText(".")),
        ]
        if let next = catalog.modules.first(where: { $0.number > due.module.number }) {
            lines.append(.joining(StyledText("Then module \(next.number), \(next.title): "), .command("learn lesson \(next.id)")))
        }
        return lines
    }
}
