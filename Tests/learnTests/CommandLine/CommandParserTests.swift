import XCTest
@testable import learn

final class CommandParserTests: XCTestCase {
    /// A small tree independent of learn's real commands, so these tests pin the parser alone.
    let root = CommandDescription(
        name: "tool", abstract: "A tool.",
        parameters: [.option(OptionDescription(name: "workspace", short: "w", valueName: "dir", help: "Where."))],
        subcommands: [
            CommandDescription(name: "show", abstract: "Show one.", parameters: [
                .argument(ArgumentDescription(name: "id", help: "Which.", isRequired: true)),
                .argument(ArgumentDescription(name: "part", help: "Part.")),
                .flag(FlagDescription(name: "pending", short: nil, help: "P.", group: "status")),
                .flag(FlagDescription(name: "done", short: nil, help: "D.", group: "status")),
                .flag(FlagDescription(name: "json", short: "j", help: "J.", group: nil)),
                .option(OptionDescription(name: "workspace", short: "w", valueName: "dir", help: "Where.")),
            ]),
            CommandDescription(name: "list", abstract: "List."),
            CommandDescription(name: "run", abstract: "Run.", parameters: [
                .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The file.", isRequired: true)),
            ]),
            CommandDescription(name: "project", abstract: "Projects.", subcommands: [
                CommandDescription(name: "start", abstract: "Start one.", parameters: [
                    .argument(ArgumentDescription(name: "name", help: "Which.", isRequired: true)),
                ]),
                CommandDescription(name: "list", abstract: "List them."),
            ]),
        ])

    private func parse(_ words: [String]) throws(UsageError) -> ParseOutcome {
        try CommandParser(root: root).parse(words)
    }

    private func problem(_ words: [String]) -> UsageError? { CommandParser(root: root).problem(words) }

    func testNoWordsRunsTheRoot() throws {
        XCTAssertEqual(try parse([]), .run(path: ["tool"], arguments: ParsedArguments()))
    }

    func testArgumentsOptionsAndFlagsInAnyOrder() throws {
        let expected = ParsedArguments(arguments: ["id": "a", "part": "b"], options: ["workspace": "/x"],
                                       flags: ["json", "done"])
        XCTAssertEqual(try parse(["show", "a", "--workspace", "/x", "b", "--json", "--done"]),
                       .run(path: ["tool", "show"], arguments: expected))
        XCTAssertEqual(try parse(["show", "--done", "-j", "--workspace=/x", "a", "b"]),
                       .run(path: ["tool", "show"], arguments: expected))
        XCTAssertEqual(try parse(["show", "-w", "/x", "a", "b", "--json", "--done"]),
                       .run(path: ["tool", "show"], arguments: expected))
    }

    func testOptionBeforeTheSubcommandCarriesOver() throws {
        XCTAssertEqual(try parse(["--workspace", "/x", "show", "a"]),
                       .run(path: ["tool", "show"], arguments: ParsedArguments(arguments: ["id": "a"], options: ["workspace": "/x"])))
        // `list` does not accept --workspace, so carrying it there is an error.
        XCTAssertEqual(problem(["--workspace", "/x", "list"]),
                       UsageError(command: ["tool"], problem: .unknownOption("--workspace", suggestion: nil)))
    }

    func testDoubleDashEndsOptions() throws {
        XCTAssertEqual(try parse(["show", "--", "--json"]),
                       .run(path: ["tool", "show"], arguments: ParsedArguments(arguments: ["id": "--json"])))
    }

    func testHelpAnywhereWinsOverOtherProblems() throws {
        XCTAssertEqual(try parse(["-h"]), .help(path: ["tool"]))
        XCTAssertEqual(try parse(["show", "--help"]), .help(path: ["tool", "show"]))
        XCTAssertEqual(try parse(["show", "--bogus", "-h"]), .help(path: ["tool", "show"]))
        XCTAssertEqual(try parse(["--help", "show"]), .help(path: ["tool", "show"]))
        // After `--`, "--help" is an argument value.
        XCTAssertEqual(try parse(["show", "--", "--help"]),
                       .run(path: ["tool", "show"], arguments: ParsedArguments(arguments: ["id": "--help"])))
    }

