import Workbench

extension CommandContext {
    /// The workspace named by `--workspace`, else `$FAIRWORK_WORKSPACE`, else found from the
    /// current folder.
    func workspace(_ arguments: ParsedArguments) throws -> Workspace {
        try Workspace.locate(explicit: arguments.option(OptionDescription.workspace.name),
                             environment: environment, currentDirectory: currentDirectory)
    }

    /// Opens the course of the workspace with one check engine for the whole command (see
    /// `Course.open`); warnings go to stderr. `isolated` checks through the grading path.
    func openCourse(_ arguments: ParsedArguments, isolated: Bool = false) throws -> Course {
        let workspace = try workspace(arguments)
        let console = console
        let checker: any ExerciseChecker = isolated ? IsolatedChecker(workspace: workspace) : EngineChecker(workspace: workspace)
        return try Course.open(workspace, checker: checker) { console.warning($0) }
    }

    /// The course, and the exercise named by the `id` argument or else the current one (`nil`
    /// when no id was given and every exercise has passed).
    func openCourseAndExercise(_ arguments: ParsedArguments, isolated: Bool = false) throws -> (Course, Exercise?) {
        let course = try openCourse(arguments, isolated: isolated)
        return (course, try course.exercise(arguments.argument("id"), in: try course.progress.load()))
    }
}
