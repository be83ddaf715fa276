import XCTest
@testable import Workbench

/// Reading and grading answers of each kind, and the arithmetic numeric answers may use.
final class QuizAnswerTests: XCTestCase {
    private func question(_ kind: QuizKind, id: String = "q", choices: [String]? = nil, answer: QuizValue? = nil,
                          answers: [String]? = nil, tolerance: Double? = nil, items: [String]? = nil) -> QuizQuestion {
        QuizQuestion(id: id, kind: kind, prompt: "?", explanation: "because", choices: choices, answer: answer,
                     answers: answers, tolerance: tolerance, recompute: nil, items: items, modelAnswer: nil, rubric: nil)
    }

    func testArithmetic() {
        XCTAssertEqual(QuizArithmetic.evaluate("2 * 4 / (2 * 4 + 1 + 2)")!, 8.0 / 11.0, accuracy: 1e-15)   // 8 / 11
        XCTAssertEqual(QuizArithmetic.evaluate("1 - 2 - 3"), -4)   // left to right: (1 - 2) - 3
        XCTAssertEqual(QuizArithmetic.evaluate("-(3 + 1) * 2"), -8)
        XCTAssertEqual(QuizArithmetic.evaluate("0.5"), 0.5)
        XCTAssertNil(QuizArithmetic.evaluate("1 / 0"))
        XCTAssertNil(QuizArithmetic.evaluate("2 +"))
        XCTAssertNil(QuizArithmetic.evaluate("(1"))
        XCTAssertNil(QuizArithmetic.evaluate("ceil(1.4)"))
    }

    func testChoices() throws {
        let single = question(.singleChoice, choices: ["x", "y", "z"], answer: .letter("b"))
        XCTAssertTrue(try single.isRight(" B "))
        XCTAssertFalse(try single.isRight("a"))
        XCTAssertThrowsError(try single.isRight("d"))
        XCTAssertThrowsError(try single.isRight("a b"))
        let multiple = question(.multipleChoice, choices: ["w", "x", "y", "z"], answers: ["a", "c"])
        XCTAssertTrue(try multiple.isRight("c,a"))
        XCTAssertTrue(try multiple.isRight("ac"))
        XCTAssertFalse(try multiple.isRight("a"))
        XCTAssertFalse(try multiple.isRight("a c d"))
        XCTAssertEqual(multiple.expected, "a c")
    }

    func testNumbersWithinTheTolerance() throws {
        let numeric = question(.numeric, answer: .number(0.727), tolerance: 0.001)
        XCTAssertTrue(try numeric.isRight("8/11"))     // 0.72727..., 0.00027 away
        XCTAssertTrue(try numeric.isRight("0.728"))    // 0.001 away: the bound is inclusive
        XCTAssertFalse(try numeric.isRight("0.73"))    // 0.003 away
        XCTAssertThrowsError(try numeric.isRight("about 0.7"))
    }

    func testOrderingIsShownShuffledTheSameWayEveryTime() throws {
        let ordering = question(.ordering, id: "steps", items: ["one", "two", "three", "four"])
        let shown = ordering.shown
        XCTAssertEqual(Set(shown), ["one", "two", "three", "four"])
        XCTAssertNotEqual(shown, ["one", "two", "three", "four"], "never shown in the right order")
        XCTAssertEqual(ordering.shown, shown, "the shuffle depends only on the id")
        // The expected letters name the shown items in the right order.
        let letters = ordering.expected.split(separator: " ").map(String.init)
        XCTAssertEqual(letters.map { shown[Quiz.index(ofLetter: $0, count: 4)!] }, ["one", "two", "three", "four"])
        XCTAssertTrue(try ordering.isRight(ordering.expected.replacingOccurrences(of: " ", with: "")))
        XCTAssertThrowsError(try ordering.isRight("a b c"))
        XCTAssertThrowsError(try ordering.isRight("a a b c"))
    }

    func testTwoItemsAreNeverShownInTheirOrder() {
        // Two items have two orders; the shuffle may give the right one, which is then rotated.
        for id in ["a", "b", "c", "d", "e", "f"] {
            XCTAssertEqual(question(.ordering, id: id, items: ["first", "second"]).shown, ["second", "first"])
        }
    }
}
