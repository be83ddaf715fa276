import Foundation

/// A checker that compiles nothing: it reads markers in the learner's file and answers as a
/// real check would, with the suite's real test names (from `SuiteScan`). Tests of the batch
/// (resume after SIGKILL, shards, `--only`, outputs) use it through the binary, where compiling
/// forty files would only make them slow. It is never isolation: its grades mean nothing.
///
/// The rules, first match wins:
/// - `SCRIPTED:compile_error`, `SCRIPTED:timeout`, `SCRIPTED:crashed` in the file: that status
///   (a crash after the first test passed, to show partial credit).
/// - `// TODO` in the file (an untouched stub): every test fails.
/// - `SCRIPTED:fail=NAME`: test NAME fails, the others pass.
/// - otherwise every test passes.
public struct ScriptedSubmissionChecker: SubmissionChecker {
    /// Seconds to wait per check.
    public var delaySeconds: Double
    public var identity: String { "scripted" }
    public var isIsolated: Bool { true }

    public init(delaySeconds: Double = 0) { self.delaySeconds = delaySeconds }

    public func check(_ exercise: Exercise, learnerFile: URL, suiteFile: URL) throws -> CheckResult {
        if delaySeconds > 0 { Thread.sleep(forTimeInterval: delaySeconds) }
        let source = try String(contentsOf: learnerFile, encoding: .utf8)
        let names = try SuiteScan(source: try String(contentsOf: suiteFile, encoding: .utf8), path: suiteFile.path).testNames
        func result(_ status: CheckStatus, _ tests: [TestOutcome], _ errors: [CompileDiagnostic] = []) -> CheckResult {
            CheckResult(id: exercise.id, status: status, tests: tests, compileErrors: errors, durationSeconds: 0.25, output: "")
        }
        let failing = Self.failureMessage
        if source.contains("SCRIPTED:compile_error") {
            let error = CompileDiagnostic(file: exercise.path, line: 1, column: 1, message: "cannot find 'x' in scope")
            return result(.compileError, [], [error])
        }
        for status in [CheckStatus.timeout, .crashed] where source.contains("SCRIPTED:\(status.rawValue)") {
            let tests = names.enumerated().map { index, name in
                index == 0 ? TestOutcome(name: name, status: .passed, message: "")
                    : TestOutcome(name: name, status: .failed, message: "the run ended before this test reported (\(status.rawValue))")
            }
            return result(status, tests)
        }
        let todo = source.contains("// TODO")
        let tests = names.map { name in
            todo || source.contains("SCRIPTED:fail=\(name)")
                ? TestOutcome(name: name, status: .failed, message: failing) : TestOutcome(name: name, status: .passed, message: "")
        }
        return result(tests.allSatisfy { $0.status == .passed } ? .passed : .failed, tests)
    }

    /// What a failing scripted test says: an XCTest message quoting an expected value, so tests
    /// can show feedback hides it when the lab says so.
    public static let failureMessage = #"XCTAssertEqual failed: ("0") is not equal to ("42")"#
}
