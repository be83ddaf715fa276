import Workbench

/// `learn submit [--learner NAME] [--out FILE]`: the learner's work packed for grading.
enum SubmitCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "submit",
        abstract: "Pack your exercise files and progress into one archive to hand in.",
        discussion: """
            Writes a tar archive holding manifest.json (every file with its SHA-256), your exercise \
            files and your progress. Hand it to your instructor, who grades it with learn grade. \
            The archive is written atomically; any tar can list it.
            """,
        parameters: [
            .option(OptionDescription(name: "learner", short: nil, valueName: "name",
                                      help: "Who is submitting (letters, digits, '-' and '_').",
                                      defaultText: "$USER")),
            .option(OptionDescription(name: "out", short: "o", valueName: "file", help: "Where to write the archive.",
                                      defaultText: "submission-<learner>-<UTC time>.tar in the course folder")),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let learner = arguments.option("learner") ?? context.environment["USER"] ?? context.environment["LOGNAME"] ?? "learner"
        let saved = try Submission.save(course, learner: learner, out: arguments.option("out"),
                                        currentDirectory: context.currentDirectory)
        context.console.line("Wrote \(saved.path): \(saved.files) files with their SHA-256 in manifest.json.")
        return .success
    }
}
