import XCTest
@testable import FairKit

final class NiceTicksTests: XCTestCase {
    func testNiceNumbersFollowHeckbert() {
        // 0.84 = 8.4·10⁻¹, f = 8.4 > 5 → 10·10⁻¹ = 1 (not rounded: the next nice number up).
        XCTAssertEqual(NiceTicks.niceNumber(0.84, round: false), 1, accuracy: 1e-12)
        // 0.25: f = 2.5 < 3 → 2·10⁻¹.
        XCTAssertEqual(NiceTicks.niceNumber(0.25, round: true), 0.2, accuracy: 1e-12)
        // 37: f = 3.7 < 7 → 5·10¹.
        XCTAssertEqual(NiceTicks.niceNumber(37, round: true), 50, accuracy: 1e-12)
        XCTAssertEqual(NiceTicks.niceNumber(37, round: false), 50, accuracy: 1e-12)
        // 1.2: f = 1.2 < 1.5 → 1.
        XCTAssertEqual(NiceTicks.niceNumber(1.2, round: true), 1, accuracy: 1e-12)
    }

    func testTicksCoverTheDataAtRoundNumbers() {
        // 0.03...0.87, 6 ticks: range nice(0.84) = 1, step nice(1/5 = 0.2) = 0.2, 0 to 1 by 0.2.
        let unit = NiceTicks(covering: 0.03, 0.87, count: 6)
        XCTAssertEqual(unit.values, [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(unit.values.map(unit.label), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        // 0...37: range nice(37) = 50, step nice(10) = 10, 0 to 40.
        let counts = NiceTicks(covering: 0, 37, count: 6)
        XCTAssertEqual(counts.values, [0, 10, 20, 30, 40])
        XCTAssertEqual(counts.label(40), "40")
        // −0.12...0.05: range nice(0.17) = 0.2, step nice(0.04) = 0.05, ⌊−2.4⌋ = −3 steps down: −0.15 to 0.05, 2 decimals.
        let signed = NiceTicks(covering: -0.12, 0.05, count: 5)
        XCTAssertEqual(signed.values.map(signed.label), ["-0.15", "-0.10", "-0.05", "0.00", "0.05"])
    }

    func testDegenerateDataStillGivesAnAxis() {
        XCTAssertEqual(NiceTicks(covering: 0, 0).domain, 0...1)
        XCTAssertEqual(NiceTicks(covering: 3, 3).lower, 0, "one positive value: an axis from zero")
        XCTAssertEqual(NiceTicks(covering: .nan, .infinity).domain, 0...1)
    }

    func testLinearScaleRunsEitherWay() {
        // Domain 0...1 onto 400 → 100: 0.25 ↦ 400 − 0.25·300 = 325.
        let y = LinearScale(domain: 0...1, start: 400, end: 100)
        XCTAssertEqual(y(0.25), 325, accuracy: 1e-9)
        XCTAssertEqual(y.clamped(2), 100, accuracy: 1e-9)
    }
}
