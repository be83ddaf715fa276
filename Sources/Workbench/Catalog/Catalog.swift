import FairKit

/// The course manifest, `lessons/catalog.json`: every module and exercise in course order
/// (docs/authoring.md describes the format). Values of this type have passed validation: ids are
/// unique, paths are workspace-relative, every exercise has at least two hints.
public struct Catalog: Sendable, Equatable {
    /// The newest `format_version` this workbench understands; a newer catalog is refused.
    public static let supportedFormatVersion = 1

    /// The catalog's `format_version` (at most `supportedFormatVersion`).
    public let formatVersion: Int
    /// The course's title, shown by `learn`.
    public let title: String
    /// The modules in course order.
    public let modules: [CourseModule]

    /// A catalog of already validated parts (`CatalogLoader` makes them from JSON).
    public init(formatVersion: Int, title: String, modules: [CourseModule]) {
        self.formatVersion = formatVersion
        self.title = title
        self.modules = modules
    }

    /// Every exercise, in course order.
    public var exercises: [Exercise] { modules.flatMap(\.exercises) }

    /// The exercise with `id`, or at 1-based position `id` in course order (`learn goto 4`, the
    /// numbers `learn list` shows) when no exercise has that id; anything else is a usage error
    /// suggesting the nearest id.
    public func exercise(id: String) throws(CatalogLookupError) -> Exercise {
        if let found = exercises.first(where: { $0.id == id }) { return found }
        if let position = Int(id), exercises.indices.contains(position - 1) { return exercises[position - 1] }
        throw .unknownExercise(id, suggestion: nearestName(to: id, in: exercises.map(\.id)))
    }

    /// The module with `id`, if any.
    public func module(id: String) -> CourseModule? {
        modules.first { $0.id == id }
    }

    /// The module an exercise belongs to.
    public func module(of exercise: Exercise) -> CourseModule? {
        module(id: exercise.moduleID)
    }

    /// A module named by its own id or by the id of one of its exercises (the exercise, if it
    /// was one, comes along); an unknown id suggests the nearest of both kinds.
    public func moduleOrExercise(id: String) throws(CatalogLookupError) -> (CourseModule, Exercise?) {
        if let module = module(id: id) { return (module, nil) }
        if let exercise = exercises.first(where: { $0.id == id }), let module = module(of: exercise) {
            return (module, exercise)
        }
        let names = modules.map(\.id) + exercises.map(\.id)
        throw .unknownModuleOrExercise(id, suggestion: nearestName(to: id, in: names))
    }

    /// The first exercise after `exercise` in course order that `isPending`, wrapping around to
    /// the start; `nil` when none is pending.
    public func nextPending(after exercise: Exercise?, isPending: (Exercise) -> Bool) -> Exercise? {
        let all = exercises
        let start = exercise.flatMap { current in all.firstIndex { $0.id == current.id } }.map { $0 + 1 } ?? 0
        let ordered = all[start...] + all[..<start]
        return ordered.first(where: isPending)
    }
}

/// One module: a lesson and its exercises.
public struct CourseModule: Sendable, Equatable {
    /// What `learn lesson ID` takes; unique among modules and exercises.
    public let id: String
    /// The module's place in the course, from 1.
    public let number: Int
    public let title: String
    /// The lesson's Markdown file, relative to the workspace root.
    public let lesson: String
    /// The module's exercises in course order.
    public let exercises: [Exercise]
    /// The module's quiz file (docs/authoring.md, "Quizzes"), relative to the workspace root;
    /// `nil` when the module has none.
    public let quiz: String?

    /// A module of already validated parts.
    public init(id: String, number: Int, title: String, lesson: String, exercises: [Exercise], quiz: String? = nil) {
        self.id = id
        self.number = number
        self.title = title
        self.lesson = lesson
        self.exercises = exercises
        self.quiz = quiz
    }
}

/// One exercise: the learner's file, its hidden suite, where the lesson teaches it, its hints.
public struct Exercise: Sendable, Equatable {
    /// What learners type (`learn check seeded-split`); unique in the course.
    public let id: String
    /// The id of the module holding the exercise.
    public let moduleID: String
    public let title: String
    /// The learner's file, relative to the workspace root (`exercises/...`).
    public let path: String
    /// The hidden XCTest suite, relative to the workspace root.
    public let suite: String
    /// The slug of the lesson heading that teaches this exercise.
    public let lessonSection: String
    /// What the exercise is worth, shown after a pass and used when grading; `nil` when the
    /// catalog gives no points (optional: a self-study course may leave them out).
    public let points: Int?
    /// From gentle to direct; at least two.
    public let hints: [String]

    /// An exercise of already validated parts.
    public init(id: String, moduleID: String, title: String, path: String, suite: String,
                lessonSection: String, points: Int?, hints: [String]) {
        self.id = id
        self.moduleID = moduleID
        self.title = title
        self.path = path
        self.suite = suite
        self.lessonSection = lessonSection
        self.points = points
        self.hints = hints
    }

    /// Where the solution lives: the exercise path with its leading `exercises/` replaced by
    /// `solutions/` (solutions mirror exercises).
    public var solutionPath: String {
        Catalog.solutionsFolder + "/" + path.dropFirst(Catalog.exercisesFolder.count + 1)
    }
}

extension Catalog {
    /// The folder holding every exercise path.
    public static let exercisesFolder = "exercises"
    /// The folder mirroring `exercises` with solutions.
    public static let solutionsFolder = "solutions"
}

/// An id on the command line that the catalog does not know.
public enum CatalogLookupError: WorkbenchFailure, Equatable {
    case unknownExercise(String, suggestion: String?)
    case unknownModuleOrExercise(String, suggestion: String?)

    public var kind: FailureKind { .usage }

    public var description: String {
        switch self {
        case let .unknownExercise(id, suggestion):
            return "no exercise has the id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" }
                ?? "; run `learn list` to see every exercise")
        case let .unknownModuleOrExercise(id, suggestion):
            return "no module or exercise has the id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" }
                ?? "; run `learn list` to see every exercise")
        }
    }
}
