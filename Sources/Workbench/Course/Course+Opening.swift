import Foundation

extension Course {
    /// Opens `workspace`'s course the way every command, `learn watch`, grading and projects do:
    /// loads the catalog; an unreadable progress file is reported through `warn` and rebuilt by
    /// re-checking every exercise with `checker`; and each exercise file seen for the first time
    /// has a pristine copy saved for `learn reset` (failing to save one is a warning, not an error:
    /// the course still opens).
    public static func open(_ workspace: Workspace, checker: any ExerciseChecker,
                            warn: @escaping @Sendable (String) -> Void) throws -> Course {
        let course = try Course(workspace: workspace, checker: checker) { catalog in
            .recheck(workspace: workspace, catalog: catalog, checker: checker) { report in warn("\(report)") }
        }
        do {
            try course.stubs.capturePristineCopies(of: course.catalog.exercises)
        } catch {
            warn("\(error); `learn reset` may not find the original stubs")
        }
        return course
    }
}
