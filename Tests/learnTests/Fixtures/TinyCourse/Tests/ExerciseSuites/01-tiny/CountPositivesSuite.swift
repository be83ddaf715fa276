import XCTest
@testable import LearnerCode

final class CountPositivesSuite: XCTest::XCTestCase {
    func testCountsOnlyNumbersAboveZero() {
        // 1 and 3 are positive; -2 is negative and 0 is neither.
        XCTest::XCTAssertEqual(countPositives([1, -2, 0, 3]), 2, "positives in [1, -2, 0, 3]")
    }

    func testEmptyInputHasNone() {
        XCTest::XCTAssertEqual(countPositives([]), 0, "positives in []")
    }

    func testAllPositive() {
        XCTest::XCTAssertEqual(countPositives([4, 5, 6]), 3, "positives in [4, 5, 6]")
    }
}
