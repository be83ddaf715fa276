import Workbench

/// `learn project run NAME [--reference] [--out DIR] [--json]`: the whole pipeline, to projects-out/NAME/.
enum ProjectRunCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "run",
        abstract: "Run a project's whole pipeline with your step files and write its artifacts.",
        discussion: """
            Compiles your step files with the project's driver into one program linked against FairKit, \
            runs it (up to 120 s), checks what it wrote and copies it to projects-out/NAME/: report.html, \
            report.md with its SVG charts, numbers.json, model files and (when the project lists one) a \
            model card. A step that crashes, loops or returns garbage stops the run with an error naming \
            the step; nothing is copied then. With --reference, the course's reference solutions run instead.
            """,
        parameters: [
            .argument(ArgumentDescription(name: "name", help: "The project.", isRequired: true)),
            .flag(FlagDescription(name: "reference", short: nil, help: "Run the reference solutions instead of your step files.", group: nil)),
            .option(OptionDescription(name: "out", short: "o", valueName: "dir", help: "Where to write the artifacts.",
                                      defaultText: "projects-out/NAME in the course folder")),
            .flag(.json("Print where the artifacts went and the key numbers as JSON (docs/cli.md).")),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let result = try context.projects(arguments).run(arguments.argument("name") ?? "", reference: arguments.flag("reference"),
                                                         out: arguments.option("out"), currentDirectory: context.currentDirectory)
        if arguments.flag("json") {
            try context.console.json(result)
        } else {
            context.console.lines(ProjectText.ran(result))
        }
        return .success
    }
}
