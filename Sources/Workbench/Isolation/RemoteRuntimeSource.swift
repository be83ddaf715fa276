/// The fixed code of the call pipe, pasted into the generated sources.
///
/// Wire format, one line per message (compact JSON never holds a raw tab or newline):
/// request `id \t self-json-or-empty \t arg0-json \t arg1-json ...`; answer `ok \t result-json`
/// (plus `\t self-json` for mutating methods), `err \t message-json` when the learner's code threw,
/// or `bad \t message-json` when the request could not be decoded.
///
/// Nothing the learner's process says is trusted beyond "this is the value your code computed":
/// a garbled, forged or missing answer fails the current test (with one of the `Failure` messages
/// below, which the engine maps to a status), and a value only ever meets the suite's assertions
/// in the trusted process.
enum RemoteRuntimeSource {
    static let casesPlaceholder = "//@CASES@"
    static let importsPlaceholder = "//@IMPORTS@"

    /// Messages the proxy fails a test with; `IsolatedEngine` maps them to `timeout` and `crashed`.
    enum Failure {
        static let timeout = "your code did not answer within"
        static let ended = "your code's process ended"
        static let garbled = "your code's process answered with something that is not a value of the declared type"
        static let unreadable = "your code could not read the arguments of this call (keep the stored properties of the exercise's types as given)"
    }

    /// Environment variables the engine gives the test process.
    enum Variable {
        static let command = "FAIRWORK_SERVER_COMMAND"
        static let environment = "FAIRWORK_SERVER_ENV"
        static let callSeconds = "FAIRWORK_CALL_SECONDS"
        static let testSeconds = "FAIRWORK_TEST_SECONDS"
    }

    /// JSON coders of both sides: the same settings, so infinities and NaN (undefined rates)
    /// cross as the strings "+inf", "-inf" and "nan" instead of failing to encode.
    static let coders = #"""
            static let encoder: JSONEncoder = {
                let e = JSONEncoder()
                e.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
                return e
            }()
            static let decoder: JSONDecoder = {
                let d = JSONDecoder()
                d.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
                return d
            }()

