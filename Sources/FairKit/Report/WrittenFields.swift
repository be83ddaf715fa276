import Foundation

/// A part of a report that only a person can write (a model card's intended use, a datasheet's
/// collection process): the program measures what it can and leaves these as marked prompts
/// ("To be written") until an answers file fills them. It never invents their text.
public struct WrittenField: Sendable, Equatable {
    /// The key in the answers file: `primary_intended_uses`.
    public let key: String
    /// The report section it belongs to: "Intended use".
    public let section: String
    /// Its heading in the report: "Primary intended uses".
    public let title: String
    /// The question the writer answers, shown with "To be written" while it is unanswered.
    public let prompt: String
    /// Whether a complete report needs it (the completeness summary counts these).
    public let isRequired: Bool

    /// A field `key` of `section`, shown as `title`, asking `prompt`.
    public init(_ key: String, section: String, title: String, prompt: String, isRequired: Bool) {
        self.key = key
        self.section = section
        self.title = title
        self.prompt = prompt
        self.isRequired = isRequired
    }

    /// What a report shows in place of an unanswered field.
    public static let toBeWritten = "To be written"
}

/// A person's answers to a report's `WrittenField`s, read from a small JSON or YAML file whose
/// top level maps field keys to text (a paragraph) or a list of text (shown as a list):
///
/// ```json
/// {"primary_intended_uses": "Ranking loan applications for a human reviewer.",
///  "out_of_scope_uses": ["Automatic rejection", "Any use outside Germany"]}
/// ```
///
/// An empty text or list, or a field left out, is unanswered. Unknown keys, and values of another
/// type, are errors naming the file and the field (a misspelt key would otherwise leave its field
/// "To be written" without a word).
public struct WrittenAnswers: Sendable, Equatable {
    /// One answer: a paragraph, or the items of a list.
    public enum Answer: Sendable, Equatable {
        case text(String)
        case list([String])
    }

    /// The answers by field key; only non-empty answers are kept.
    public private(set) var answers: [String: Answer]

    /// Answers by key; empty text and empty lists are dropped (they answer nothing).
    public init(_ answers: [String: Answer] = [:]) {
        self.answers = answers.filter { !Self.isEmpty($0.value) }
    }

    /// The answer to `key`, nil when unanswered.
    public subscript(key: String) -> Answer? { answers[key] }

    /// The keys of `fields` that are answered, in the fields' order.
    public func answered(_ fields: [WrittenField]) -> [String] {
        fields.map(\.key).filter { answers[$0] != nil }
    }

    private static func isEmpty(_ answer: Answer) -> Bool {
        switch answer {
        case .text(let text): return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .list(let items): return items.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }
    }
}

/// A problem with an answers file: the file, the field (or line) and what to write instead.
public struct WrittenAnswersError: Error, Equatable, CustomStringConvertible {
    /// The file as named on the command line.
    public let file: String
    /// The field the problem is in, when there is one.
    public let field: String?
    /// The line (from 1), for YAML files.
    public let line: Int?
    /// What is wrong and how to fix it.
    public let problem: String

    public init(file: String, field: String? = nil, line: Int? = nil, problem: String) {
        self.file = file
        self.field = field
        self.line = line
        self.problem = problem
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let field { place += ": field '\(field)'" }
        return place + ": " + problem
    }
}
