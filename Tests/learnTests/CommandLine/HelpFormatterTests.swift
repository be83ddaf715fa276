import XCTest
@testable import learn

final class HelpFormatterTests: XCTestCase {
    func testHelpHasEverySectionInOrder() {
        let command = CommandDescription(
            name: "show", abstract: "Show one thing.",
            discussion: "A longer explanation that goes on for long enough that it has to be wrapped at eighty columns by the formatter.\n  tool show a   an example kept as written",
            parameters: [
                .argument(ArgumentDescription(name: "id", help: "Which thing.", isRequired: true)),
                .argument(ArgumentDescription(name: "part", help: "Which part.", defaultText: "all of it")),
                .flag(FlagDescription(name: "pending", short: nil, help: "Pending only.", group: "status")),
                .flag(FlagDescription(name: "done", short: nil, help: "Done only.", group: "status")),
                .option(OptionDescription(name: "a-rather-long-option-name", short: "l", valueName: "value",
                                          help: "A help text long enough to need wrapping in the right-hand column of the table.",
                                          defaultText: "none")),
            ])
        let expected = """
            OVERVIEW: Show one thing.

            A longer explanation that goes on for long enough that it has to be wrapped at
            eighty columns by the formatter.
              tool show a   an example kept as written

            USAGE: tool show <id> [<part>] [--pending|--done]
                             [--a-rather-long-option-name <value>]

            ARGUMENTS:
              <id>                    Which thing.
              <part>                  Which part. (default: all of it)

            OPTIONS:
              --pending               Pending only.
              --done                  Done only.
              -l, --a-rather-long-option-name <value>
                                      A help text long enough to need wrapping in the
                                      right-hand column of the table. (default: none)
              -h, --help              Show help information.

            """
        XCTAssertEqual(HelpFormatter(path: ["tool", "show"], command: command).help, expected)
    }

    func testEmptySectionsAreLeftOut() {
        let help = HelpFormatter(path: ["tool", "bare"], command: CommandDescription(name: "bare", abstract: "Bare.")).help
        XCTAssertEqual(help, "OVERVIEW: Bare.\n\nUSAGE: tool bare\n\nOPTIONS:\n  -h, --help              Show help information.\n")
        XCTAssertFalse(help.contains("(none)"))
    }

    func testANestedGroupPointsToTheHelpCommandWithItsPath() {
        let group = CommandDescription(name: "project", abstract: "Projects.",
                                       subcommands: [CommandDescription(name: "run", abstract: "Run one.")])
        let help = HelpFormatter(path: ["tool", "project"], command: group).help
        XCTAssertTrue(help.contains("USAGE: tool project [<subcommand>]\n"), help)
        XCTAssertTrue(help.hasSuffix("  run                     Run one.\n\n  See 'tool help project <subcommand>' for detailed help.\n"), help)
    }

    func testSubcommandsAreListedWithAPointerToTheirHelp() {
        let root = CommandDescription(name: "tool", abstract: "A tool.",
                                      subcommands: [CommandDescription(name: "list", abstract: "List things.")])
        let help = HelpFormatter(path: ["tool"], command: root).help
        XCTAssertTrue(help.hasSuffix("""
            SUBCOMMANDS:
              list                    List things.

              See 'tool help <subcommand>' for detailed help.

            """), help)
        XCTAssertTrue(help.contains("USAGE: tool [<subcommand>]\n"), help)
    }

    /// The help of a real command, pinned: a change to `learn list`'s description shows up here.
    func testARequiredOptionShowsWithoutBracketsAndSaysSo() {
        let command = CommandDescription(name: "run", abstract: "Run.", parameters: [
            .option(OptionDescription(name: "data", short: nil, valueName: "file", help: "The file.", isRequired: true)),
            .option(OptionDescription(name: "out", short: nil, valueName: "file", help: "Where to.")),
        ])
        let formatter = HelpFormatter(path: ["tool", "run"], command: command)
        XCTAssertEqual(formatter.usageLine, "USAGE: tool run --data <file> [--out <file>]")
        XCTAssertTrue(formatter.help.contains("  --data <file>           The file. (required)\n"), formatter.help)
    }

    func testListHelpIsPinned() {
        let expected = """
            OVERVIEW: List the exercises and their status.

            The current exercise is marked with '>'. The --json output is a stable contract
            (docs/cli.md).

            USAGE: learn list [--pending|--done] [--json] [--workspace <dir>]

            OPTIONS:
              --pending               Only exercises not yet passed.
              --done                  Only exercises that have passed.
              --json                  Print {"exercises": [...]} as JSON.
              --workspace <dir>       The course folder, which holds lessons/catalog.json.
                                      (default: $FAIRWORK_WORKSPACE, else found upwards from
                                      here)
              -h, --help              Show help information.

            """
        XCTAssertEqual(Dispatcher.helpText(for: ["learn", "list"]), expected)
    }
}
