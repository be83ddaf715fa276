import Foundation
import Workbench

/// `learn lesson [<id>]`: a module's lesson, or the section of it that teaches an exercise,
/// rendered for the terminal (plain when not a terminal or NO_COLOR is set).
enum LessonCommand: LearnCommand {
    static let definition = CommandDescription(
        name: "lesson",
        abstract: "Read a lesson, or the section of it that teaches an exercise.",
        discussion: "Give a module id for its whole lesson, or an exercise id for the section that teaches it.",
        parameters: [
            .argument(ArgumentDescription(name: "id", help: "A module id or an exercise id.",
                                          defaultText: "the current exercise")),
            .option(.workspace),
        ])

    /// Lines wider than this are hard to read, however wide the terminal.
    static let maximumWidth = 100

    static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitCode {
        let course = try context.openCourse(arguments)
        let module: CourseModule
        let exercise: Exercise?
        if let id = arguments.argument("id") {
            (module, exercise) = try course.catalog.moduleOrExercise(id: id)
        } else if let current = course.currentExercise(in: try course.progress.load()),
                  let currentModule = course.catalog.module(of: current) {
            (module, exercise) = (currentModule, current)
        } else {
            (module, exercise) = (course.catalog.modules[0], nil)
        }

        guard let data = FileManager.default.contents(atPath: course.workspace.url(module.lesson).path) else {
            throw MissingLesson(path: module.lesson, module: module.id)
        }
        var document = MarkdownDocument(String(decoding: data, as: UTF8.self), name: module.lesson)
        if let exercise {
            do {
                document = try document.section(slug: exercise.lessonSection)
            } catch {
                context.console.warning("\(error); showing the whole lesson")
            }
        }
        let output = context.console.output
        let renderer = MarkdownRenderer(style: output.style, width: min(output.width, maximumWidth))
        context.console.line(renderer.render(document))
        if exercise != nil {
            context.console.line()
            context.console.line(.joining("The whole lesson: ", .command("learn lesson \(module.id)")))
        }
        return .success
    }
}

/// A module's lesson file is not where the catalog says.
struct MissingLesson: WorkbenchFailure {
    var path: String
    var module: String

    var kind: FailureKind { .badInput }

    var description: String {
        "\(path) is missing (the lesson of module '\(module)'); the course checkout is incomplete (git status shows what changed)"
    }
}
