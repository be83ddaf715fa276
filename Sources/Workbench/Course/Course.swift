import Foundation

/// An opened course: the workspace, its validated catalog and the learner's progress store.
public struct Course: Sendable {
    /// The course folder.
    public let workspace: Workspace
    /// Its validated catalog.
    public let catalog: Catalog
    /// The learner's progress; change it only through its verbs.
    public let progress: ProgressStore
    /// What checks this course's exercises (one engine for the whole process).
    public let checker: any ExerciseChecker
    /// The SHA-256 of the shipped stubs and suites, when the course records them.
    public let digests: CourseDigests?

    /// Loads the catalog and opens the progress store. `recovery` builds what the store does with
    /// an unreadable state file, given the catalog (normally: report it, then re-check everything;
    /// `Course.open` does that).
    public init(workspace: Workspace, checker: any ExerciseChecker, recovery: (Catalog) -> ProgressRecovery) throws {
        self.workspace = workspace
        self.checker = checker
        catalog = try CatalogLoader.load(from: workspace)
        digests = try CourseDigests.load(from: workspace)
        progress = ProgressStore(directory: workspace.stateDirectory, recovery: recovery(catalog))
    }

    /// The exercise commands act on when given no id: the stored current one if the catalog still
    /// has it, else the first pending one; `nil` when every exercise has passed.
    public func currentExercise(in state: ProgressState) -> Exercise? {
        if let id = state.current, let exercise = catalog.exercises.first(where: { $0.id == id }) {
            return exercise
        }
        return catalog.nextPending(after: nil) { !state.isPassed($0.id) }
    }

    /// The exercise named `id`, or the current one when `id` is `nil`.
    public func exercise(_ id: String?, in state: ProgressState) throws -> Exercise? {
        guard let id else { return currentExercise(in: state) }
        return try catalog.exercise(id: id)
    }

    /// The archive of this course's shipped stubs.
    public var stubs: StubArchive { StubArchive(workspace: workspace, digests: digests) }

    /// The learner's file of `exercise`; throws `MissingExerciseFile` when it is not there.
    public func learnerFile(of exercise: Exercise) throws(MissingExerciseFile) -> URL {
        let url = workspace.url(exercise.path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw MissingExerciseFile(exerciseID: exercise.id, path: exercise.path)
        }
        return url
    }
}
