import Foundation

/// A learner's results in one module's quiz, kept in the progress file: the latest answer to each
/// question (`learn quiz` asks them all again; a later answer replaces an earlier one).
public struct QuizProgress: Codable, Sendable, Equatable {
    /// The latest result of each answered question, by question id.
    public var answers: [String: QuizAnswerRecord]
    /// When every question of the quiz had been answered for the first time; `nil` before.
    public var completed: Date?

    public init(answers: [String: QuizAnswerRecord] = [:], completed: Date? = nil) {
        self.answers = answers
        self.completed = completed
    }

    /// Graded questions answered right.
    public var right: Int { answers.values.filter { $0.correct == true }.count }
    /// Graded questions answered at all.
    public var graded: Int { answers.values.filter { $0.correct != nil }.count }
}

/// The result of one answered question.
public struct QuizAnswerRecord: Codable, Sendable, Equatable {
    /// Graded questions: whether the answer was right. `nil` for free text.
    public var correct: Bool?
    /// Free text: how many rubric points the learner said their answer made, of `rubricPoints`.
    public var selfScore: Int?
    public var rubricPoints: Int?
    /// When it was answered.
    public var answered: Date

    public init(correct: Bool?, selfScore: Int? = nil, rubricPoints: Int? = nil, answered: Date) {
        self.correct = correct
        self.selfScore = selfScore
        self.rubricPoints = rubricPoints
        self.answered = answered
    }

    enum CodingKeys: String, CodingKey {
        case correct, answered
        case selfScore = "self_score"
        case rubricPoints = "rubric_points"
    }
}