            static func encode<T: Encodable>(_ value: T) -> String {
                (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
            }
        """#

    static let proxySide = #"""

    // MARK: - Fairwork call runtime (trusted side)
    import XCTest
    #if canImport(Glibc)
    import Glibc
    #endif

    struct __Nothing: Codable {}

    /// The error a proxy throws when the learner's code threw: its description crosses, not its type.
    struct __LearnerError: Error, CustomStringConvertible { var description: String }

    struct __Reply<R: Decodable> {
        var value: R
        var thrown: String?
        var selfJSON: String?
        func rethrow() throws { if let thrown { throw __LearnerError(description: thrown) } }
        func updatedSelf<S: Decodable>() -> S? {
            guard let selfJSON else { return nil }
            return try? __Remote.decoder.decode(S.self, from: Data(selfJSON.utf8))
        }
    }

    enum __Remote {
        nonisolated(unsafe) static let server = __Server()
    \#(coders)

        static func call<R: Decodable>(_ id: String, this: String?, _ arguments: [String], throwing: Bool, mutating: Bool) -> __Reply<R> {
            let fields: [String]
            switch server.exchange(([id, this ?? ""] + arguments).joined(separator: "\t")) {
            case .failure(let message): return fail(message, id)
            case .success(let answer): fields = answer
            }
            if fields.count == 2, fields[0] == "bad" {
                // The learner's process could not decode the arguments: most often a type of the
                // exercise whose stored properties the learner changed.
                let reason = (try? decoder.decode(String.self, from: Data(fields[1].utf8))) ?? fields[1]
                server.stop()
                return fail("\#(Failure.unreadable): \(reason)", id)
            }
            if throwing, fields.count == 2, fields[0] == "err" {
                let message = (try? decoder.decode(String.self, from: Data(fields[1].utf8))) ?? fields[1]
                return __Reply(value: placeholder(), thrown: message, selfJSON: nil)
            }
            guard fields.count == (mutating ? 3 : 2), fields[0] == "ok",
                  let value = try? decoder.decode(R.self, from: Data(fields[1].utf8)),
                  !mutating || (try? decoder.decode(__Probe.self, from: Data(fields[2].utf8))) != nil else {
                // Whatever else it has queued on the pipe is as untrustworthy: start afresh.
                server.stop()
                return fail("\#(Failure.garbled) (\(R.self))", id)
            }
            return __Reply(value: value, thrown: nil, selfJSON: mutating ? fields[2] : nil)
        }

        /// Fails the current test once, then answers every further call of the test with a
        /// stand-in value (the test has failed already; the value only lets it return).
        static func fail<R: Decodable>(_ message: String, _ id: String) -> __Reply<R> {
            if !server.failedThisTest, !message.isEmpty { XCTest::XCTFail("\(message), in \(id)") }
            server.failedThisTest = true
            return __Reply(value: placeholder(), thrown: nil, selfJSON: nil)
        }

        /// A value of R built from zeros, empty collections and nil, found by letting the decoder
        /// say what it is missing.
        static func placeholder<R: Decodable>() -> R {
            var root: Any = NSNull()
            for _ in 0..<256 {
                guard let data = try? JSONSerialization.data(withJSONObject: ["v": root], options: [.fragmentsAllowed]) else { break }
                do { return try decoder.decode([String: R].self, from: data)["v"]! } catch let error as DecodingError {
                    let path: [CodingKey], type: Any.Type
                    switch error {
                    case .keyNotFound(let key, let context): path = context.codingPath + [key]; type = Any.self
                    case .valueNotFound(let t, let context), .typeMismatch(let t, let context): path = context.codingPath; type = t
                    default: return fatal(R.self)
                    }
                    let zero: Any = type == String.self ? "" : type == Bool.self ? false : type is [Any].Type ? [Any]()
                        : type is [String: Any].Type ? [String: Any]() : type == Any.self ? NSNull() : 0
                    guard let updated = set(root, Array(path.dropFirst()).map(\.stringValue), zero) else { return fatal(R.self) }
                    root = updated
                } catch { break }
            }
            return fatal(R.self)
        }

        private static func set(_ node: Any, _ path: [String], _ value: Any) -> Any? {
            guard let first = path.first else { return value }
            var object = node as? [String: Any] ?? [:]
            object[first] = set(object[first] ?? NSNull(), Array(path.dropFirst()), value)
            return object
        }

        private static func fatal<R>(_ type: R.Type) -> R {
            fatalError("the learner's process failed, and no stand-in value of \(type) could be made")
        }
    }

    /// Accepts any JSON value: checks that a mutating method's new `self` is present.
    struct __Probe: Decodable { init(from decoder: Decoder) throws {} }

    final class __TestClock: XCTestObservation {
        func testCaseWillStart(_ testCase: XCTestCase) { __Remote.server.newTest() }
    }

    /// The learner's process: started at the first call, restarted after a failure for the next
    /// test, killed with its process group when it misbehaves or the test process exits.
    final class __Server: @unchecked Sendable {
        enum Answer { case success([String]), failure(String) }
        var pid: pid_t = 0
        var input: Int32 = -1
        var output: Int32 = -1
        var pending: [UInt8] = []
        var failedThisTest = false
        var observing = false
        var testDeadline: UInt64 = 0
        let environment = ProcessInfo.processInfo.environment
        lazy var command = (environment["\#(Variable.command)"] ?? "").split(separator: "\t").map(String.init)
        // The run token travels on, so the engine's sweep finds a learner process that escaped.
        lazy var childEnvironment = (environment["\#(Variable.environment)"] ?? "").split(separator: "\t").map(String.init)
            + (environment["FAIRWORK_RUN"].map { ["FAIRWORK_RUN=\($0)"] } ?? [])
        lazy var callSeconds = Double(environment["\#(Variable.callSeconds)"] ?? "") ?? 5
        lazy var testSeconds = Double(environment["\#(Variable.testSeconds)"] ?? "") ?? 10
        static let answerLimit = 64 << 20

        static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

        func newTest() {
            failedThisTest = false
            testDeadline = Self.now() + UInt64(testSeconds * 1e9)
        }

        func exchange(_ request: String) -> Answer {
            if !observing {
                observing = true
                XCTestObservationCenter.shared.addTestObserver(__TestClock())
                newTest()
                atexit { __Remote.server.stop() }
            }
            if failedThisTest { return .failure("") }
            if pid == 0, let problem = start() { return .failure(problem) }
            let deadline = min(Self.now() + UInt64(callSeconds * 1e9), testDeadline)
            // The request pipe is non-blocking: a process that stops reading cannot stall this one.
            let bytes = Array((request + "\n").utf8)
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
                if n > 0 { offset += n; continue }
                if n < 0 && errno == EINTR { continue }
                guard n < 0 && errno == EAGAIN else { return .failure(ended()) }
                let now = Self.now()
                guard now < deadline else { stop(); return .failure("\#(Failure.timeout) \(callSeconds) s (it stopped reading its input)") }
                var fds = [pollfd(fd: input, events: Int16(POLLOUT), revents: 0)]
                _ = poll(&fds, 1, Int32(min(1000, max(1, (deadline - now) / 1_000_000))))
            }
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                if let newline = pending.firstIndex(of: 10) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    return .success(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
                }
                if pending.count > Self.answerLimit {
                    stop()
                    return .failure("\#(Failure.garbled) (an answer longer than \(Self.answerLimit >> 20) MB)")
                }
                let now = Self.now()
                guard now < deadline else {
                    stop()
                    let limit = deadline == testDeadline ? testSeconds : callSeconds
                    return .failure("\#(Failure.timeout) \(limit) s (an endless loop?)")
                }
                var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
                let ready = poll(&fds, 1, Int32(min(1000, max(1, (deadline - now) / 1_000_000))))
                if ready <= 0 { continue }
                let n = read(output, &buffer, buffer.count)
                if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                if n <= 0 { return .failure(ended()) }
                pending.append(contentsOf: buffer[0..<n])
            }
        }

