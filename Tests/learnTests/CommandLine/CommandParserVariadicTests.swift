import XCTest
@testable import learn

/// A variadic last argument (`learn verify --mutants [<id> ...]`) takes every remaining word.
final class CommandParserVariadicTests: XCTestCase {
    let root = CommandDescription(
        name: "tool", abstract: "A tool.",
        subcommands: [
            CommandDescription(name: "check", abstract: "Check some.", parameters: [
                .argument(ArgumentDescription(name: "mode", help: "How.", isRequired: true)),
                .argument(ArgumentDescription(name: "id", help: "Which.", isVariadic: true)),
                .flag(FlagDescription(name: "all", short: nil, help: "A.", group: nil)),
            ]),
        ])

    private func run(_ words: [String]) throws -> ParsedArguments? {
        guard case .run(_, let arguments) = try CommandParser(root: root).parse(words) else { return nil }
        return arguments
    }

    func testTheLastArgumentTakesEveryRemainingWordInOrder() throws {
        let parsed = try XCTUnwrap(try run(["check", "fast", "b", "--all", "a", "c"]))
        XCTAssertEqual(parsed.argument("mode"), "fast")
        XCTAssertEqual(parsed.argumentList("id"), ["b", "a", "c"])
        XCTAssertTrue(parsed.flag("all"))
    }

    func testNoWordsGiveAnEmptyList() throws {
        let parsed = try XCTUnwrap(try run(["check", "fast"]))
        XCTAssertEqual(parsed.argumentList("id"), [])
        XCTAssertThrowsError(try run(["check"]), "the required argument before it is still required")
    }

    func testTheUsageLineShowsTheRepetition() {
        let usage = HelpFormatter(path: ["tool", "check"], command: root.subcommands[0]).usageLine
        XCTAssertEqual(usage, "USAGE: tool check <mode> [<id> ...] [--all]")
    }
}
