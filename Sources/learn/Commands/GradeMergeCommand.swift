import Workbench

/// `learn grade merge DIR... --out DIR`: the shards' grades in one folder, outputs rebuilt.
enum GradeMergeCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "merge",
        abstract: "Merge the output folders of `learn grade --shard` runs into one.",
        discussion: """
            Every folder must have been graded with the same lab and checker. The merged gradebook is \
            byte for byte the one a single run over the whole class writes.
            """,
        parameters: [
            .argument(ArgumentDescription(name: "dir", help: "The shards' --out folders (at least one).", isVariadic: true)),
            .option(OptionDescription(name: "out", short: "o", valueName: "dir", help: "The merged output folder.", isRequired: true)),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let out = arguments.option("out") ?? ""
        let summary = try GradeMerge.run(arguments.argumentList("dir"), out: out, currentDirectory: context.currentDirectory)
        summary.lines.forEach { context.console.line($0) }
        context.console.line("Wrote \(out)/gradebook.csv, grades.json, junit.xml, results/ and feedback/.")
        return .success
    }
}
