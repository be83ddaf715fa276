import XCTest
@testable import LearnerCode

final class ClampSuite: XCTest::XCTestCase {
    func testInsideTheRangeIsUnchanged() {
        XCTest::XCTAssertEqual(clamp(0.5, low: 0, high: 1), 0.5, accuracy: 1e-12, "0.5 lies in 0...1")
    }

    func testBelowGivesLow() {
        XCTest::XCTAssertEqual(clamp(-3, low: 0, high: 1), 0, accuracy: 1e-12, "-3 is below 0")
    }

    func testAboveGivesHigh() {
        XCTest::XCTAssertEqual(clamp(7, low: 0, high: 1), 1, accuracy: 1e-12, "7 is above 1")
    }
}
