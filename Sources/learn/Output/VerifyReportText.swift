import Workbench

/// `learn verify`'s report: one row per exercise (solution and stub outcome, number of problems),
/// then every problem, then the verdict.
enum VerifyReportText {
    static func render(_ report: VerifyReport, width: Int) -> [StyledText] {
        var lines: [StyledText] = []
        let entries = report.exercises + report.projectSteps
        if !entries.isEmpty {
            let rows: [[StyledText]] = entries.map { exercise in
                [StyledText(exercise.id),
                 outcome(exercise.solution, expected: .passed),
                 outcome(exercise.stub, expected: .failed),
                 exercise.problems.isEmpty ? StyledText("ok", style: .success)
                     : StyledText("\(exercise.problems.count) problem\(exercise.problems.count == 1 ? "" : "s")", style: .failure)]
            }
            lines += TextTable(headers: ["EXERCISE", "SOLUTION", "STUB", "RESULT"], rows: rows).render(width: width, border: .none)
        }
        let problems = report.problems + entries.flatMap { exercise in exercise.problems.map { "\(exercise.id): \($0)" } }
        if !problems.isEmpty {
            lines.append("")
            lines += problems.map { .joining(StyledText("problem:", style: .failure), StyledText(" " + $0)) }
        }
        lines.append("")
        lines.append(report.ok
            ? StyledText("verify: all \(report.exercises.count) exercises" + (report.projectSteps.isEmpty ? "" : " and \(report.projectSteps.count) project steps")
                         + " are sound", style: .success)
            : StyledText("verify: \(problems.count) problem\(problems.count == 1 ? "" : "s") found", style: .failure))
        return lines
    }

    /// A check's status, green when it is the expected one, red otherwise; "-" when it did not run.
    private static func outcome(_ status: CheckStatus?, expected: CheckStatus) -> StyledText {
        guard let status else { return StyledText("-", style: .dim) }
        return StyledText(status.rawValue, style: status == expected ? .success : .failure)
    }
}
