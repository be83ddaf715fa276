import XCTest
@testable import FairKit

final class CompensatedSumTests: XCTestCase {
    /// 1 + 1e-16 + 1e-16: each 1e-16 is below half an ulp of 1 (1.1e-16), so a plain sum stays 1;
    /// the compensation keeps both and the result is 1 + 2e-16 rounded, the next double after 1.
    func testKeepsTermsBelowHalfAnUlpByHand() {
        var sum = CompensatedSum()
        var plain = 0.0
        for term in [1.0, 1e-16, 1e-16] {
            sum.add(term)
            plain += term
        }
        XCTAssertEqual(plain, 1)
        XCTAssertEqual(sum.value, 1.0.nextUp)
    }

    /// A term larger than the sum so far (Neumaier's case): 1 + 1e100 + 1 − 1e100 is 2 exactly.
    func testTermLargerThanTheSumSoFar() {
        var sum = CompensatedSum()
        for term in [1.0, 1e100, 1, -1e100] { sum.add(term) }
        XCTAssertEqual(sum.value, 2)
    }
}
