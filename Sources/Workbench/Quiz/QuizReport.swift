/// What a sitting of a quiz gave: the JSON of `learn quiz --json` (docs/cli.md), a documented
/// contract: never rename or remove a field. The right answer and the explanation of a question
/// are only in it once the question was answered.
public struct QuizReport: Codable, Sendable, Equatable {
    /// The module's id, and the quiz's title.
    public var module: String
    public var title: String
    /// Every question in quiz order, with this sitting's answer if one was given.
    public var questions: [Question]
    /// Questions answered in this sitting.
    public var answered: Int
    /// Graded questions answered in this sitting, and how many of them right.
    public var graded: Int
    public var right: Int
    /// Free-text questions: rubric points the learner counted, and the points of those answered.
    public var selfScore: Int
    public var selfScoreMax: Int
    /// Whether every question of the quiz has now been answered (in this sitting or earlier).
    public var complete: Bool

    public struct Question: Codable, Sendable, Equatable {
        public var id: String
        public var kind: QuizKind
        public var prompt: String
        /// The lettered choices or items as shown (a, b, c, ...); empty for numeric and free text.
        public var choices: [String]
        /// What the learner typed; absent when not answered.
        public var given: String?
        /// Graded questions: whether `given` is right. Absent when not answered or free text.
        public var correct: Bool?
        /// The right answer as one would type it (the model answer for free text); only when answered.
        public var expected: String?
        public var explanation: String?
        /// Free text, when answered: the rubric and the points the learner counted.
        public var rubric: [String]?
        public var selfScore: Int?

        enum CodingKeys: String, CodingKey {
            case id, kind, prompt, choices, given, correct, expected, explanation, rubric
            case selfScore = "self_score"
        }
    }

    enum CodingKeys: String, CodingKey {
        case module, title, questions, answered, graded, right, complete
        case selfScore = "self_score"
        case selfScoreMax = "self_score_max"
    }

    /// The report of `responses` to `quiz`; `complete` from the progress after recording them.
    public init(quiz: Quiz, responses: [QuizResponse], complete: Bool) {
        module = quiz.module
        title = quiz.title
        let byID = Dictionary(responses.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        questions = quiz.questions.map { question in
            let response = byID[question.id]
            return Question(id: question.id, kind: question.kind, prompt: question.prompt, choices: question.shown,
                            given: response?.given, correct: response?.correct,
                            expected: response.map { _ in question.expected },
                            explanation: response.map { _ in question.explanation },
                            rubric: response != nil && question.kind == .freeText ? question.rubric : nil,
                            selfScore: response?.selfScore)
        }
        answered = responses.count
        graded = responses.filter { $0.correct != nil }.count
        right = responses.filter { $0.correct == true }.count
        let scored = questions.filter { $0.selfScore != nil }
        selfScore = scored.compactMap(\.selfScore).reduce(0, +)
        selfScoreMax = scored.compactMap { $0.rubric?.count }.reduce(0, +)
        self.complete = complete
    }
}
