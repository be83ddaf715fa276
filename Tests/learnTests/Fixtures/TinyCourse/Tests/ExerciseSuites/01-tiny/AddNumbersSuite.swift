import XCTest
@testable import LearnerCode

final class AddNumbersSuite: XCTest::XCTestCase {
    func testAddsTwoPositives() {
        XCTest::XCTAssertEqual(add(2, 3), 5, "2 + 3")
    }

    func testAddsANegative() {
        XCTest::XCTAssertEqual(add(2, -7), -5, "2 + (-7)")
    }
}
