import FairKit
import Foundation

/// One sitting of a module's quiz (`learn quiz`): asks each question in turn, reads the answer,
/// says whether it was right and shows the explanation; for a free-text question it shows the
/// model answer and the rubric, then asks how many rubric points the learner's answer made.
///
/// Answers come one a line from `readLine`. An empty line skips a question; the end of input ends
/// the sitting (what was answered counts). On a terminal (`interactive`) an answer that is not of
/// the question's form is asked again; from a script it is an error naming the input line.
public struct QuizSession {
    public let quiz: Quiz
    /// Whether a person is typing (re-ask on a malformed answer) or a script (fail).
    public let interactive: Bool
    /// The text width to wrap to.
    public let width: Int
    private let readLine: () -> String?
    private let show: ([StyledText]) -> Void
    private let prompt: (StyledText) -> Void
    private var lineNumber = 0

    /// A sitting of `quiz`; `show` receives lines to print (nothing, for `--json`), `prompt` the
    /// question put to a person at a terminal (printed without a line break, so the answer follows it).
    public init(quiz: Quiz, interactive: Bool, width: Int, readLine: @escaping () -> String?,
                show: @escaping ([StyledText]) -> Void, prompt: @escaping (StyledText) -> Void) {
        self.quiz = quiz
        self.interactive = interactive
        self.width = width
        self.readLine = readLine
        self.show = show
        self.prompt = prompt
    }

    /// Asks every question until the input ends; returns the answers given, in quiz order.
    public mutating func run() throws -> [QuizResponse] {
        var responses: [QuizResponse] = []
        for (index, question) in quiz.questions.enumerated() {
            show([""] + header(question, number: index + 1))
            guard let text = try answer(to: question, asking: "Your answer (\(question.answerFormat); Enter skips): ") else {
                break
            }
            if text.isEmpty {
                show([StyledText("Skipped.", style: .dim)])
                continue
            }
            var response = QuizResponse(id: question.id, given: text, correct: nil, selfScore: nil)
            if question.kind.isGraded {
                let right = (try? question.isRight(text)) ?? false
                response.correct = right
                show(right ? [StyledText("Right.", style: .success)]
                     : [StyledText("Not quite.", style: .failure)] + wrap("The answer: " + expectedText(question), indent: ""))
            } else {
                let rubric = question.rubric ?? []
                show(["", StyledText("A model answer:", style: .heading)] + wrap(question.modelAnswer ?? "", indent: "  ")
                     + [StyledText("Rubric: a good answer", style: .heading)]
                     + rubric.enumerated().flatMap { wrap("\($0.offset + 1). \($0.element)", indent: "  ", hanging: 3) })
                guard let score = try selfScore(points: rubric.count) else { responses.append(response); break }
                response.selfScore = score
            }
            show(wrap(question.explanation, indent: ""))
            responses.append(response)
        }
        return responses
    }

    private func header(_ question: QuizQuestion, number: Int) -> [StyledText] {
        var lines = [StyledText("Question \(number) of \(quiz.questions.count)", style: .heading)]
        lines += wrap(question.prompt, indent: "")
        lines += question.shown.enumerated().flatMap { wrap("\(Quiz.letter($0.offset))) \($0.element)", indent: "  ", hanging: 3) }
        return lines
    }

    /// "b) the choice", "a c", "0.8 (within 0.005)", "c a d b".
    private func expectedText(_ question: QuizQuestion) -> String {
        switch question.kind {
        case .singleChoice:
            guard let index = Quiz.index(ofLetter: question.expected, count: question.shown.count) else { return question.expected }
            return "\(question.expected)) \(question.shown[index])"
        case .numeric:
            return question.expected + (question.tolerance.map { $0 > 0 ? " (within \(ReportNumber.setting($0)))" : "" } ?? "")
        default:
            return question.expected
        }
    }

    /// `text` wrapped to the width after `indent`; with `hanging`, lines after a paragraph's
    /// first are indented by that many more spaces (under the text of "a) ...").
    private func wrap(_ text: String, indent: String, hanging: Int = 0) -> [StyledText] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            let lines = StyledText(String(paragraph)).wrapped(toWidth: max(20, width - indent.count - hanging))
            guard let first = lines.first else { return [StyledText(indent)] }
            return [StyledText(indent) + first] + lines.dropFirst().map { StyledText(indent + String(repeating: " ", count: hanging)) + $0 }
        }
    }

    /// The next answer of the right form (or empty: skipped); `nil` at the end of input.
    private mutating func answer(to question: QuizQuestion, asking prompt: String) throws -> String? {
        while true {
            guard let text = next(prompt) else { return nil }
            if text.isEmpty { return text }
            do {
                _ = try question.isRight(text)
                return text
            } catch {
                try refuse(error.description)
            }
        }
    }

    private mutating func selfScore(points: Int) throws -> Int? {
        while true {
            guard let text = next("How many of these \(points) points did your answer make? (0-\(points)): ") else { return nil }
            if let score = Int(text), (0...points).contains(score) { return score }
            try refuse("answer with a whole number from 0 to \(points)")
        }
    }

    /// The next line of input, after `prompt` on a terminal; from a script the line read is
    /// echoed instead, so the output reads as a transcript.
    private mutating func next(_ question: String) -> String? {
        if interactive { prompt(StyledText(question, style: .bold)) }
        guard let line = readLine() else { return nil }
        lineNumber += 1
        let answer = line.trimmingCharacters(in: .whitespaces)
        if !interactive { show([StyledText("> " + answer, style: .bold)]) }
        return answer
    }

    /// On a terminal: say so and ask again. From a script: stop with the input line at fault.
    private func refuse(_ message: String) throws {
        guard interactive else { throw QuizInputError(line: lineNumber, message: message) }
        show([StyledText(message.prefix(1).uppercased() + message.dropFirst() + ".", style: .warning)])
    }
}

/// One answered question of a sitting.
public struct QuizResponse: Sendable, Equatable {
    public var id: String
    /// What the learner typed.
    public var given: String
    /// Graded questions: whether it was right.
    public var correct: Bool?
    /// Free text: the rubric points the learner counted; `nil` when the input ended before.
    public var selfScore: Int?
}

/// A scripted answer that is not of its question's form.
public struct QuizInputError: WorkbenchFailure, Equatable {
    /// The 1-based line of standard input.
    public var line: Int
    public var message: String
    public var kind: FailureKind { .badInput }
    public var description: String { "standard input, line \(line): \(message)" }
}
