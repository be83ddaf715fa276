/// The trusted code that runs a hidden suite: the module `FairworkCheckHarness`, compiled once per
/// toolkit build, and the small `main.swift` generated for each check.
///
/// The harness is the only code in the test process that knows the per-run nonce and the results
/// descriptor. It runs before any learner code can (Swift has no static initialisers): it reads
/// the nonce from stdin and detaches stdin, moves the results pipe from descriptor 3 to a random
/// high descriptor, applies resource limits, and registers its reporter with XCTest. Every record
/// it writes carries the nonce; the engine ignores the process's stdout and exit code entirely.
enum HarnessSource {
    static let moduleName = "FairworkCheckHarness"

    /// Bumped whenever `module` changes, so cached harness builds are rebuilt.
    static let version = 1

    /// Record kinds and fields, shared with `ResultRecords` on the engine side.
    enum Field {
        static let nonce = "n"
        static let kind = "k"
        static let name = "name"
        static let passed = "ok"
        static let failures = "failures"
    }

    enum Kind {
        static let begin = "begin"
        static let start = "start"
        static let finish = "case"
        static let end = "end"
    }

    static let module = #"""
    import XCTest
    import Foundation
    #if canImport(Glibc)
    import Glibc
    #endif

    public enum Harness {
        /// Runs the suite's test cases with the out-of-band reporter. Arguments (from the engine):
        /// --cpu SECONDS --memory BYTES --file-size BYTES
        public static func run(_ entries: [XCTestCaseEntry]) -> Never {
            applyLimits(CommandLine.arguments)
            let nonce = readNonce()
            let channel = moveChannel()
            setvbuf(stdout, nil, _IOLBF, 0)
            let reporter = Reporter(fd: channel, nonce: nonce)
            XCTest::XCTMain(entries, arguments: [CommandLine.arguments[0]], observers: [reporter])
        }

        static func applyLimits(_ arguments: [String]) {
            func value(_ flag: String) -> UInt? {
                guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
                return UInt(arguments[i + 1])
            }
            func limit(_ resource: Int32, _ soft: UInt, _ hard: UInt) {
                var r = rlimit(rlim_cur: rlim_t(soft), rlim_max: rlim_t(hard))
                _ = setrlimit(__rlimit_resource_t(UInt32(resource)), &r)
            }
            limit(Int32(RLIMIT_CORE.rawValue), 0, 0)
            if let cpu = value("--cpu") { limit(Int32(RLIMIT_CPU.rawValue), cpu, cpu + 1) }
            if let memory = value("--memory") { limit(Int32(RLIMIT_AS.rawValue), memory, memory) }
            if let size = value("--file-size") { limit(Int32(RLIMIT_FSIZE.rawValue), size, size) }
        }

        /// One line on stdin, then stdin is replaced by /dev/null so nothing else can read it.
        static func readNonce() -> String {
            var bytes: [UInt8] = []
            var byte: UInt8 = 0
            while bytes.count < 256, read(0, &byte, 1) == 1, byte != 10 { bytes.append(byte) }
            let null = open("/dev/null", O_RDONLY)
            if null >= 0 { dup2(null, 0); close(null) }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// Moves the results pipe off the well-known descriptor 3.
        static func moveChannel() -> Int32 {
            let target = Int32(300 + Int.random(in: 0..<700))
            let moved = fcntl(3, F_DUPFD_CLOEXEC, target)
            if moved >= 0 { close(3) }
            return moved
        }
    }

    final class Reporter: XCTestObservation {
        let fd: Int32
        let nonce: String
        var failures: [String] = []

        init(fd: Int32, nonce: String) {
            self.fd = fd
            self.nonce = nonce
        }

        func testBundleWillStart(_ testBundle: Bundle) { emit(["\#(Field.kind)": "\#(Kind.begin)"]) }

        func testCaseWillStart(_ testCase: XCTestCase) {
            failures = []
            emit(["\#(Field.kind)": "\#(Kind.start)", "\#(Field.name)": testCase.name])
        }

        func testCase(_ testCase: XCTestCase, didFailWithDescription description: String, inFile filePath: String?, atLine lineNumber: Int) {
            failures.append(description)
        }

        func testCaseDidFinish(_ testCase: XCTestCase) {
            let passed = failures.isEmpty && (testCase.testRun?.hasSucceeded ?? false)
            emit(["\#(Field.kind)": "\#(Kind.finish)", "\#(Field.name)": testCase.name,
                  "\#(Field.passed)": passed, "\#(Field.failures)": failures])
        }

        func testBundleDidFinish(_ testBundle: Bundle) { emit(["\#(Field.kind)": "\#(Kind.end)"]) }

        func emit(_ record: [String: Any]) {
            var record = record
            record["\#(Field.nonce)"] = nonce
            guard fd >= 0, var data = try? JSONSerialization.data(withJSONObject: record) else { return }
            data.append(10)
            data.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return }
                }
            }
        }
    }
    """#

    /// The per-check entry point: lists the suite's tests for XCTest and hands them to the harness.
    static func main(for suite: SuiteScan) -> String {
        let entries = suite.classes.map { testClass in
            let tests = testClass.tests.map { "(\"\($0)\", \(testClass.name).\($0))" }.joined(separator: ", ")
            return "    XCTest::testCase([\(tests)]),"
        }
        return """
        import XCTest
        import \(moduleName)

        \(moduleName)::Harness.run([
        \(entries.joined(separator: "\n"))
        ])

        """
    }
}
