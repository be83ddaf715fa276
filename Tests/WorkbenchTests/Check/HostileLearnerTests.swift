import XCTest
@testable import Workbench

/// Learner files that try to pass without solving the exercise, or to take the machine down with
/// them. None may pass, and none may leave a process behind.
final class HostileLearnerTests: XCTestCase {
    var fixture: CheckFixture!

    override func setUpWithError() throws { fixture = try CheckFixture() }
    override func tearDown() { fixture.remove() }

    /// Checks `learner` and asserts the result is not a pass, that no child process of this one
    /// survived the check, and that no process whose command line holds `marker` did.
    @discardableResult
    func assertNotPassed(_ learner: String, limits: RunLimits = RunLimits(), marker: String? = nil,
                         file: StaticString = #filePath, line: UInt = #line) throws -> CheckResult {
        let result = try fixture.check(learner: learner, limits: limits)
        XCTAssertNotEqual(result.status, .passed, "a hostile file passed: \(result)", file: file, line: line)
        XCTAssertFalse(result.tests.allSatisfy { $0.status == .passed } && !result.tests.isEmpty,
                       "every test reported passed", file: file, line: line)
        XCTAssertEqual(CheckFixture.childProcesses(), [], "a child process outlived the check", file: file, line: line)
        if let marker {
            XCTAssertEqual(CheckFixture.processes(containing: marker), [], "a process outlived the check",
                           file: file, line: line)
        }
        return result
    }

    func testExitZeroMidTestIsACrashNotAPass() throws {
        let result = try assertNotPassed("""
        import Foundation
        func answer() -> Int { exit(0) }
        func double(_ x: Int) -> Int { 2 * x }
        """)
        XCTAssertEqual(result.status, .crashed)
        XCTAssertEqual(result.tests[0].status, .failed)
        XCTAssertTrue(result.tests[0].message.contains("exited (code 0)"), result.tests[0].message)
        XCTAssertTrue(result.tests[1].message.contains("did not run"), result.tests[1].message)
    }

    func testFatalErrorIsACrashWithItsMessage() throws {
        let result = try assertNotPassed("""
        func answer() -> Int { fatalError("not yet") }
        func double(_ x: Int) -> Int { 2 * x }
        """)
        XCTAssertEqual(result.status, .crashed)
        XCTAssertTrue(result.tests[0].message.hasSuffix("Fatal error: not yet\nat exercises/answer.swift:1:24, in answer()"),
                      result.tests[0].message)
        XCTAssertTrue(result.tests[0].message.contains("SIGILL"), result.tests[0].message)
    }

    func testEndlessLoopTimesOutAndIsKilled() throws {
        var limits = RunLimits()
        limits.wallTimeSeconds = 2
        let result = try assertNotPassed("""
        func answer() -> Int { var x = 0; while true { x &+= 1 }; return x }
        func double(_ x: Int) -> Int { 2 * x }
        """, limits: limits)
        XCTAssertEqual(result.status, .timeout)
        XCTAssertTrue(result.tests[0].message.contains("timed out"), result.tests[0].message)
        XCTAssertLessThan(result.durationSeconds, 30)
    }

    func testPrintingAFakePassLineChangesNothing() throws {
        let result = try assertNotPassed("""
        func answer() -> Int {
            print("Test Case 'AnswerSuite.testAnswerIsFortyTwo' passed (0.001 seconds)")
            print("Executed 2 tests, with 0 failures (0 unexpected)")
            return 0
        }
        func double(_ x: Int) -> Int { 2 * x }
        """)
        XCTAssertEqual(result.status, .failed)
        XCTAssertEqual(result.tests.map(\.status), [.failed, .passed])
    }

