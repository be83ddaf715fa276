import Foundation

/// How a check of one exercise ended. The raw values are the `status` strings of
/// `learn check --json`, a documented contract: never rename them.
public enum CheckStatus: String, Codable, Sendable, CaseIterable {
    /// Every test of the suite reported, and every one passed.
    case passed
    /// The suite ran to its end and at least one test failed.
    case failed
    /// The learner's file (or the suite against it) did not compile.
    case compileError = "compile_error"
    /// The run exceeded its wall-time limit and was killed with its whole process group.
    case timeout
    /// The run ended before the harness's closing record, or reported fewer tests than the suite
    /// has (an exit() mid-test, a fatalError, a signal, a forged or missing record).
    case crashed
    /// The run wrote more output than the limit and was killed.
    case outputLimit = "output_limit"
}

/// One test's outcome, as the out-of-band reporter recorded it.
public struct TestOutcome: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable { case passed, failed }

    /// The test method's name, e.g. `testCountsTruePositives`.
    public var name: String
    public var status: Status
    /// The assertion failures, joined by newlines (XCTest's "XCTAssertEqual failed: ("3") is not
    /// equal to ("4") - message"); empty when the test passed.
    public var message: String

    public init(name: String, status: Status, message: String) {
        self.name = name
        self.status = status
        self.message = message
    }
}

/// A compiler diagnostic located in the learner's own file (paths relative to the workspace).
public struct CompileDiagnostic: Codable, Sendable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}

/// The result of checking one exercise: the JSON of `learn check ID --json`.
public struct CheckResult: Codable, Sendable, Equatable {
    public var id: String
    public var status: CheckStatus
    /// One entry per test of the suite, in the suite's order. A test that never reported (the run
    /// crashed or timed out before it) is listed as failed with a message saying so.
    public var tests: [TestOutcome]
    public var compileErrors: [CompileDiagnostic]
    /// Wall time of the whole check, compile included, in seconds.
    public var durationSeconds: Double
    /// What the learner's code printed, cut to a readable length (never used to decide a result).
    public var output: String

    public init(id: String, status: CheckStatus, tests: [TestOutcome], compileErrors: [CompileDiagnostic],
                durationSeconds: Double, output: String) {
        self.id = id
        self.status = status
        self.tests = tests
        self.compileErrors = compileErrors
        self.durationSeconds = durationSeconds
        self.output = output
    }

    enum CodingKeys: String, CodingKey {
        case id, status, tests, output
        case compileErrors = "compile_errors"
        case durationSeconds = "duration_s"
    }

    public var passed: Bool { status == .passed }
}
