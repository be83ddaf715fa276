import XCTest
@testable import Workbench

final class ProcessRunnerTests: XCTestCase {
    let limits = ProcessLimits(wallTimeSeconds: 5, outputBytes: 1 << 16)

    func sh(_ script: String, stdin: String = "", side: Bool = false, limits: ProcessLimits? = nil) throws -> ProcessOutcome {
        try ProcessRunner.run(executable: "/bin/sh", arguments: ["-c", script], environment: ["PATH": "/usr/bin:/bin"],
                              stdin: Data(stdin.utf8), sideChannel: side, limits: limits ?? self.limits)
    }

    func testExitStatusAndMergedOutput() throws {
        let outcome = try sh("echo out; echo err >&2; exit 3")
        XCTAssertEqual(outcome.termination, .exited(3))
        XCTAssertEqual(outcome.outputText, "out\nerr\n")
    }

    func testSignalIsReported() throws {
        XCTAssertEqual(try sh("kill -SEGV $$").termination, .signalled(11))
    }

    func testStdinIsDeliveredAndClosed() throws {
        XCTAssertEqual(try sh("cat").outputText, "")
        XCTAssertEqual(try sh("cat", stdin: "hello\n").outputText, "hello\n")
    }

    func testSideChannelIsDescriptorThreeAndSeparateFromOutput() throws {
        let outcome = try sh("echo secret >&3; echo public", side: true)
        XCTAssertEqual(String(decoding: outcome.sideChannel, as: UTF8.self), "secret\n")
        XCTAssertEqual(outcome.outputText, "public\n")
    }

    func testOnlyTheGivenEnvironmentIsSeenPlusTheRunToken() throws {
        let outcome = try sh("env | sort")
        let names = outcome.outputText.split(separator: "\n").map { $0.split(separator: "=")[0] }
        XCTAssertTrue(names.contains("PATH"))
        XCTAssertTrue(names.contains(Substring(RunToken.variable)))
        XCTAssertFalse(names.contains("HOME"))
    }

    func testWallTimeLimitKillsTheWholeGroup() throws {
        let outcome = try sh("sleep 961 & sleep 962", limits: ProcessLimits(wallTimeSeconds: 0.5, outputBytes: 1000))
        XCTAssertEqual(outcome.termination, .timedOut)
        XCTAssertLessThan(outcome.durationSeconds, 5)
        XCTAssertEqual(CheckFixture.processes(containing: "sleep 96"), [])
    }

    func testOutputLimitStopsAFloodAndKeepsTheLimit() throws {
        let outcome = try sh("yes", limits: ProcessLimits(wallTimeSeconds: 5, outputBytes: 10_000))
        XCTAssertEqual(outcome.termination, .outputLimitExceeded)
        XCTAssertEqual(outcome.output.count, 10_000)
    }

    func testMissingExecutableIsAnError() {
        XCTAssertThrowsError(try ProcessRunner.run(executable: "/nonexistent/tool", arguments: [], environment: [:],
                                                   limits: limits))
    }

    func testConcurrentRunsKeepTheirOwnPipes() throws {
        // Descriptors are closed exactly once: a double close in one run used to close a pipe
        // another thread had just opened, crossing their outputs.
        let runs = 16
        let outputs = ConcurrentSlots<String>(count: runs)
        DispatchQueue.concurrentPerform(iterations: runs) { i in
            let outcome = try? ProcessRunner.run(executable: "/bin/sh", arguments: ["-c", "echo side\(i) >&3; echo out\(i)"],
                                                 environment: [:], sideChannel: true,
                                                 limits: ProcessLimits(wallTimeSeconds: 10, outputBytes: 1000))
            outputs.set(i, outcome.map { "\($0.outputText)|\(String(decoding: $0.sideChannel, as: UTF8.self))" } ?? "error")
        }
        XCTAssertEqual(outputs.values, (0..<runs).map { "out\($0)\n|side\($0)\n" })
    }
}
