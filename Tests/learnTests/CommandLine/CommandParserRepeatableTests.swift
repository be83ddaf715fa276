import XCTest
@testable import learn

/// A repeatable option (`learn monitor --batches a.csv --batches b.csv`) keeps every value in
/// order; every other option given twice is still a usage error (exit 64).
final class CommandParserRepeatableTests: XCTestCase {
    let root = CommandDescription(
        name: "tool", abstract: "A tool.",
        parameters: [.option(OptionDescription(name: "tag", short: "t", valueName: "tag", help: "A tag.", isRepeatable: true))],
        subcommands: [
            CommandDescription(name: "watch", abstract: "Watch some.", parameters: [
                .option(OptionDescription(name: "batch", short: "b", valueName: "file", help: "A batch.", isRequired: true, isRepeatable: true)),
                .option(OptionDescription(name: "model", short: nil, valueName: "file", help: "The model.")),
                .option(OptionDescription(name: "tag", short: "t", valueName: "tag", help: "A tag.", isRepeatable: true)),
                .flag(FlagDescription(name: "json", short: nil, help: "J.", group: nil)),
            ]),
        ])

    private func parse(_ words: [String]) throws(UsageError) -> ParseOutcome {
        try CommandParser(root: root).parse(words)
    }

    private func run(_ words: [String]) throws -> ParsedArguments {
        guard case .run(_, let arguments) = try parse(words) else { throw XCTSkip("expected a run of \(words)") }
        return arguments
    }

    private func problem(_ words: [String]) -> UsageError? { CommandParser(root: root).problem(words) }

    func testEveryValueIsKeptInCommandLineOrder() throws {
        let parsed = try run(["watch", "--batch", "b.csv", "--json", "--batch", "a.csv", "--batch", "c.csv"])
        XCTAssertEqual(parsed.optionValues("batch"), ["b.csv", "a.csv", "c.csv"])
        XCTAssertNil(parsed.option("batch"), "a repeatable option's values are read with optionValues")
        XCTAssertTrue(parsed.flag("json"))
    }

    func testTheSpellingsMixAndACommaListStaysOneValue() throws {
        // `--name value`, `--name=value` and `-x value` all add a value; a comma list is one value
        // (the command splits it: learn monitor reads `a.csv,b.csv` as two batches).
        let parsed = try run(["watch", "--batch=a.csv,b.csv", "-b", "c.csv", "--batch", "d.csv"])
        XCTAssertEqual(parsed.optionValues("batch"), ["a.csv,b.csv", "c.csv", "d.csv"])
        XCTAssertEqual(parsed, ParsedArguments(optionLists: ["batch": ["a.csv,b.csv", "c.csv", "d.csv"]]))
    }

    func testOneValueIsAListOfOneAndNoneIsEmpty() throws {
        XCTAssertEqual(try run(["watch", "--batch", "a.csv"]).optionValues("batch"), ["a.csv"])
        XCTAssertEqual(try run(["watch", "--batch", "a.csv"]).optionValues("tag"), [])
    }

    func testARequiredRepeatableOptionMustBeGiven() {
        XCTAssertEqual(problem(["watch", "--tag", "x"]), UsageError(command: ["tool", "watch"], problem: .missingOption("--batch")))
        XCTAssertEqual(problem(["watch", "--batch"]), UsageError(command: ["tool", "watch"], problem: .missingValue(option: "--batch")))
    }

    func testAnOptionThatIsNotRepeatableGivenTwiceIsStillAUsageError() {
        XCTAssertEqual(problem(["watch", "--batch", "a", "--model", "m", "--batch", "b", "--model", "n"]),
                       UsageError(command: ["tool", "watch"], problem: .repeatedOption("--model")))
        XCTAssertEqual(problem(["watch", "--batch", "a", "--model=m", "--model=m"]),
                       UsageError(command: ["tool", "watch"], problem: .repeatedOption("--model")))
    }

    func testValuesBeforeTheSubcommandCarryOverAndAddUp() throws {
        let parsed = try run(["--tag", "x", "watch", "-t", "y", "--batch", "a"])
        XCTAssertEqual(parsed.optionValues("tag"), ["x", "y"])
    }

    func testHelpShowsTheOptionAsRepeatable() {
        let help = HelpFormatter(path: ["tool", "watch"], command: root.subcommands[0]).help
        XCTAssertTrue(help.contains("USAGE: tool watch --batch <file> ... [--model <file>] [--tag <tag> ...] [--json]"), help)
        XCTAssertTrue(help.contains("A batch. (required) (repeatable)"), help)
        XCTAssertTrue(help.contains("The model.\n"), help)
    }
}
