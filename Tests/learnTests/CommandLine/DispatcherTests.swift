import Foundation
import XCTest
@testable import learn

/// Runs learn's dispatcher in-process with captured output, for what needs no course.
final class DispatcherTests: XCTestCase {
    private final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var out = ""
        private var err = ""
        func appendOut(_ text: String) { lock.withLock { out += text } }
        func appendErr(_ text: String) { lock.withLock { err += text } }
        var output: String { lock.withLock { out } }
        var errors: String { lock.withLock { err } }
    }

    private func run(_ words: [String], environment: [String: String] = [:]) -> (code: ExitCode, out: String, err: String) {
        let capture = Capture()
        let console = Console(writeOutput: { capture.appendOut($0) }, writeError: { capture.appendErr($0) })
        let context = CommandContext(environment: environment, currentDirectory: URL(fileURLWithPath: "/"), console: console)
        let code = Dispatcher.run(words, in: context)
        return (code, capture.output, capture.errors)
    }

    func testHelpFlagsAndHelpCommandPrintTheSameText() {
        for command in CommandTable.subcommands.map({ $0.definition.name }) {
            let short = run([command, "-h"])
            let long = run([command, "--help"])
            let viaHelp = run(["help", command])
            XCTAssertEqual(short.code, .success, command)
            XCTAssertEqual(short.out, long.out, command)
            XCTAssertEqual(short.out, viaHelp.out, command)
            XCTAssertTrue(short.out.hasPrefix("OVERVIEW: "), command)
            for section in ["USAGE: learn \(command)", "\nOPTIONS:\n"] {
                XCTAssertTrue(short.out.contains(section), "\(command) help lacks \(section)")
            }
            XCTAssertFalse(short.out.contains("(none)"), "\(command) help prints an empty section")
            XCTAssertEqual(short.err, "", command)
        }
        XCTAssertEqual(run(["--help"]).out, run(["help"]).out)
    }

    func testUnknownOptionExits64WithMessageAndUsageLine() {
        let result = run(["list", "--jsn"])
        XCTAssertEqual(result.code, .usage)
        XCTAssertEqual(result.code.rawValue, 64)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(result.err, """
            error: unknown option '--jsn'; did you mean '--json'?
            USAGE: learn list [--pending|--done] [--json] [--workspace <dir>]
              See 'learn list --help' for more information.

            """)
    }

    func testUnknownCommandSuggestsTheNearestOne() {
        let result = run(["lst"])
        XCTAssertEqual(result.code, .usage)
        XCTAssertTrue(result.err.hasPrefix("error: unknown command 'lst'; did you mean 'list'?\nUSAGE: learn [<subcommand>]"), result.err)
        let viaHelp = run(["help", "lst"])
        XCTAssertEqual(viaHelp.code, .usage)
        XCTAssertTrue(viaHelp.err.hasPrefix("error: unknown command 'lst'; did you mean 'list'?\nUSAGE: learn help [<command>]"), viaHelp.err)
    }

    func testAnUnknownCommandIsAUsageErrorEvenWithHelp() {
        for words in [["frobnicate", "--help"], ["frobnicate", "-h"], ["--help", "frobnicate"]] {
            let result = run(words)
            XCTAssertEqual(result.code, .usage, "\(words)")
            XCTAssertEqual(result.out, "", "\(words)")
            XCTAssertTrue(result.err.hasPrefix("error: unknown command 'frobnicate'\nUSAGE: learn [<subcommand>]"), result.err)
        }
    }

    func testVersionNamesTheReleaseAndTheToolchain() {
        // A compiler that is not there: the line says why there is no version.
        let result = run(["--version"], environment: ["FAIRWORK_SWIFTC": "/nonexistent/swiftc"])
        XCTAssertEqual(result.code, .success)
        let lines = result.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, result.out)
        XCTAssertTrue(lines.first?.hasPrefix("learn ") == true, result.out)
        XCTAssertTrue(lines.last?.hasPrefix("no Swift compiler found") == true, result.out)
        XCTAssertEqual(run(["list", "--version"]).code, .usage, "--version belongs to learn itself")
    }

    func testMissingValueAndExtraArgumentExit64() {
        let missing = run(["list", "--workspace"])
        XCTAssertEqual(missing.code, .usage)
        XCTAssertTrue(missing.err.hasPrefix("error: option '--workspace' needs a value\nUSAGE: learn list "), missing.err)
        let extra = run(["goto", "a", "b"])
        XCTAssertEqual(extra.code, .usage)
        XCTAssertTrue(extra.err.hasPrefix("error: unexpected argument 'b'\nUSAGE: learn goto <id>"), extra.err)
    }

    func testNoCourseIsADataErrorNamingTheCatalog() {
        let result = run(["list"])
        XCTAssertEqual(result.code, .dataError)
        XCTAssertEqual(result.err, "error: no course found: neither / nor any folder above it holds lessons/catalog.json; "
            + "run learn inside the course folder, or pass --workspace DIR\n")
    }
}
