import Foundation
import XCTest
@testable import learn

/// What holds for every command run through the binary: help exits 0, usage errors exit 64 with
/// the usage line, and nothing carries ANSI escapes when NO_COLOR is set or the output is a pipe.
final class OutputConventionTests: XCTestCase {
    private var course: CourseCopy!

    override func setUpWithError() throws {
        course = try CourseCopy.tinyCourse()
    }

    override func tearDown() {
        course.remove()
    }

    func testEveryCommandsHelpExitsZeroAndMatchesLearnHelp() throws {
        let root = try course.learn("--help")
        XCTAssertEqual(root.exitCode, 0)
        XCTAssertEqual(root.stdout, try course.learn("help").stdout)
        for name in CommandTable.subcommands.map({ $0.definition.name }) {
            XCTAssertTrue(root.stdout.contains("\n  \(name) "), "learn --help does not list \(name)")
            let help = try course.learn(name, "--help")
            XCTAssertEqual(help.exitCode, 0, name)
            XCTAssertEqual(help.stderr, "", name)
            XCTAssertTrue(help.stdout.hasPrefix("OVERVIEW: "), name)
            XCTAssertEqual(help.stdout, try course.learn(name, "-h").stdout, name)
            XCTAssertEqual(help.stdout, try course.learn("help", name).stdout, name)
        }
    }

    func testUsageErrorsExit64WithTheUsageLine() throws {
        let unknown = try course.learn("chekc")
        XCTAssertEqual(unknown.exitCode, 64)
        XCTAssertEqual(unknown.stdout, "")
        XCTAssertTrue(unknown.stderr.hasPrefix("error: unknown command 'chekc'; did you mean 'check'?\nUSAGE: learn [<subcommand>]"), unknown.stderr)
        let option = try course.learn("check", "--jsno")
        XCTAssertEqual(option.exitCode, 64)
        XCTAssertEqual(option.stderr, """
            error: unknown option '--jsno'; did you mean '--json'?
            USAGE: learn check [<id>] [--json] [--isolated] [--workspace <dir>]
              See 'learn check --help' for more information.

            """)
        let jobs = try course.learn("verify", "--jobs", "many")
        XCTAssertEqual(jobs.exitCode, 64)
        XCTAssertTrue(jobs.stderr.hasPrefix("error: option '--jobs' needs a whole number from 1 to 16 (got 'many')\nUSAGE: learn verify"), jobs.stderr)
    }

    func testNoEscapesWithNoColorOrIntoAPipe() throws {
        try course.write("func add(_ a: Int, _ b: Int) -> Int { a + \"b\" }\n", to: "exercises/01-tiny/01_add_numbers.swift")
        let commands: [[String]] = [[], ["list"], ["lesson", "tiny"], ["hint", "clamp"], ["check"], ["check", "count-positives"],
                                    ["check", "nope"], ["list", "--bogus"]]
        for arguments in commands {
            // Forced colour proves the test can see escapes; NO_COLOR must beat it.
            let forced = try LearnRun.run(arguments, in: course.root, environment: ["FORCE_COLOR": "1"])
            XCTAssertTrue(containsEscape(forced.stdout + forced.stderr), "\(arguments): FORCE_COLOR should style")
            let noColor = try LearnRun.run(arguments, in: course.root, environment: ["FORCE_COLOR": "1", "NO_COLOR": "1"])
            XCTAssertFalse(containsEscape(noColor.stdout + noColor.stderr), "\(arguments) with NO_COLOR:\n\(noColor.stdout)\(noColor.stderr)")
            let piped = try LearnRun.run(arguments, in: course.root, environment: ["TERM": "xterm-256color"])
            XCTAssertFalse(containsEscape(piped.stdout + piped.stderr), "\(arguments) into a pipe:\n\(piped.stdout)\(piped.stderr)")
            XCTAssertEqual(withoutTimes(noColor.stdout), withoutTimes(piped.stdout), "\(arguments): plain output is the same either way")
        }
    }

    func testWorkspaceIsFoundFromASubfolderOrNamed() throws {
        let nested = try LearnRun.run(["list", "--json"], in: course.url("exercises/01-tiny"))
        XCTAssertEqual(nested.exitCode, 0, nested.stderr)
        let elsewhere = FileManager.default.temporaryDirectory
        let named = try LearnRun.run(["list", "--json", "--workspace", course.root.path], in: elsewhere)
        XCTAssertEqual(named.stdout, nested.stdout)
        let fromEnvironment = try LearnRun.run(["list", "--json"], in: elsewhere, environment: ["FAIRWORK_WORKSPACE": course.root.path])
        XCTAssertEqual(fromEnvironment.stdout, nested.stdout)
        let none = try LearnRun.run(["list"], in: elsewhere)
        XCTAssertEqual(none.exitCode, 65)
        XCTAssertTrue(none.stderr.hasPrefix("error: no course found: neither \(elsewhere.standardizedFileURL.path)"), none.stderr)
    }

    func testABrokenCatalogIsADataErrorNamingTheField() throws {
        let catalog = try course.read("lessons/catalog.json")
        let broken = catalog.replacingOccurrences(
            of: #""hints": ["Compare with both ends.", "max(x, low) lifts x to at least low; min of that and high caps it."]"#,
            with: #""hints": ["Compare with both ends."]"#)
        XCTAssertNotEqual(broken, catalog, "the fixture's clamp hints changed: update the text this test removes")
        try course.write(broken, to: "lessons/catalog.json")
        let list = try course.learn("list")
        XCTAssertEqual(list.exitCode, 65)
        XCTAssertEqual(list.stderr, "error: lessons/catalog.json: modules[0].exercises[2].hints: at least 2 hints are required, "
                       + "from gentle to direct (found 1)\n")
    }

    /// Output with check durations (", 1.2 s)") removed: they differ from run to run.
    private func withoutTimes(_ text: String) -> String {
        text.replacingOccurrences(of: #", [0-9]+\.[0-9] s\)"#, with: ")", options: .regularExpression)
    }
}
