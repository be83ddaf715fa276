import Foundation
import XCTest
@testable import Workbench

/// Learner files that control their whole process and try to pass without the right answers.
/// With isolation none may pass: the verdict, the expected values and the results channel live
/// in a process the learner's code never runs in. Each also gets the status it deserves.
final class IsolatedHostileTests: XCTestCase {
    var fixture: IsolatedFixture!

    override func setUpWithError() throws { fixture = try IsolatedFixture() }
    override func tearDown() { fixture.remove() }

    /// The fixture's API with `answer()`'s body replaced by `body` (every other function correct).
    func learner(answer body: String, preamble: String = "import Foundation") -> String {
        preamble + "\n" + IsolatedFixture.correct.replacingOccurrences(of: "func answer() -> Int { 42 }", with: "func answer() -> Int {\n\(body)\n}")
    }

    @discardableResult
    func assertNotPassed(_ learner: String, limits: IsolationLimits = IsolationLimits(),
                         file: StaticString = #filePath, line: UInt = #line) throws -> CheckResult {
        let result = try fixture.check(learner: learner, limits: limits)
        XCTAssertNotEqual(result.status, .passed, "a hostile file passed: \(result)", file: file, line: line)
        XCTAssertNotEqual(result.tests.first?.status, .passed, "the hostile test passed: \(result)", file: file, line: line)
        XCTAssertEqual(CheckFixture.childProcesses(), [], "a child process outlived the check", file: file, line: line)
        return result
    }

    func testExitZeroIsACrashOfThatTestOnly() throws {
        let result = try assertNotPassed(learner(answer: "exit(0)"))
        XCTAssertEqual(result.status, .crashed)
        XCTAssertTrue(result.tests[0].message.contains("exit code 0"), result.tests[0].message)
        // The learner's process is restarted for the next test, which passes.
        XCTAssertEqual(result.tests[1].status, .passed, result.tests[1].message)
    }

    func testEndlessLoopTimesOutThatTestOnly() throws {
        var limits = IsolationLimits()
        limits.callSeconds = 1
        let result = try assertNotPassed(learner(answer: "var x = 0; while true { x &+= 1 }; return x"), limits: limits)
        XCTAssertEqual(result.status, .timeout)
        XCTAssertTrue(result.tests[0].message.contains("did not answer within 1.0 s"), result.tests[0].message)
        XCTAssertEqual(result.tests[1].status, .passed, result.tests[1].message)
    }

    func testForgedOutputOnEveryDescriptorDoesNotPass() throws {
        // Harness-shaped records, a plausible answer line and XCTest's own success text, on
        // every descriptor the process may hold.
        let result = try assertNotPassed(learner(answer: """
            let forged = "{\\"k\\":\\"case\\",\\"name\\":\\"testAnswerIsFortyTwo\\",\\"ok\\":true,\\"n\\":\\"x\\"}\\nok\\t42\\nTest Suite 'All tests' passed\\n"
            for fd in Int32(0)..<1024 { _ = forged.withCString { write(fd, $0, strlen($0)) } }
            return 41
            """))
        // The forged lines reached the answer pipe first: an answer that is no Int is the learner
        // process misbehaving, so the test fails and the check is `crashed`.
        XCTAssertEqual(result.status, .crashed)
        XCTAssertTrue(result.tests[0].message.contains("not a value of the declared type (Int), in answer()"), result.tests[0].message)
        XCTAssertEqual(result.tests[1].status, .passed, result.tests[1].message)
    }

    func testALearnerDefinedXCTAssertEqualChangesNothing() throws {
        let result = try assertNotPassed(learner(answer: "return 41", preamble: """
            import Foundation
            func XCTAssertEqual<T>(_ a: @autoclosure () -> T, _ b: @autoclosure () -> T, _ message: String = "") {}
            func XCTFail(_ message: String = "") {}
            """))
        XCTAssertEqual(result.status, .failed)
    }

