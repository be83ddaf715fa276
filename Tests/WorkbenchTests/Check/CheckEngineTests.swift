import XCTest
@testable import Workbench

final class CheckEngineTests: XCTestCase {
    var fixture: CheckFixture!

    override func setUpWithError() throws { fixture = try CheckFixture() }
    override func tearDown() { fixture.remove() }

    func testCorrectFilePassesEveryTest() throws {
        let result = try fixture.check(learner: CheckFixture.correct)
        XCTAssertEqual(result.status, .passed)
        XCTAssertEqual(result.tests.map(\.name), ["testAnswerIsFortyTwo", "testDoublesTwo"])
        XCTAssertEqual(result.tests.map(\.status), [.passed, .passed])
        XCTAssertEqual(result.tests.map(\.message), ["", ""])
        XCTAssertTrue(result.compileErrors.isEmpty)
    }

    func testWrongAnswerFailsWithExpectedAndActualValues() throws {
        let result = try fixture.check(learner: """
        func answer() -> Int { 41 }
        func double(_ x: Int) -> Int { 2 * x }
        """)
        XCTAssertEqual(result.status, .failed)
        XCTAssertEqual(result.tests.map(\.status), [.failed, .passed])
        // The suite asserts XCTAssertEqual(answer(), 42): the learner's value first.
        XCTAssertEqual(result.tests[0].message, "answer()\nexpected: 42\ngot:      41")
    }

    func testCompileErrorPointsAtTheLearnersFileAndLine() throws {
        let result = try fixture.check(learner: """
        func answer() -> Int { 42 }

        func double(_ x: Int) -> Int { 2 * y }
        """)
        XCTAssertEqual(result.status, .compileError)
        let error = try XCTUnwrap(result.compileErrors.first)
        XCTAssertEqual(error.file, "exercises/answer.swift")
        XCTAssertEqual(error.line, 3)
        XCTAssertEqual(error.column, 36)
        XCTAssertTrue(error.message.contains("cannot find 'y' in scope"), error.message)
        XCTAssertTrue(result.tests.isEmpty)
    }

    func testRenamedFunctionIsReportedOnTheLearnersFileNotTheSuite() throws {
        let result = try fixture.check(learner: """
        func answer() -> Int { 42 }
        func twice(_ x: Int) -> Int { 2 * x }
        """)
        XCTAssertEqual(result.status, .compileError)
        XCTAssertFalse(result.compileErrors.isEmpty)
        for error in result.compileErrors {
            XCTAssertEqual(error.file, "exercises/answer.swift")
            XCTAssertTrue(error.message.contains("double"), error.message)
            XCTAssertFalse(error.message.contains("/tmp"), error.message)
        }
    }

    func testARuntimeTrapNamesTheLearnersLineNotTheStandardLibrarys() throws {
        let result = try fixture.check(learner: """
        func answer() -> Int {
            let values = [1, 2, 3]
            return values[3]
        }
        func double(_ x: Int) -> Int { Int?.none! * x }
        """)
        XCTAssertEqual(result.status, .crashed)
        let message = result.tests[0].message
        XCTAssertTrue(message.contains("Fatal error: Index out of range\nat exercises/answer.swift:3:"), message)
        XCTAssertTrue(message.hasSuffix(", in answer()"), message)
        XCTAssertFalse(message.contains("Swift/"), message)
        XCTAssertFalse(result.output.contains("Backtrac"), "the backtrace is not shown as output: \(result.output)")
    }

    func testChangedSignatureIsPlacedOnTheLearnersDeclaration() throws {
        let result = try fixture.check(learner: """
        func answer() -> Int { 42 }

        func double(_ x: Int, _ y: Int) -> Int { 2 * x }
        """)
        XCTAssertEqual(result.status, .compileError)
        XCTAssertTrue(result.compileErrors.contains { $0.line == 3 }, "\(result.compileErrors)")
    }

    func testLearnerOutputIsKeptForDisplayWithoutXCTestChatter() throws {
        let result = try fixture.check(learner: """
        func answer() -> Int { print("computing the answer"); return 42 }
        func double(_ x: Int) -> Int { 2 * x }
        """)
        XCTAssertEqual(result.status, .passed)
        XCTAssertEqual(result.output, "computing the answer")
    }

    func testMissingLearnerFileIsAClearError() throws {
        let engine = try CheckEngine(toolkit: Toolkit.locate(), cacheDirectory: CheckFixture.cache)
        XCTAssertThrowsError(try engine.check(id: "x", learnerFile: fixture.folder.appendingPathComponent("nope.swift"),
                                              suiteFile: fixture.folder.appendingPathComponent("suite.swift"),
                                              displayPath: "exercises/nope.swift")) { error in
            XCTAssertTrue("\(error)".contains("the hidden suite") || "\(error)".contains("exercises/nope.swift"), "\(error)")
        }
    }

    func testReusedSuiteObjectStillSeesTheNewFunctionBodies() throws {
        // Same declarations, so the second check links the suite object cached by the first.
        let wrong = try fixture.check(learner: "func answer() -> Int { 41 }\nfunc double(_ x: Int) -> Int { x }")
        let right = try fixture.check(learner: "func answer() -> Int { 42 }\nfunc double(_ x: Int) -> Int { x + x }")
        XCTAssertEqual(wrong.tests.map(\.status), [.failed, .failed])
        XCTAssertEqual(right.status, .passed)
    }

    func testConcurrentChecksShareTheCacheWithoutInterfering() throws {
        let learners = ["func answer() -> Int { 42 }\nfunc double(_ x: Int) -> Int { 2 * x }",
                        "func answer() -> Int { 7 }\nfunc double(_ x: Int) -> Int { 2 * x }",
                        "func answer() -> Int { 42 }\nfunc double(_ x: Int) -> Int { 3 * x }",
                        "func answer() -> Int { 42 }\nfunc double(_ x: Int, _ y: Int = 0) -> Int { 2 * x }"]
        let fixtures = try learners.map { _ in try CheckFixture() }
        defer { fixtures.forEach { $0.remove() } }
        let results = ConcurrentSlots<Result<CheckResult, Error>>(count: learners.count)
        DispatchQueue.concurrentPerform(iterations: learners.count) { i in
            results.set(i, Result { try fixtures[i].check(learner: learners[i]) })
        }
        let checked = try results.values.map { try XCTUnwrap($0).get() }
        let statuses = checked.map { $0.tests.map(\.status) }
        XCTAssertEqual(statuses, [[.passed, .passed], [.failed, .passed], [.passed, .failed], [.passed, .passed]], "\(checked)")
    }
}
