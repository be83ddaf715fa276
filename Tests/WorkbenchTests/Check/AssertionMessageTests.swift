import XCTest
@testable import Workbench

/// XCTest's descriptions, written as swift-corelibs-xctest formats them, rewritten with labels.
/// The suites' convention: the learner's value first, the expected value second.
final class AssertionMessageTests: XCTestCase {
    func testEqualityNamesExpectedAndGot() {
        XCTAssertEqual(AssertionMessage.readable(#"XCTAssertEqual failed: ("[]") is not equal to ("[9, 1]") - seed 42"#),
                       "seed 42\nexpected: [9, 1]\ngot:      []")
        XCTAssertEqual(AssertionMessage.readable(#"XCTAssertEqual failed: ("2") is not equal to ("3")"#),
                       "expected: 3\ngot:      2")
    }

    func testAccuracyIsShownWithTheExpectedValue() {
        XCTAssertEqual(AssertionMessage.readable(#"XCTAssertEqual failed: ("0.5") is not equal to ("0.75") +/- ("1e-09") - group A"#),
                       "group A\nexpected: 0.75 (± 1e-09)\ngot:      0.5")
    }

    func testTheLearnerModulePrefixIsDropped() {
        let text = #"XCTAssertEqual failed: ("Optional(LearnerCode.ConfusionMatrix(truePositives: 1))") is not equal to ("#
            + #""Optional(LearnerCode.ConfusionMatrix(truePositives: 2))") - one row"#
        XCTAssertEqual(AssertionMessage.readable(text),
                       "one row\nexpected: Optional(ConfusionMatrix(truePositives: 2))\ngot:      Optional(ConfusionMatrix(truePositives: 1))")
    }

    func testNilTrueAndOtherShapes() {
        XCTAssertEqual(AssertionMessage.readable(#"XCTAssertNil failed: "([0], [1])" - a fraction of 0"#),
                       "a fraction of 0\nexpected: nil\ngot:      ([0], [1])")
        XCTAssertEqual(AssertionMessage.readable("XCTAssertNotNil failed - valid input"),
                       "valid input\nexpected: a value\ngot:      nil")
        XCTAssertEqual(AssertionMessage.readable("XCTAssertTrue failed - sorted"), "sorted\nexpected: true\ngot:      false")
        XCTAssertEqual(AssertionMessage.readable("failed - must contain each index once, got [LearnerCode.Row]"),
                       "must contain each index once, got [Row]")
        XCTAssertEqual(AssertionMessage.readable("XCTAssertGreaterThan failed: (\"1\") is not greater than (\"2\")"),
                       "XCTAssertGreaterThan failed: (\"1\") is not greater than (\"2\")")
    }
}
