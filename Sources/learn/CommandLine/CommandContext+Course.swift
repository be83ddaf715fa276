import Workbench

extension CommandContext {
    /// The workspace named by `--workspace`, else `$FAIRWORK_WORKSPACE`, else found from the
    /// current folder.
    func workspace(_ arguments: ParsedArguments) throws -> Workspace {
        try Workspace.locate(explicit: arguments.option(OptionDescription.workspace.name),
                             environment: environment, currentDirectory: currentDirectory)
    }

    /// Opens the course of the workspace with one check engine for the whole command (see
    /// `Course.open`); warnings go to stderr.
    func openCourse(_ arguments: ParsedArguments) throws -> Course {
        let workspace = try workspace(arguments)
        let console = console
        return try Course.open(workspace, checker: EngineChecker(workspace: workspace)) { console.warning($0) }
    }

    /// The course, and the exercise named by the `id` argument or else the current one (`nil`
    /// when no id was given and every exercise has passed).
    func openCourseAndExercise(_ arguments: ParsedArguments) throws -> (Course, Exercise?) {
        let course = try openCourse(arguments)
        return (course, try course.exercise(arguments.argument("id"), in: try course.progress.load()))
    }
}
