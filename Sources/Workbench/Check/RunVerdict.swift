/// Decides a test run's status and per-test outcomes from the harness's records and how the
/// process ended. Passing needs a complete, untampered set of records; the exit status only helps
/// explain a crash.
struct RunVerdict {
    let status: CheckStatus
    let tests: [TestOutcome]

    /// `output` is the run's output with the learner's file named by `learnerPath`.
    init(outcome: ProcessOutcome, output: String, records: ResultRecords, expected: [String], limits: RunLimits,
         learnerPath: String) {
        let trusted = records.rejected == 0
        let status: CheckStatus
        let interruption: String
        switch outcome.termination {
        case .timedOut:
            status = .timeout
            interruption = "timed out: the run took longer than \(Self.seconds(limits.wallTimeSeconds)) during this test (an endless loop?)"
        case .outputLimitExceeded:
            status = .outputLimit
            interruption = "stopped: the run printed more than \(limits.outputBytes / 1024) KB during this test"
        case .exited, .signalled:
            if records.isComplete(expecting: expected) {
                status = expected.allSatisfy { records.finished[$0]?.passed == true } ? .passed : .failed
                interruption = ""
            } else {
                status = .crashed
                interruption = Self.crashReason(outcome.termination, output: output, learnerPath: learnerPath)
            }
        }
        self.status = status
        tests = expected.map { name in
            guard trusted else {
                return TestOutcome(name: name, status: .failed, message: Self.untrustedChannel)
            }
            if let result = records.finished[name] {
                return TestOutcome(name: name, status: result.passed ? .passed : .failed,
                                   message: result.failures.map(AssertionMessage.readable).joined(separator: "\n"))
            }
            let message = name == records.interrupted ? interruption
                : "did not run: the test process ended before this test"
            return TestOutcome(name: name, status: .failed, message: message)
        }
    }

    static let untrustedChannel =
        "the results channel carried records that did not come from the test harness, so no result of this run counts"

    private static func crashReason(_ termination: ProcessOutcome.Termination, output: String, learnerPath: String) -> String {
        var reason: String
        switch termination {
        case .signalled(let signal):
            reason = "the test process crashed during this test (signal \(signal)\(signalName(signal)))"
        case .exited(let code):
            reason = "the test process exited (code \(code)) during this test instead of returning from it; do not call exit()"
        default:
            reason = "the test process stopped during this test"
        }
        let last = LearnerOutput.lastWords(output, learnerPath: learnerPath)
        if !last.isEmpty { reason += ":\n" + last }
        return reason
    }

    private static func signalName(_ signal: Int32) -> String {
        switch signal {
        case 4: return ", SIGILL: a Swift runtime trap such as fatalError, a failed precondition or an index out of range"
        case 5: return ", SIGTRAP: a Swift runtime trap"
        case 6: return ", SIGABRT: the process aborted, often out of memory"
        case 9: return ", SIGKILL: killed, often for using too much CPU time"
        case 11: return ", SIGSEGV: an invalid memory access"
        case 24: return ", SIGXCPU: the CPU time limit"
        case 25: return ", SIGXFSZ: a file grew past the size limit"
        default: return ""
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
