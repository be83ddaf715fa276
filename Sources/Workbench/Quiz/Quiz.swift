import Foundation

/// A module's quiz, as its JSON file spells it (docs/authoring.md, "Quizzes"): questions of five
/// kinds, each with the right answer and an explanation shown once the learner has answered.
public struct Quiz: Decodable, Sendable, Equatable {
    /// The newest `format_version` this workbench understands; a newer quiz is refused.
    public static let supportedFormatVersion = 1

    public var formatVersion: Int
    /// The id of the module the quiz belongs to (must match the catalog).
    public var module: String
    public var title: String
    public var questions: [QuizQuestion]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case module, title, questions
    }
}

/// The kinds of question a quiz can ask.
public enum QuizKind: String, Codable, Sendable, CaseIterable {
    /// One right choice of several: answered with its letter.
    case singleChoice = "single_choice"
    /// Every right choice of several (one or more): answered with their letters.
    case multipleChoice = "multiple_choice"
    /// A number, right within `tolerance`.
    case numeric
    /// Items to put in order: answered with the shown letters in the right order.
    case ordering
    /// An interview question answered in the learner's words, then compared with a model answer
    /// and scored by the learner against a rubric.
    case freeText = "free_text"

    /// Whether the workbench can mark an answer right or wrong (free text is self-assessed).
    public var isGraded: Bool { self != .freeText }
}

/// One question. Which fields it needs depends on `kind`; `QuizValidator` checks them.
public struct QuizQuestion: Decodable, Sendable, Equatable {
    /// Unique within the quiz; progress is kept by it.
    public var id: String
    public var kind: QuizKind
    public var prompt: String
    /// Shown after the learner answers: why the right answer is right.
    public var explanation: String
    /// single_choice and multiple_choice: the choices, lettered a, b, c, ... in this order.
    public var choices: [String]?
    /// single_choice: the right letter. numeric: the value (a number).
    public var answer: QuizValue?
    /// multiple_choice: the right letters.
    public var answers: [String]?
    /// numeric: how far from `answer` a right answer may be.
    public var tolerance: Double?
    /// numeric: how verify recomputes `answer` (an arithmetic expression, or a metric of data).
    public var recompute: QuizRecompute?
    /// ordering: the items in their right order (shown shuffled).
    public var items: [String]?
    /// free_text: a good answer, shown after the learner's own.
    public var modelAnswer: String?
    /// free_text: the points a good answer makes; the learner counts how many theirs made.
    public var rubric: [String]?

    enum CodingKeys: String, CodingKey {
        case id, kind, prompt, explanation, choices, answer, answers, tolerance, recompute, items, rubric
        case modelAnswer = "model_answer"
    }
}

/// `answer` is a letter for single_choice and a number for numeric.
public enum QuizValue: Decodable, Sendable, Equatable {
    case letter(String)
    case number(Double)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .letter(try container.decode(String.self))
        }
    }
}

/// How verify recomputes a numeric answer: `expression` (the arithmetic the explanation does), or
/// `metric` of `labels` and `predictions` (0/1 lists, optionally only the `rows` listed) computed
/// by FairKit's `ConfusionCounts`.
public struct QuizRecompute: Decodable, Sendable, Equatable {
    public var expression: String?
    public var metric: String?
    public var labels: [Int]?
    public var predictions: [Int]?
    public var rows: [Int]?
}

extension Quiz {
    /// The letter of choice `index` (0 -> "a").
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(97 + index % 26)))
    }

    /// The index of `letter` ("b" -> 1) among `count` choices, if it is one.
    public static func index(ofLetter letter: String, count: Int) -> Int? {
        guard letter.count == 1, let scalar = letter.lowercased().unicodeScalars.first,
              ("a"..."z").contains(Character(scalar)) else { return nil }
        let index = Int(scalar.value) - 97
        return index < count ? index : nil
    }
}
