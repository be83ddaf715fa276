import FairKit
import Foundation

/// An answer that cannot be read as an answer to its question (not a wrong answer: a wrong one is
/// graded). Its message says what the question takes.
public struct QuizAnswerError: Error, Equatable, CustomStringConvertible {
    public var description: String
}

extension QuizQuestion {
    /// What the learner picks from, lettered a, b, c, ...: the choices of a choice question, the
    /// items of an ordering question in their shown (shuffled) order; empty otherwise.
    public var shown: [String] {
        switch kind {
        case .singleChoice, .multipleChoice: return choices ?? []
        case .ordering: return shownOrder.compactMap { items?[$0] }
        case .numeric, .freeText: return []
        }
    }

    /// The shown position of each item of an ordering question: a shuffle seeded by the question's
    /// id (the same on every run and machine), never the right order itself.
    var shownOrder: [Int] {
        let count = items?.count ?? 0
        guard count > 1 else { return Array(0..<count) }
        // FNV-1a of the id: a seed that depends on nothing but the quiz file.
        let seed = id.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        var generator = SeededGenerator(seed: seed)
        var order = Array(0..<count)
        generator.shuffle(&order)
        if order == Array(0..<count) { order.append(order.removeFirst()) }
        return order
    }

    /// How the learner writes an answer to this question.
    public var answerFormat: String {
        let last = Quiz.letter(max(0, shown.count - 1))
        switch kind {
        case .singleChoice: return "one letter, a to \(last)"
        case .multipleChoice: return "every right letter, a to \(last), such as `a c`"
        case .numeric: return "a number such as 0.75 or 3/4"
        case .ordering: return "the letters a to \(last) in the right order, such as `\(shownOrderExample)`"
        case .freeText: return "your answer on one line"
        }
    }

    private var shownOrderExample: String {
        (0..<shown.count).reversed().map(Quiz.letter).joined(separator: " ")
    }

    /// The right answer as the learner would have typed it: `b`, `a c`, `0.8`, `c a d b`; for free
    /// text, the model answer.
    public var expected: String {
        switch kind {
        case .singleChoice:
            if case .letter(let letter)? = answer { return letter.lowercased() }
            return ""
        case .multipleChoice:
            return (answers ?? []).map { $0.lowercased() }.sorted().joined(separator: " ")
        case .numeric:
            if case .number(let value)? = answer { return ReportNumber.setting(value) }
            return ""
        case .ordering:
            let order = shownOrder
            return (0..<order.count).compactMap { item in order.firstIndex(of: item).map(Quiz.letter) }.joined(separator: " ")
        case .freeText:
            return modelAnswer ?? ""
        }
    }

    /// Whether `text` is the right answer. Throws when `text` is not an answer of the right form.
    public func isRight(_ text: String) throws(QuizAnswerError) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .singleChoice:
            let letters = try self.letters(trimmed)
            guard letters.count == 1 else { throw QuizAnswerError(description: "answer with \(answerFormat)") }
            return letters == [expected]
        case .multipleChoice:
            return Set(try self.letters(trimmed)) == Set(expected.split(separator: " ").map(String.init))
        case .numeric:
            guard let value = QuizArithmetic.evaluate(trimmed), case .number(let right)? = answer else {
                throw QuizAnswerError(description: "answer with \(answerFormat)")
            }
            return Self.within(value, right, tolerance: tolerance ?? 0)
        case .ordering:
            let letters = try self.letters(trimmed)
            guard letters.count == shown.count, Set(letters).count == shown.count else {
                throw QuizAnswerError(description: "answer with \(answerFormat), each letter once")
            }
            return letters.joined(separator: " ") == expected
        case .freeText:
            return true
        }
    }

    /// Whether `value` is at most `tolerance` from `target`. The bound is inclusive, with room for
    /// the rounding of decimals (0.728 - 0.727 is 0.0010000000000000009 in binary floating point).
    static func within(_ value: Double, _ target: Double, tolerance: Double) -> Bool {
        abs(value - target) <= tolerance + 1e-9 * max(1, abs(target))
    }

    /// The letters of `text` ("a c", "a,c", "ac"), each checked against the shown choices.
    private func letters(_ text: String) throws(QuizAnswerError) -> [String] {
        let letters = text.lowercased().filter { !$0.isWhitespace && $0 != "," }.map(String.init)
        guard !letters.isEmpty, letters.allSatisfy({ Quiz.index(ofLetter: $0, count: shown.count) != nil }) else {
            throw QuizAnswerError(description: "answer with \(answerFormat)")
        }
        return letters
    }
}
