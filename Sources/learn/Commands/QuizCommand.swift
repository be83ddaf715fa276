import Workbench

/// `learn quiz [<module>] [--json]`: a module's quiz (see `QuizRequest`).
enum QuizCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "quiz",
        abstract: "Take a module's quiz: choices, numbers, orderings and interview questions.",
        discussion: """
            Asks the quiz's questions one at a time and explains each answer once you have given it. \
            Interview questions take an answer in your own words, then show a model answer and a rubric \
            and ask how many of its points yours made. Press Enter to skip a question. Your latest \
            answers are kept in your progress; learn shows each module's quiz score. When standard \
            input is not a terminal, answers are read one a line (a malformed one is an error naming \
            the line); --json prints the results instead of the questions.
            """,
        parameters: [
            .argument(ArgumentDescription(name: "module", help: "A module id or number, or an exercise id (its module).",
                                          defaultText: "the current exercise's module")),
            .flag(.json("Read the answers from standard input and print the results as JSON (docs/cli.md).")),
            .option(.workspace),
        ])

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let request = QuizRequest(module: arguments.argument("module"))
        let module = try request.resolve(in: course, state: try course.progress.load())
        let json = arguments.flag("json")
        let console = context.console
        let report = try request.run(module, in: course, interactive: console.inputIsTerminal && !json,
                                     width: console.output.width, readLine: { readLine(strippingNewline: true) },
                                     show: { lines in if !json { console.lines(lines) } },
                                     prompt: { console.writeOutput(console.output.style.render($0)) })
        if json {
            try console.json(report)
        } else {
            console.lines(QuizText.closing(report, module: module, catalog: course.catalog))
        }
        return .success
    }
}
