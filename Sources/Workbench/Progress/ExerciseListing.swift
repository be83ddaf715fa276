/// The exercises with their progress: the JSON of `learn list --json`, a documented contract
/// (docs/cli.md): never rename or remove a field.
public struct ExerciseListing: Codable, Sendable, Equatable {
    /// Whether an exercise has passed.
    public enum Status: String, Codable, Sendable {
        case pending, passed
    }

    /// One exercise.
    public struct Entry: Codable, Sendable, Equatable {
        /// 1-based place in course order, whatever the filter: `learn goto 4` takes it.
        public var position: Int
        public var id: String
        /// The module's id.
        public var module: String
        public var title: String
        /// The learner's file, relative to the workspace root.
        public var path: String
        /// The module's lesson file, relative to the workspace root.
        public var lesson: String
        public var status: Status
        /// Whether this is the exercise `learn check` acts on without an id.
        public var current: Bool
    }

    /// Every exercise in course order (after `--pending`/`--done`, those kept).
    public var exercises: [Entry]

    /// Every exercise of `course` in course order, with its status in `state`.
    public init(course: Course, state: ProgressState) {
        let current = course.currentExercise(in: state)?.id
        var position = 0
        exercises = course.catalog.modules.flatMap { module in
            module.exercises.map { exercise in
                position += 1
                return Entry(position: position, id: exercise.id, module: module.id, title: exercise.title, path: exercise.path,
                      lesson: module.lesson, status: state.isPassed(exercise.id) ? .passed : .pending,
                      current: exercise.id == current)
            }
        }
    }
}