    func testNestedSubcommandsSelectTheirOwnDescription() throws {
        XCTAssertEqual(try parse(["project", "start", "lending"]),
                       .run(path: ["tool", "project", "start"], arguments: ParsedArguments(arguments: ["name": "lending"])))
        XCTAssertEqual(try parse(["project"]), .run(path: ["tool", "project"], arguments: ParsedArguments()))
        XCTAssertEqual(try parse(["project", "list", "--help"]), .help(path: ["tool", "project", "list"]))
        XCTAssertEqual(problem(["project", "strat"]),
                       UsageError(command: ["tool", "project"], problem: .unknownCommand("strat", suggestion: "start")))
        XCTAssertEqual(problem(["project", "start"]),
                       UsageError(command: ["tool", "project", "start"], problem: .missingArgument("name")))
    }

    func testAnUnknownCommandIsAnErrorEvenWithHelp() {
        XCTAssertEqual(problem(["grade", "--help"]),
                       UsageError(command: ["tool"], problem: .unknownCommand("grade", suggestion: nil)))
        XCTAssertEqual(problem(["project", "nope", "-h"]),
                       UsageError(command: ["tool", "project"], problem: .unknownCommand("nope", suggestion: nil)))
    }

    func testUnknownOptionSuggestsTheNearestSpelling() {
        XCTAssertEqual(problem(["show", "a", "--jsn"]),
                       UsageError(command: ["tool", "show"], problem: .unknownOption("--jsn", suggestion: "--json")))
        XCTAssertEqual(problem(["show", "a", "--zzzzzz"]),
                       UsageError(command: ["tool", "show"], problem: .unknownOption("--zzzzzz", suggestion: nil)))
    }

    func testUnknownCommandSuggestsTheNearestCommand() {
        XCTAssertEqual(problem(["shwo"]),
                       UsageError(command: ["tool"], problem: .unknownCommand("shwo", suggestion: "show")))
        XCTAssertEqual(problem(["frobnicate"]),
                       UsageError(command: ["tool"], problem: .unknownCommand("frobnicate", suggestion: nil)))
    }

    func testMissingValueRepeatedOptionAndValueOnAFlag() {
        XCTAssertEqual(problem(["show", "a", "--workspace"]),
                       UsageError(command: ["tool", "show"], problem: .missingValue(option: "--workspace")))
        XCTAssertEqual(problem(["show", "a", "--workspace", "--", "b"]),
                       UsageError(command: ["tool", "show"], problem: .missingValue(option: "--workspace")))
        XCTAssertEqual(problem(["show", "a", "-w", "x", "--workspace", "y"]),
                       UsageError(command: ["tool", "show"], problem: .repeatedOption("--workspace")))
        XCTAssertEqual(problem(["show", "a", "--json=yes"]),
                       UsageError(command: ["tool", "show"], problem: .unexpectedValue(flag: "--json", value: "yes")))
    }

    func testMissingAndExtraArguments() {
        XCTAssertEqual(problem(["show"]), UsageError(command: ["tool", "show"], problem: .missingArgument("id")))
        XCTAssertEqual(problem(["show", "a", "b", "c"]), UsageError(command: ["tool", "show"], problem: .extraArgument("c")))
        XCTAssertEqual(problem(["list", "x"]), UsageError(command: ["tool", "list"], problem: .extraArgument("x")))
    }

    func testARequiredOptionMustBeGivenUnlessHelpIsAsked() throws {
        XCTAssertEqual(problem(["run"]), UsageError(command: ["tool", "run"], problem: .missingOption("--data")))
        XCTAssertEqual(UsageError(command: [], problem: .missingOption("--data")).message, "missing required option '--data'")
        guard case .run(_, let arguments) = try parse(["run", "--data", "f.csv"]) else { return XCTFail("expected a run") }
        XCTAssertEqual(arguments.option("data"), "f.csv")
        guard case .help = try parse(["run", "--help"]) else { return XCTFail("expected help") }
    }

    func testFlagsOfOneGroupExcludeEachOther() {
        XCTAssertEqual(problem(["show", "a", "--pending", "--done"]),
                       UsageError(command: ["tool", "show"], problem: .conflictingFlags("--pending", "--done")))
    }

    func testUsageMessagesReadAsSentences() {
        XCTAssertEqual(UsageError(command: [], problem: .unknownOption("--jsn", suggestion: "--json")).message,
                       "unknown option '--jsn'; did you mean '--json'?")
        XCTAssertEqual(UsageError(command: [], problem: .missingArgument("id")).message, "missing argument '<id>'")
        XCTAssertEqual(UsageError(command: [], problem: .conflictingFlags("--pending", "--done")).message,
                       "'--pending' and '--done' cannot be used together")
    }
}

extension CommandParser {
    /// The usage error `words` give, or nil when they parse.
    func problem(_ words: [String]) -> UsageError? {
        do {
            _ = try parse(words)
            return nil
        } catch {
            return error
        }
    }
}