        /// Starts the learner's process in its own process group with the call pipe as its
        /// stdin and stdout; returns why it could not start, or nil.
        func start() -> String? {
            guard !command.isEmpty else { return "no learner process was configured" }
            var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1]
            guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { return "could not make the call pipe" }
            for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
            posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
            if let closeFrom = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") {
                typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
                _ = unsafeBitCast(closeFrom, to: CloseFrom.self)(&actions, 3)
            }
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            posix_spawnattr_setpgroup(&attributes, 0)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
            let argv = command.map { strdup($0) } + [nil]
            let envp = childEnvironment.map { strdup($0) } + [nil]
            defer { (argv + envp).forEach { free($0) } }
            var child: pid_t = 0
            let result = posix_spawn(&child, command[0], &actions, &attributes, argv, envp)
            close(toChild[0])
            close(fromChild[1])
            guard result == 0 else {
                close(toChild[1]); close(fromChild[0])
                return "could not start the learner's process: \(String(cString: strerror(result)))"
            }
            pid = child
            input = toChild[1]
            _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
            output = fromChild[0]
            pending = []
            return nil
        }

        /// Why the process ended, after reaping it.
        func ended() -> String {
            var status: Int32 = 0
            let deadline = Self.now() + 500_000_000
            var reaped = waitpid(pid, &status, WNOHANG)
            while reaped == 0 && Self.now() < deadline { usleep(5000); reaped = waitpid(pid, &status, WNOHANG) }
            let how: String
            if reaped != pid { how = "(it closed its answer pipe)" }
            else if status & 0x7f == 0 { how = "(exit code \((status >> 8) & 0xff)); do not call exit()" }
            else { how = "(signal \(status & 0x7f): a crash such as fatalError, an index out of range or too much memory)" }
            stop()
            return "\#(Failure.ended) \(how)"
        }

        func stop() {
            guard pid != 0 else { return }
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
            close(input); close(output)
            pid = 0
        }
    }
    """#

    static let serverSide = #"""
    // Generated by Fairwork: the learner's process. It knows only the inputs of the calls made to it.
    import Foundation
    //@IMPORTS@
    @testable import LearnerCode
    #if canImport(Glibc)
    import Glibc
    #endif

    struct __Nothing: Codable {}
    struct __BadRequest: Error { var reason: String }

    enum __Serve {
    \#(coders)

        static func run() -> Never {
            // Answers go on a copy of stdout; the learner's prints go to stderr.
            let answers = fcntl(1, F_DUPFD_CLOEXEC, 10)
            dup2(2, 1)
            while let line = readLine(strippingNewline: true) {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                var reply: String
                do { reply = try dispatch(fields) } catch let error as __BadRequest {
                    reply = "bad\t" + encode(error.reason)
                } catch {
                    reply = "bad\t" + encode(String(describing: error))
                }
                fflush(stdout)
                let bytes = Array((reply + "\n").utf8)
                var offset = 0
                while offset < bytes.count {
                    let n = bytes[offset...].withUnsafeBytes { write(answers, $0.baseAddress, $0.count) }
                    if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { exit(0) }
                }
            }
            exit(0)
        }

        static func answer<T: Encodable>(_ value: T) -> String { "ok\t" + encode(value) }
        static func answer<T: Encodable, S: Encodable>(_ value: T, _ this: S) -> String { "ok\t" + encode(value) + "\t" + encode(this) }

        static func argument<T: Decodable>(_ fields: [String], _ index: Int, _ type: T.Type) throws -> T {
            guard index < fields.count else { throw __BadRequest(reason: "missing argument \(index)") }
            return try decoder.decode(T.self, from: Data(fields[index].utf8))
        }

        static func dispatch(_ fields: [String]) throws -> String {
            switch fields.first ?? "" {
    //@CASES@
            default:
                throw __BadRequest(reason: "unknown call \(fields.first ?? "")")
            }
        }
    }
    """#
}
