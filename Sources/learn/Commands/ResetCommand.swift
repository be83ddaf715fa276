import Workbench

/// `learn reset <id>`: the original stub back in place, the learner's copy kept as a backup.
enum ResetCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "reset",
        abstract: "Restore an exercise's original stub and mark it pending.",
        discussion: """
            Your current file is first saved to .learn/backups/<id>-<timestamp>.swift. The stub as \
            shipped is the one whose SHA-256 lessons/digests.json records, found in the copy learn \
            saved in .learn/pristine/ the first time it ran or in git's history, so a solution you \
            committed is never taken for the original.
            """,
        parameters: [
            .argument(.exerciseID("The exercise to reset.", required: true)),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let exercise = try course.catalog.exercise(id: arguments.argument("id") ?? "")
        let restore = try course.reset(exercise)
        context.console.line("Restored \(exercise.path) from \(restore.source).")
        if let backup = restore.backup {
            context.console.line("Your previous version is saved as \(backup).")
        }
        context.console.line("\(exercise.id) is pending again.")
        return .success
    }
}
