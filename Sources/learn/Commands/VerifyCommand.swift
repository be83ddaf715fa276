import Foundation
import Workbench

/// `learn verify [--jobs <n>] [--json]`: the course authors' check (see `CourseVerifier`);
/// with `--mutants [<id> ...]`, the check of the suites themselves (see `MutationTester`).
enum VerifyCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "verify",
        abstract: "Check the course itself: solutions pass, stubs fail, and the authoring rules hold.",
        discussion: """
            For course authors (docs/authoring.md). Every solution must pass its suite and every \
            untouched stub must fail it with failed tests; every exercise needs two or more hints, a \
            lesson section that exists, a // TODO in its stub and a mirrored solution; ids are unique; \
            suites call XCTest only as XCTest::name; exercises/ and solutions/ hold no stray files; \
            lessons/digests.json records every stub and suite as shipped; every quiz has valid answers, \
            explanations, and numeric answers that agree with their recompute; every exercise's API takes \
            and returns Codable values, so that graders can run learner code in a separate process. \
            Practice projects' steps (projects/projects.json) are checked the same way: each reference \
            solution must pass and each shipped stub fail (listed under project_steps). Stubs are checked as shipped \
            (found by their digest), so verify passes in a workspace whose exercises you solved. \
            Your progress is not touched. Exits 0 only when all is well.

            With --mutants, checks the suites instead: from each solution it makes plausible wrong \
            answers (an operator swapped, a bound off by one, a condition negated, a statement deleted, \
            ...) and reports the share each suite kills and the survivors (file, line, change). The \
            course's goal is 90% killed on every exercise; exits 0 only when every suite reaches it.
            """,
        parameters: [
            .argument(ArgumentDescription(name: "id", help: "With --mutants: the exercises (or PROJECT, PROJECT/STEP) whose suites to test.",
                                          defaultText: "every exercise", isVariadic: true)),
            .flag(FlagDescription(name: "mutants", short: nil, help: """
                Test the suites: check wrong answers made from each solution and report the share killed.
                """, group: nil)),
            .option(OptionDescription(name: "max-mutants", short: nil, valueName: "n",
                                      help: "With --mutants: the most mutants checked per exercise (spread over the file).",
                                      defaultText: String(MutationSettings.defaultCap))),
            .option(OptionDescription(name: "jobs", short: "j", valueName: "n", help: "How many checks run at once.",
                                      defaultText: "2")),
            .flag(.json("Print the report as JSON (the VerifyReport contract in docs/cli.md).")),
            .flag(FlagDescription(name: "update-digests", short: nil, help: """
                First record the SHA-256 of every stub and suite as they are now in lessons/digests.json \
                (course authors, after changing a stub or a suite; stubs must be untouched).
                """, group: nil)),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let jobs = try jobCount(arguments)
        let workspace = try context.workspace(arguments)
        if arguments.flag("update-digests") {
            try CourseDigests.current(of: try CatalogLoader.load(from: workspace), in: workspace).write(to: workspace)
            context.console.line("Recorded the digests of every stub and suite in \(CourseDigests.path).")
        }
        if arguments.flag("mutants") { return try runMutants(arguments, workspace: workspace, jobs: jobs, in: context) }
        if let id = arguments.argumentList("id").first {
            throw UsageError(command: ["learn", definition.name], problem: .extraArgument(id))
        }
        let report = try withProgress(context) { onCheck in
            CourseVerifier(workspace: workspace, checker: EngineChecker(workspace: workspace), parallelism: jobs,
                           boundary: IsolationBoundary(workspace: workspace)).verify(onCheck: onCheck)
        }
        return try finish(report, ok: report.ok, arguments, context) { VerifyReportText.render(report, width: $0) }
    }

    private static func runMutants(_ arguments: ParsedArguments, workspace: Workspace, jobs: Int,
                                   in context: CommandContext) throws -> ExitCode {
        let cap = try number(arguments, "max-mutants", in: 1...10_000) ?? MutationSettings.defaultCap
        var limits = RunLimits()
        limits.wallTimeSeconds = MutationSettings.wallTimeSeconds
        let report = try withProgress(context) { onCheck in
            try MutationTester(workspace: workspace, checker: EngineChecker(workspace: workspace, limits: limits),
                               parallelism: jobs, cap: cap).run(ids: arguments.argumentList("id"), onCheck: onCheck)
        }
        return try finish(report, ok: report.ok, arguments, context) { MutationReportText.render(report, width: $0) }
    }

    /// Runs `work` with "verify: checked 3 of 10" on a terminal's standard error.
    private static func withProgress<T>(_ context: CommandContext,
                                        _ work: (@escaping @Sendable (Int, Int) -> Void) throws -> T) throws -> T {
        let progress = VerifyProgress(console: context.console)
        defer { progress.finish() }
        return try work { done, total in progress.update(done, of: total) }
    }

    /// Prints `report` as JSON under --json, else as the text `render` makes for the output's width.
    private static func finish<Report: Encodable>(_ report: Report, ok: Bool, _ arguments: ParsedArguments,
                                                  _ context: CommandContext, render: (Int) -> [StyledText]) throws -> ExitCode {
        if arguments.flag("json") {
            try context.console.json(report)
        } else {
            context.console.lines(render(context.console.output.width))
        }
        return ok ? .success : .failure
    }

    private static func jobCount(_ arguments: ParsedArguments) throws(UsageError) -> Int {
        try number(arguments, "jobs", in: 1...16) ?? 2
    }

    /// The whole-number option `name` within `range`; `nil` when omitted.
    private static func number(_ arguments: ParsedArguments, _ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = arguments.option(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw UsageError(command: ["learn", definition.name], problem: .invalidValue(
                option: "--" + name, value: text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)"))
        }
        return value
    }
}

/// "checked 3 of 10" on standard error while verify runs, when standard error is a terminal;
/// updated from the checking threads.
private final class VerifyProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var line: StatusLine?

    init(console: Console) {
        let terminal = console.error
        if terminal.isTTY {
            line = StatusLine(interactive: true, width: terminal.width, style: terminal.style, write: console.writeError)
        }
    }

    func update(_ done: Int, of total: Int) {
        lock.withLock { line?.update(StyledText("verify: checked \(done) of \(total)")) }
    }

    func finish() {
        lock.withLock { line?.finish() }
    }
}
