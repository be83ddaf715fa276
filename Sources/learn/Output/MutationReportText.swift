import Foundation
import Workbench

/// `learn verify --mutants`' report: one row per exercise (mutants killed, survived, not compiled,
/// the share killed), then every survivor as `file:line:column: change`, then the verdict.
enum MutationReportText {
    static func render(_ report: MutationReport, width: Int) -> [StyledText] {
        var lines: [StyledText] = []
        let rows: [[StyledText]] = report.exercises.map { entry in
            [StyledText(entry.id),
             StyledText("\(entry.tested)" + (entry.capped ? " of \(entry.generated) (cap \(entry.cap))" : "")),
             StyledText("\(entry.killed)"),
             StyledText("\(entry.survived)", style: entry.survived == 0 ? [] : .failure),
             StyledText("\(entry.notCompiled)", style: .dim),
             ratio(entry.killRatio, goal: report.goal)]
        }
        lines += TextTable(headers: ["EXERCISE", "MUTANTS", "KILLED", "SURVIVED", "NOT COMPILED", "KILLED %"], rows: rows)
            .render(width: width, border: .none)
        let survivors = report.exercises.flatMap { entry in entry.survivors.map { (entry.id, $0) } }
        if !survivors.isEmpty {
            lines += ["", StyledText("Survivors (wrong answers every test let through):", style: .heading)]
            lines += survivors.map { id, survivor in
                .joining(.path("\(survivor.file):\(survivor.line):\(survivor.column)"),
                         StyledText(": \(survivor.change) (\(survivor.operator.rawValue), \(id))"))
            }
        }
        let problems = report.exercises.flatMap { entry in entry.problems.map { "\(entry.id): \($0)" } }
        if !problems.isEmpty {
            lines.append("")
            lines += problems.map { .joining(StyledText("problem:", style: .failure), StyledText(" " + $0)) }
        }
        let goal = "\(Int((report.goal * 100).rounded()))%"
        let below = report.exercises.filter { ($0.killRatio ?? 0) < report.goal }.count
        lines.append("")
        lines.append(report.ok
            ? StyledText("verify --mutants: every suite kills at least \(goal) of its mutants", style: .success)
            : StyledText("verify --mutants: \(below) of \(report.exercises.count) suites kill less than \(goal) of their mutants"
                + (problems.isEmpty ? "" : "; \(problems.count) problem\(problems.count == 1 ? "" : "s")"), style: .failure))
        return lines
    }

    private static func ratio(_ value: Double?, goal: Double) -> StyledText {
        guard let value else { return StyledText("-", style: .dim) }
        return StyledText(String(format: "%.1f%%", value * 100), style: value >= goal ? .success : .failure)
    }
}
