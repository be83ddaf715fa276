import Workbench

/// A check result as `learn check` and `learn watch` print it: a verdict line, then compile
/// errors as file:line:column, or each test with passed/failed and its assertion message, then
/// what the learner's code printed.
enum CheckResultText {
    static func render(_ result: CheckResult, exercise: Exercise) -> String {
        var lines = ["\(exercise.id) \(verdict(result)) (\(exercise.path), \(seconds(result.durationSeconds)))"]
        if result.status == .compileError {
            for error in result.compileErrors {
                let location = error.line > 0 ? "\(error.file):\(error.line):\(error.column): " : "\(error.file): "
                lines.append(location + "error: " + error.message)
            }
        } else {
            for test in result.tests {
                lines.append("  \(test.status == .passed ? "passed" : "failed")  \(test.name)")
                if !test.message.isEmpty { lines.append(indent(test.message, by: 10)) }
            }
        }
        if !result.output.isEmpty {
            lines.append("Your code printed:")
            lines.append(indent(result.output, by: 2))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "passed", "failed: 3 of 5 tests passed", "does not compile", ...
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

    /// What to do after a check: the next exercise after a pass, else how to get help.
    static func nextStep(after result: CheckResult, exercise: Exercise, course: Course, state: ProgressState) -> String {
        guard result.passed else {
            return "Fix the code and check again. Stuck? learn hint \(exercise.id) reveals a hint."
        }
        guard let next = course.currentExercise(in: state) else {
            return "Progress saved. Every exercise has passed: the course is done!"
        }
        return "Progress saved. Next: \(next.id) (\(next.path)); read about it with learn lesson \(next.id)."
    }

    private static func seconds(_ value: Double) -> String {
        String(format: "%.1f s", value)
    }

    private static func indent(_ text: String, by count: Int) -> String {
        let margin = String(repeating: " ", count: count)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { margin + $0 }.joined(separator: "\n")
    }
}