    func testReadingItsOwnMemoryFindsNoSecretToForge() throws {
        // Reads every readable mapping of its own process and writes it to every descriptor:
        // the nonce, the expected values and the results channel are in another process.
        let result = try assertNotPassed(learner(answer: """
            let maps = (try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)) ?? ""
            let mem = open("/proc/self/mem", O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            for line in maps.split(separator: "\\n") where line.split(separator: " ").dropFirst().first?.hasPrefix("r") == true {
                let bounds = line.split(separator: " ")[0].split(separator: "-").compactMap { UInt64($0, radix: 16) }
                guard bounds.count == 2, bounds[1] - bounds[0] < 1 << 24 else { continue }
                var at = bounds[0]
                while at < bounds[1] {
                    let n = pread(mem, &buffer, buffer.count, off_t(at))
                    if n <= 0 { break }
                    for fd in Int32(0)..<64 where fd != 0 { _ = write(fd, buffer, n) }
                    at += UInt64(n)
                }
            }
            return 41
            """))
        XCTAssertTrue([.failed, .crashed].contains(result.status), "\(result)")
    }

    func testTheSuiteCannotBeReadFromDisk() throws {
        // The learner's process answers with the suite's size if it can read it (a pass would
        // need 42; any readable file length is also caught by the message check below).
        let path = fixture.suiteFile.path
        let result = try assertNotPassed(learner(answer: """
            if let suite = FileManager.default.contents(atPath: "\(path)") { print("SUITE-LEAKED", String(decoding: suite, as: UTF8.self)); return suite.count }
            return -1
            """))
        XCTAssertEqual(result.status, .failed)
        XCTAssertTrue(result.tests[0].message.contains("got:      -1"), result.tests[0].message)
        XCTAssertFalse(result.output.contains("SUITE-LEAKED"), result.output)
    }

    func testAForkBombRunsOutOfProcesses() throws {
        // It answers right only if it could start 1,000 processes: the process limit stops it
        // first, and its children end with its PID namespace.
        let result = try assertNotPassed(learner(answer: """
            var started = 0
            while started < 1000 {
                let child = fork()
                if child == 0 { sleep(30); _exit(0) }
                if child < 0 { break }
                started += 1
            }
            return started >= 1000 ? 42 : -started
            """))
        XCTAssertEqual(result.status, .failed, "\(result)")
        XCTAssertTrue(result.tests[0].message.contains("got:      -"), result.tests[0].message)
        XCTAssertEqual(result.tests[1].status, .passed, result.tests[1].message)
    }

    func testSignallingTheParentOrEveryoneKillsOnlyItself() throws {
        let result = try assertNotPassed(learner(answer: """
            kill(getppid(), SIGKILL)
            kill(-1, SIGKILL)
            kill(0, SIGKILL)
            return 41
            """))
        // The learner's process is the first process of its own PID namespace and process group:
        // the test process is invisible to it (getppid() is 0) and its own signals do not even
        // end it, so it returns its wrong answer and the test process reports both tests.
        XCTAssertEqual(result.status, .failed, "\(result)")
        XCTAssertTrue(result.tests[0].message.contains("got:      41"), result.tests[0].message)
        XCTAssertEqual(result.tests[1].status, .passed, result.tests[1].message)
    }

    func testWithoutRootAUserNamespaceStillHidesTheSuite() throws {
        // Forces the not-root way (user + mount + PID namespaces, no uid change) even under root.
        let path = fixture.suiteFile.path
        let result = try fixture.check(learner: learner(answer: """
            FileManager.default.contents(atPath: "\(path)").map { $0.count } ?? 42
            """), asRoot: false)
        XCTAssertEqual(result.status, .passed, "\(result)")
    }

    func testRunsAsNobodyWhenTheGraderIsRoot() throws {
        try XCTSkipIf(geteuid() != 0, "needs root: the learner's process drops to nobody only when the grader is root (CI runs as root)")
        let suite = IsolatedFixture.suite.replacingOccurrences(of: "XCTest::XCTAssertEqual(answer(), 42, \"answer()\")",
                                                               with: "XCTest::XCTAssertEqual(answer(), 65534, \"uid\")")
        let result = try fixture.check(learner: learner(answer: "Int(getuid())"), suite: suite)
        XCTAssertEqual(result.tests[0].status, .passed, result.tests[0].message)
    }
}
