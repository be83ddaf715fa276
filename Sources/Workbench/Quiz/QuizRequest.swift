import Foundation

/// `learn quiz [MODULE]`: finds the module, loads its quiz, runs a sitting (`QuizSession`),
/// records the answers in the progress file and reports them (`QuizReport`). The command line
/// only parses and prints.
public struct QuizRequest {
    /// What the learner named: a module id, a module number, an exercise id (its module), or
    /// `nil` for the current exercise's module.
    public var module: String?

    public init(module: String?) {
        self.module = module
    }

    /// The module asked for. Without a name: the current exercise's module; when every exercise
    /// has passed, the first module whose quiz is not complete, else the last module.
    public func resolve(in course: Course, state: ProgressState) throws -> CourseModule {
        let catalog = course.catalog
        if let name = module {
            if let number = Int(name), let found = catalog.modules.first(where: { $0.number == number }) { return found }
            return try catalog.moduleOrExercise(id: name).0
        }
        if let current = course.currentExercise(in: state), let found = catalog.module(of: current) { return found }
        return catalog.modules.first { $0.quiz != nil && state.quizzes[$0.id]?.completed == nil }
            ?? catalog.modules[catalog.modules.count - 1]
    }

    /// Runs a sitting of `module`'s quiz and records it; see `QuizSession` for `interactive`,
    /// `readLine`, `show` and `prompt`.
    public func run(_ module: CourseModule, in course: Course, interactive: Bool, width: Int, at time: Date = Date(),
                    readLine: @escaping () -> String?, show: @escaping ([StyledText]) -> Void,
                    prompt: @escaping (StyledText) -> Void) throws -> QuizReport {
        let quiz = try QuizLoader.load(module, from: course.workspace)
        var session = QuizSession(quiz: quiz, interactive: interactive, width: width, readLine: readLine, show: show, prompt: prompt)
        let responses = try session.run()
        let records = Dictionary(responses.map { response in
            let points = quiz.questions.first { $0.id == response.id }?.rubric?.count
            return (response.id, QuizAnswerRecord(correct: response.correct, selfScore: response.selfScore,
                                                  rubricPoints: response.correct == nil ? points : nil, answered: time))
        }, uniquingKeysWith: { _, last in last })
        var state = try course.progress.load()
        if !records.isEmpty {
            state = try course.progress.recordQuiz(module.id, answers: records, questionCount: quiz.questions.count, at: time)
        }
        return QuizReport(quiz: quiz, responses: responses, complete: state.quizzes[module.id]?.completed != nil)
    }
}
