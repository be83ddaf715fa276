import Workbench

/// `learn similarity SUBMISSIONS [--exercise ID] [--threshold T] [--format text|json|html] [--out FILE]`.
enum SimilarityCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "similarity",
        abstract: "Rank pairs of learners whose exercise files share code (winnowed fingerprints).",
        discussion: """
            SUBMISSIONS is a folder of learner folders (laid out like the course) or learn submit \
            archives. For each exercise, every pair of learners is compared by winnowed token \
            fingerprints (Schleimer, Wilkerson and Aiken 2003): names and literals are normalised, \
            comments, whitespace and the shipped stub's own code ignored. A high score is a reason to \
            look at the two files side by side (--format html), not proof of copying.
            """,
        parameters: [
            .argument(ArgumentDescription(name: "submissions", help: "Folder of learner folders or .tar archives.", isRequired: true)),
            .option(OptionDescription(name: "exercise", short: nil, valueName: "id", help: "Compare only this exercise.",
                                      defaultText: "every exercise")),
            .option(OptionDescription(name: "threshold", short: nil, valueName: "t", help: "Report pairs scoring at least this (0 to 1).",
                                      defaultText: "0.5")),
            .option(OptionDescription(name: "format", short: nil, valueName: "format", help: "text, json or html.", defaultText: "text")),
            .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Write the report to a file instead of printing it.")),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let request = SimilarityRequest(submissions: arguments.argument("submissions") ?? ".", exercise: arguments.option("exercise"),
                                        threshold: arguments.option("threshold"))
        let report = try request.run(course: course, currentDirectory: context.currentDirectory)
        let text = try report.rendered(as: arguments.option("format"))
        if let out = arguments.option("out") {
            let url = try OutputFile.write(text, to: out, currentDirectory: context.currentDirectory)
            context.console.line("Wrote \(url.path): \(report.pairs.count) pairs at or above the threshold.")
        } else {
            context.console.writeOutput(text)
        }
        return .success
    }
}
