import Workbench

/// `learn hint [<id>]`: reveals the next hint level and shows every hint revealed so far.
enum HintCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "hint",
        abstract: "Reveal the next hint of an exercise.",
        discussion: "Hints go from a gentle nudge to nearly the answer; learn remembers how many you have seen.",
        parameters: [
            .argument(.exerciseID("The exercise.")),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let (course, exercise) = try context.openCourseAndExercise(arguments)
        guard let exercise else {
            context.console.line(allPassed)
            return .success
        }
        let (level, revealed) = try course.progress.revealNextHint(exercise.id, available: exercise.hints.count)
        context.console.lines(HintText.render(exercise, level: level, justRevealed: revealed))
        return .success
    }

    static let allPassed = "Every exercise has passed: there is nothing left to hint at. Name one: learn hint ID"
}
