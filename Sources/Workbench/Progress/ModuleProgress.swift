import Foundation

/// How far a learner is in one module: exercises passed and the quiz's state. `learn` shows one
/// row per module, and points to a finished module's quiz and to the next module.
public struct ModuleProgress: Sendable, Equatable {
    public var module: CourseModule
    /// Exercises of the module that have passed, and how many it has.
    public var passed: Int
    public var total: Int
    /// The module's quiz as far as the learner took it; `nil` when the module has no quiz.
    public var quiz: QuizStanding?

    /// The share of the module's exercises passed, in whole percent (rounded down, so 100% means all).
    public var percent: Int { total == 0 ? 100 : passed * 100 / total }
    /// Every exercise passed.
    public var exercisesDone: Bool { passed == total }

    /// One entry per module of `catalog`, in course order; quiz files are read for their question
    /// count (a quiz that cannot be read counts its saved answers only).
    public static func all(catalog: Catalog, state: ProgressState, workspace: Workspace) -> [ModuleProgress] {
        catalog.modules.map { module in
            let quiz = module.quiz.map { _ in
                QuizStanding(progress: state.quizzes[module.id] ?? QuizProgress(),
                             questions: (try? QuizLoader.load(module, from: workspace))?.questions.count)
            }
            return ModuleProgress(module: module, passed: module.exercises.filter { state.isPassed($0.id) }.count,
                                  total: module.exercises.count, quiz: quiz)
        }
    }

    /// The first module whose exercises have all passed but whose quiz is not complete: the one
    /// whose quiz `learn` suggests next.
    public static func quizDue(in modules: [ModuleProgress]) -> ModuleProgress? {
        modules.first { $0.exercisesDone && $0.quiz.map { !$0.complete } == true }
    }
}

/// A module's quiz, as far as the learner took it.
public struct QuizStanding: Sendable, Equatable {
    /// Saved answers: graded ones right, graded ones in all, and all answered.
    public var right: Int
    public var graded: Int
    public var answered: Int
    /// The quiz's number of questions, when its file could be read.
    public var questions: Int?
    /// Every question has an answer.
    public var complete: Bool

    init(progress: QuizProgress, questions: Int?) {
        right = progress.right
        graded = progress.graded
        answered = progress.answers.count
        self.questions = questions
        complete = progress.completed != nil
    }
}
