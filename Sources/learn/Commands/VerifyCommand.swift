import Foundation
import Workbench

/// `learn verify [--jobs <n>] [--json]`: the course authors' check (see `CourseVerifier`).
enum VerifyCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "verify",
        abstract: "Check the course itself: solutions pass, stubs fail, and the authoring rules hold.",
        discussion: """
            For course authors (docs/authoring.md). Every solution must pass its suite and every \
            untouched stub must fail it with failed tests; every exercise needs two or more hints, a \
            lesson section that exists, a // TODO in its stub and a mirrored solution; ids are unique; \
            suites call XCTest only as XCTest::name; exercises/ and solutions/ hold no stray files; \
            lessons/digests.json records every stub and suite as shipped; every exercise's API takes and \
            returns Codable values, so that graders can run learner code in a separate process. \
            Stubs are checked as shipped \
            (found by their digest), so verify passes in a workspace whose exercises you solved. \
            Your progress is not touched. Exits 0 only when all is well.
            """,
        parameters: [
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
        let progress = VerifyProgress(console: context.console)
        let report = CourseVerifier(workspace: workspace, checker: EngineChecker(workspace: workspace), parallelism: jobs,
                                    boundary: IsolationBoundary(workspace: workspace))
            .verify { done, total in progress.update(done, of: total) }
        progress.finish()
        if arguments.flag("json") {
            try context.console.json(report)
        } else {
            context.console.lines(VerifyReportText.render(report, width: context.console.output.width))
        }
        return report.ok ? .success : .failure
    }

    private static func jobCount(_ arguments: ParsedArguments) throws(UsageError) -> Int {
        guard let text = arguments.option("jobs") else { return 2 }
        guard let jobs = Int(text), (1...16).contains(jobs) else {
            throw UsageError(command: ["learn", definition.name],
                             problem: .invalidValue(option: "--jobs", value: text, expected: "a whole number from 1 to 16"))
        }
        return jobs
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
