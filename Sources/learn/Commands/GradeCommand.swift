import Workbench

/// `learn grade SUBMISSIONS --out DIR [...]`: grades a class's submissions with the hidden suites
/// (docs/grading.md). The work is `GradeRequest`'s; this parses and reports.
enum GradeCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "grade",
        abstract: "Grade a folder of learner submissions: gradebook, grades, JUnit, feedback.",
        discussion: """
            SUBMISSIONS holds one folder or `learn submit` archive (<learner>.tar) per learner. Each \
            learner's grade is written to DIR/submissions as soon as it is done, so a run that is \
            stopped continues where it was when started again. Then gradebook.csv, grades.json, \
            junit.xml, results/<learner>/results.json and feedback/<learner>.md and .html are rebuilt \
            from every grade in DIR. Learner code runs isolated; docs/grading.md has the lab file, \
            every output field, and CI and Kubernetes set-ups for --shard and merge.
            """,
        parameters: [
            .argument(ArgumentDescription(name: "submissions", help: "The folder of learner folders and archives.", isRequired: true)),
            .option(OptionDescription(name: "out", short: "o", valueName: "dir", help: "The output folder (created if needed).", isRequired: true)),
            .option(OptionDescription(name: "suites", short: nil, valueName: "dir", help: "A folder holding private Tests/ExerciseSuites to grade with.",
                                      defaultText: "the course's own suites")),
            .option(OptionDescription(name: "lab", short: nil, valueName: "file", help: "A lab file: exercises, points, deadline, feedback.",
                                      defaultText: "every exercise at its catalog points")),
            .option(OptionDescription(name: "jobs", short: "j", valueName: "n", help: "Submissions graded at once.", defaultText: "1")),
            .option(OptionDescription(name: "timeout", short: nil, valueName: "s", help: "Seconds per test.", defaultText: "10")),
            .option(OptionDescription(name: "only", short: nil, valueName: "learner", help: "Regrade one learner; the others' files are left alone.")),
            .option(OptionDescription(name: "shard", short: nil, valueName: "i/n", help: "Grade shard I of N (1-based); merge the folders after.")),
            .option(.workspace),
        ])

    static let subcommands: [any LearnCommand.Type] = [GradeMergeCommand.self]

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let request = try GradeRequest.parse(
            workspace: try context.workspace(arguments), submissions: arguments.argument("submissions") ?? "",
            out: arguments.option("out") ?? "", suites: arguments.option("suites"), lab: arguments.option("lab"),
            jobs: arguments.option("jobs"), only: arguments.option("only"), shard: arguments.option("shard"),
            currentDirectory: context.currentDirectory)
        let checker = try GradeCheckers.resolve(environment: context.environment, request: request,
                                                timeoutSeconds: try GradeRequest.parseTimeout(arguments.option("timeout")))
        let display = GradeProgressDisplay(console: context.console)
        let summary = try request.run(checker: checker, progress: display.show) { skipped in
            skipped.forEach { context.console.warning("skipped \($0)") }
        }
        display.finish()
        summary.lines.forEach { context.console.line($0) }
        context.console.line("Wrote \(request.out.path)/gradebook.csv, grades.json, junit.xml, results/ and feedback/.")
        return .success
    }
}
