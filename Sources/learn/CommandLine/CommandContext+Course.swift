import Workbench

extension CommandContext {
    /// The workspace named by `--workspace`, else `$FAIRWORK_WORKSPACE`, else found from the
    /// current folder.
    func workspace(_ arguments: ParsedArguments) throws -> Workspace {
        try Workspace.locate(explicit: arguments.option(OptionDescription.workspace.name),
                             environment: environment, currentDirectory: currentDirectory)
    }

    /// Opens the course of the workspace: catalog, progress (an unreadable state file is reported
    /// on stderr and rebuilt by re-checking every exercise), and pristine copies of new stubs.
    func openCourse(_ arguments: ParsedArguments) throws -> Course {
        let workspace = try workspace(arguments)
        let checker = EngineChecker(workspace: workspace)
        let console = console
        let course = try Course(workspace: workspace) { catalog in
            .recheck(workspace: workspace, catalog: catalog, checker: checker) { report in
                console.warning("\(report)")
            }
        }
        do {
            try StubArchive(workspace: workspace).capturePristineCopies(of: course.catalog.exercises)
        } catch {
            console.warning("\(error); `learn reset` may not find the original stubs")
        }
        return course
    }

    /// The course, and the exercise named by the `id` argument or else the current one (`nil`
    /// when no id was given and every exercise has passed).
    func openCourseAndExercise(_ arguments: ParsedArguments) throws -> (Course, Exercise?) {
        let course = try openCourse(arguments)
        return (course, try course.exercise(arguments.argument("id"), in: try course.progress.load()))
    }
}