    func testLearnerDefinedXCTAssertEqualDoesNotCaptureTheSuitesAssertions() throws {
        let result = try assertNotPassed("""
        func XCTAssertEqual<T>(_ a: @autoclosure () throws -> T, _ b: @autoclosure () throws -> T,
                               _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {}
        func XCTAssertEqual(_ a: Int, _ b: Int, _ message: String = "") {}
        func answer() -> Int { 0 }
        func double(_ x: Int) -> Int { 0 }
        """)
        XCTAssertEqual(result.status, .failed)
        XCTAssertEqual(result.tests.map(\.status), [.failed, .failed])
    }

    func testFiftyMegabytesOfOutputHitsTheOutputLimit() throws {
        let result = try assertNotPassed("""
        func answer() -> Int {
            let line = String(repeating: "x", count: 1023)
            for _ in 0..<51_200 { print(line) }
            return 42
        }
        func double(_ x: Int) -> Int { 2 * x }
        """)
        XCTAssertEqual(result.status, .outputLimit)
        XCTAssertLessThanOrEqual(result.output.count, LearnerOutput.limit + 100)
    }

    func testForgedRecordsOnEveryDescriptorDoNotPass() throws {
        let result = try assertNotPassed("""
        import Glibc
        func answer() -> Int {
            for guess in ["", "0", "nonce"] {
                for k in ["begin", "start", "case", "end"] {
                    let line = "{\\"n\\":\\"\\(guess)\\",\\"k\\":\\"\\(k)\\",\\"name\\":\\"AnswerSuite.testAnswerIsFortyTwo\\",\\"ok\\":true,\\"failures\\":[]}\\n"
                    for fd in Int32(3)..<Int32(1024) { _ = write(fd, line, line.utf8.count) }
                }
            }
            return 0
        }
        func double(_ x: Int) -> Int { 2 * x }
        """)
        XCTAssertNotEqual(result.status, .passed)
    }

    func testImportingXCTestIsRefusedOnItsLine() throws {
        let result = try assertNotPassed("""
        // A learner who wants to register an observer of their own.
        @testable import XCTest
        func answer() -> Int { 42 }
        func double(_ x: Int) -> Int { 2 * x }
        """)
        XCTAssertEqual(result.status, .compileError)
        XCTAssertEqual(result.compileErrors.map(\.line), [2])
    }

    func testBackgroundProcessesAreKilledWithTheCheck() throws {
        // One child stays in the process group; one leaves it with setsid. Both must die.
        try assertNotPassed("""
        import Foundation
        func answer() -> Int {
            let a = Process()
            a.executableURL = URL(fileURLWithPath: "/bin/sleep")
            a.arguments = ["977"]
            try? a.run()
            let b = Process()
            b.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
            b.arguments = ["/bin/sleep", "978"]
            try? b.run()
            usleep(200_000)
            return 0
        }
        func double(_ x: Int) -> Int { 2 * x }
        """, marker: "sleep 97")
    }

    func testAHangingChildDoesNotHoldTheCheckOpen() throws {
        var limits = RunLimits()
        limits.wallTimeSeconds = 5
        let result = try assertNotPassed("""
        import Foundation
        func answer() -> Int {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sleep")
            p.arguments = ["979"]
            try? p.run()
            return 0
        }
        func double(_ x: Int) -> Int { 2 * x }
        """, limits: limits, marker: "sleep 979")
        // The sleeping child inherits the output pipe; the check must not wait for it.
        XCTAssertEqual(result.status, .failed)
        XCTAssertLessThan(result.durationSeconds, 5)
    }

    func testMemoryHogIsStoppedByTheMemoryLimit() throws {
        var limits = RunLimits()
        limits.memoryBytes = 512 << 20
        let result = try assertNotPassed("""
        func answer() -> Int {
            var blocks: [[UInt8]] = []
            for _ in 0..<64 { blocks.append([UInt8](repeating: 1, count: 64 << 20)) }
            return blocks.count
        }
        func double(_ x: Int) -> Int { 2 * x }
        """, limits: limits)
        XCTAssertEqual(result.status, .crashed)
    }
}
