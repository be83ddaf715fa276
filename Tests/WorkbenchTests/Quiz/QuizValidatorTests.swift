import Foundation
import XCTest
@testable import Workbench

/// What verify reports about a quiz, each problem at its JSON path.
final class QuizValidatorTests: XCTestCase {
    private let module = CourseModule(id: "basics", number: 1, title: "Basics", lesson: "lessons/01/lesson.md",
                                      exercises: [], quiz: "lessons/01/quiz.json")

    private func single(_ id: String) -> String {
        #"{"id": "\#(id)", "kind": "single_choice", "prompt": "?", "choices": ["x", "y"], "answer": "a", "explanation": "x is right."}"#
    }

    private func problems(_ questions: [String], module quizModule: String = "basics") throws -> [String] {
        let json = #"{"format_version": 1, "module": "\#(quizModule)", "title": "Q", "questions": [\#(questions.joined(separator: ","))]}"#
        let quiz = try QuizLoader.decode(Data(json.utf8), file: "lessons/01/quiz.json")
        return QuizValidator.problems(of: quiz, module: module, file: "q")
    }

    func testASoundQuizHasNoProblems() throws {
        XCTAssertEqual(try problems((1...8).map { single("q\($0)") }), [])
    }

    func testModuleCountAndIds() throws {
        XCTAssertEqual(try problems((1...7).map { single("q\($0)") } + [single("q1")], module: "other"), [
            "q: module: is 'other', but lessons/catalog.json names this file as the quiz of 'basics'",
            "q: questions[7].id: 'q1' must be a non-empty id used once in the quiz",
        ])
        XCTAssertEqual(try problems((1...7).map { single("q\($0)") }), ["q: questions: a module's quiz asks 8 to 15 questions (found 7)"])
    }

    func testEachKindsFields() throws {
        let questions = (1...3).map { single("q\($0)") } + [
            #"{"id": "n1", "kind": "numeric", "prompt": "?", "answer": 0.5, "explanation": "e"}"#,
            #"{"id": "n2", "kind": "numeric", "prompt": "?", "answer": 0.5, "tolerance": 0, "recompute": {"expression": "1 / 0"}, "explanation": "e"}"#,
            #"{"id": "n3", "kind": "numeric", "prompt": "?", "answer": 0.5, "tolerance": 0, "choices": ["a", "b"], "explanation": "e"}"#,
            #"{"id": "m", "kind": "multiple_choice", "prompt": "?", "choices": ["a", "a"], "answers": ["c"], "explanation": "e"}"#,
            #"{"id": "f", "kind": "free_text", "prompt": "?", "rubric": ["one"], "explanation": "e"}"#,
        ]
        XCTAssertEqual(try problems(questions), [
            "q: questions[3].tolerance: is required: how far from the answer a right answer may be (0 or more)",
            "q: questions[4].recompute: expression '1 / 0' is not arithmetic of numbers, + - * / and parentheses (or divides by zero)",
            "q: questions[5].choices: is not used by a numeric question",
            "q: questions[6].choices: has the same entry twice",
            "q: questions[6].answers[0]: 'c' is not the letter of a choice (a to b)",
            "q: questions[7].model_answer: is required and must not be empty",
            "q: questions[7].rubric: needs at least 2 entries (found 1)",
        ])
    }

    func testAMetricRecomputeIsCountedByFairKit() throws {
        // labels 1 0 1 1, predictions 1 1 0 1: TP = 2 (rows 0, 3), FP = 1 (row 1); precision = 2 / 3.
        let recompute = QuizRecompute(expression: nil, metric: "precision", labels: [1, 0, 1, 1], predictions: [1, 1, 0, 1], rows: nil)
        XCTAssertEqual(try QuizRecomputation.value(of: recompute).get(), 2.0 / 3.0, accuracy: 1e-12)
        // Only rows 2 and 3: TP = 1, nothing else predicted 1; precision = 1 / 1.
        let someRows = QuizRecompute(expression: nil, metric: "precision", labels: [1, 0, 1, 1], predictions: [1, 1, 0, 1], rows: [2, 3])
        XCTAssertEqual(try QuizRecomputation.value(of: someRows).get(), 1, accuracy: 1e-12)
        let undefined = QuizRecompute(expression: nil, metric: "precision", labels: [1, 0], predictions: [0, 0], rows: nil)
        XCTAssertThrowsError(try QuizRecomputation.value(of: undefined).get())
    }

    func testANewerFormatIsRefused() {
        XCTAssertThrowsError(try QuizLoader.decode(Data(#"{"format_version": 2}"#.utf8), file: "q.json")) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("q.json: format_version: version 2 is newer than this learn understands (1)"))
        }
    }
}
