import XCTest
@testable import Workbench

final class ResultRecordsTests: XCTestCase {
    let nonce = "n0nce"

    func line(_ fields: [String: Any]) -> String {
        var fields = fields
        if fields["n"] == nil { fields["n"] = nonce }
        let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    func records(_ lines: [String]) -> ResultRecords {
        ResultRecords(Data((lines.joined(separator: "\n") + "\n").utf8), nonce: nonce)
    }

    var completeRun: [String] {
        [line(["k": "begin"]),
         line(["k": "start", "name": "S.testA"]), line(["k": "case", "name": "S.testA", "ok": true, "failures": []]),
         line(["k": "start", "name": "S.testB"]), line(["k": "case", "name": "S.testB", "ok": false, "failures": ["boom"]]),
         line(["k": "end"])]
    }

    func testACompleteRunIsCompleteAndKeyedByMethodName() {
        let r = records(completeRun)
        XCTAssertTrue(r.isComplete(expecting: ["testA", "testB"]))
        XCTAssertEqual(r.finished["testA"]?.passed, true)
        XCTAssertEqual(r.finished["testB"]?.failures, ["boom"])
        XCTAssertNil(r.interrupted)
    }

    func testMissingEndOrMissingTestIsIncomplete() {
        XCTAssertFalse(records(Array(completeRun.dropLast())).isComplete(expecting: ["testA", "testB"]))
        XCTAssertFalse(records(completeRun).isComplete(expecting: ["testA", "testB", "testC"]))
    }

    func testWrongNonceGarbageAndLateRecordsAreRejected() {
        var lines = completeRun
        lines.insert(line(["n": "guess", "k": "case", "name": "S.testB", "ok": true]), at: 4)
        lines.insert("garbage", at: 2)
        lines.append(line(["k": "case", "name": "S.testB", "ok": true]))
        let r = records(lines)
        XCTAssertEqual(r.rejected, 3)
        XCTAssertFalse(r.isComplete(expecting: ["testA", "testB"]))
        XCTAssertEqual(r.finished["testB"]?.passed, false)
    }

    func testAFinishWithoutItsStartOrARepeatedTestIsRejected() {
        let r = records([line(["k": "begin"]),
                         line(["k": "case", "name": "S.testA", "ok": true]),
                         line(["k": "start", "name": "S.testA"]),
                         line(["k": "case", "name": "S.testA", "ok": true]),
                         line(["k": "start", "name": "S.testA"])])
        XCTAssertEqual(r.rejected, 2)
        XCTAssertEqual(r.finished.count, 1)
    }

    func testInterruptedIsTheTestThatStartedButNeverFinished() {
        let r = records(Array(completeRun.prefix(4)))
        XCTAssertEqual(r.interrupted, "testB")
    }
}

final class RunVerdictTests: XCTestCase {
    let expected = ["testA", "testB"]

    func outcome(_ termination: ProcessOutcome.Termination) -> ProcessOutcome {
        ProcessOutcome(termination: termination, output: Data(), sideChannel: Data(), durationSeconds: 0.1)
    }

    func records(_ lines: [String]) -> ResultRecords {
        ResultRecords(Data(lines.joined(separator: "\n").utf8), nonce: "x")
    }

    let allPassed = [#"{"n":"x","k":"begin"}"#,
                     #"{"n":"x","k":"start","name":"S.testA"}"#, #"{"n":"x","k":"case","name":"S.testA","ok":true}"#,
                     #"{"n":"x","k":"start","name":"S.testB"}"#, #"{"n":"x","k":"case","name":"S.testB","ok":true}"#,
                     #"{"n":"x","k":"end"}"#]

    func testTheExitCodeNeverDecidesAPass() {
        for termination in [ProcessOutcome.Termination.exited(0), .exited(1), .signalled(9)] {
            let verdict = RunVerdict(outcome: outcome(termination), output: "", records: records(allPassed),
                                     expected: expected, limits: RunLimits(), learnerPath: "exercises/answer.swift")
            XCTAssertEqual(verdict.status, .passed, "\(termination)")
        }
        let incomplete = RunVerdict(outcome: outcome(.exited(0)), output: "", records: records(Array(allPassed.prefix(3))),
                                    expected: expected, limits: RunLimits(), learnerPath: "exercises/answer.swift")
        XCTAssertEqual(incomplete.status, .crashed)
        XCTAssertEqual(incomplete.tests.map(\.status), [.passed, .failed])
        XCTAssertTrue(incomplete.tests[1].message.contains("did not run"))
    }

    func testTimeoutNamesTheRunningTest() {
        let verdict = RunVerdict(outcome: outcome(.timedOut), output: "", records: records(Array(allPassed.prefix(4))),
                                 expected: expected, limits: RunLimits(), learnerPath: "exercises/answer.swift")
        XCTAssertEqual(verdict.status, .timeout)
        XCTAssertEqual(verdict.tests[0].status, .passed)
        XCTAssertTrue(verdict.tests[1].message.hasPrefix("timed out"), verdict.tests[1].message)
    }

    func testAnyForgedRecordVoidsEveryResult() {
        let verdict = RunVerdict(outcome: outcome(.exited(0)), output: "",
                                 records: records(allPassed + [#"{"n":"y","k":"end"}"#]), expected: expected, limits: RunLimits(), learnerPath: "exercises/answer.swift")
        XCTAssertEqual(verdict.status, .crashed)
        XCTAssertEqual(verdict.tests.map(\.status), [.failed, .failed])
        XCTAssertEqual(verdict.tests[0].message, RunVerdict.untrustedChannel)
    }
}
