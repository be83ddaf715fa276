import Foundation
import Workbench

/// A check result as `learn check` and `learn watch` print it: a verdict line, then compile
/// errors as file:line:column, or each test with passed/failed and its assertion message, then
/// what the learner's code printed.
enum CheckResultText {
    static func render(_ result: CheckResult, exercise: Exercise) -> [StyledText] {
        let time = String(format: "%.1f s", result.durationSeconds)
        var lines: [StyledText] = [
            .joining(StyledText(exercise.id, style: .bold), " ",
                     StyledText(verdict(result), style: result.passed ? .success : .failure),
                     StyledText(" (\(exercise.path), \(time))", style: .dim)),
        ]
        if result.status == .compileError {
            for error in result.compileErrors {
                let location = error.line > 0 ? "\(error.file):\(error.line):\(error.column):" : "\(error.file):"
                lines.append(.joining(.path(location), " ", StyledText("error:", style: .failure), StyledText(" " + error.message)))
            }
        } else {
            for test in result.tests {
                let passed = test.status == .passed
                lines.append(.joining("  ", StyledText(passed ? "passed" : "failed", style: passed ? .success : .failure),
                                      StyledText("  " + test.name)))
                lines += indented(test.message, by: 10)
            }
        }
        if !result.output.isEmpty {
            lines.append(StyledText("Your code printed:", style: .dim))
            lines += indented(result.output, by: 2)
        }
        return lines
    }

    /// "passed: all 5 tests passed", "failed: 3 of 5 tests passed", "does not compile", ...
    static func verdict(_ result: CheckResult) -> String {
        let passed = result.tests.filter { $0.status == .passed }.count
        switch result.status {
        case .passed: return "passed: all \(result.tests.count) tests passed"
        case .failed: return "failed: \(passed) of \(result.tests.count) tests passed"
        case .compileError: return "does not compile"
        case .timeout: return "timed out: the tests ran too long (an endless loop?)"
        case .crashed: return "crashed before every test reported (a fatalError, exit() or force-unwrapped nil?)"
        case .outputLimit: return "printed too much output and was stopped"
        }
    }

    /// What to do after a check: after a pass, the points earned, the reference solution to
    /// compare with and the next exercise; else how to get help.
    static func nextSteps(after result: CheckResult, exercise: Exercise, course: Course, state: ProgressState) -> [StyledText] {
        guard result.passed else {
            return [.joining("Fix the code and check again. Stuck? ", .command("learn hint \(exercise.id)"), " reveals a hint.")]
        }
        return passNotes(exercise, course: course) + [nextExercise(after: exercise, course: course, state: state)]
    }

    /// After a pass: "Solved: 10 points." and where the reference solution is (rustlings offers
    /// it only once the exercise passed, so that it never stands in for the learner's attempt).
    static func passNotes(_ exercise: Exercise, course: Course) -> [StyledText] {
        var lines: [StyledText] = []
        if let points = exercise.points {
            lines.append(StyledText("Solved: \(points) point\(points == 1 ? "" : "s").", style: .success))
        }
        if let solution = course.referenceSolution(of: exercise) {
            lines.append(.joining("Compare yours with the reference solution: ", .path(solution)))
        }
        return lines
    }

    /// "Progress saved. Next: ...", the module's quiz when its last exercise passed, or the end
    /// of the course.
    static func nextExercise(after exercise: Exercise, course: Course, state: ProgressState) -> StyledText {
        if let module = course.catalog.module(of: exercise), module.quiz != nil,
           module.exercises.allSatisfy({ state.isPassed($0.id) }), state.quizzes[module.id]?.completed == nil {
            return .joining(StyledText("Progress saved. Module \(module.number) is done: take its quiz with "),
                            .command("learn quiz \(module.id)"), StyledText(", then run "), .command("learn"),
                            StyledText(" for what comes next."))
        }
        guard let next = course.currentExercise(in: state) else {
            return StyledText("Progress saved. Every exercise has passed: the course is done!", style: .success)
        }
        return .joining("Progress saved. Next: ", StyledText(next.id, style: .bold), " (", .path(next.path),
                        "); read about it with ", .command("learn lesson \(next.id)"), ".")
    }

    private static func indented(_ text: String, by count: Int) -> [StyledText] {
        guard !text.isEmpty else { return [] }
        let margin = String(repeating: " ", count: count)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { StyledText(margin + $0) }
    }
}
