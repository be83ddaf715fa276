import XCTest
@testable import FairKit

final class ReportNumberTests: XCTestCase {
    func testRatesRatiosAndDifferences() {
        XCTAssertEqual(ReportNumber.rate(0.1134), "0.113")
        XCTAssertEqual(ReportNumber.rate(1), "1.000")
        XCTAssertEqual(ReportNumber.rate(0), "0.000")
        XCTAssertEqual(ReportNumber.rate(0.00042), "0.00042", "a small non-zero rate keeps two significant digits")
        // 0.128 − 0.128 computed through different sums leaves about 5.6e-17: rounding, not a gap.
        XCTAssertEqual(ReportNumber.rate(5.6e-17), "0.000", "a value within 1e-12 of 0 is arithmetic noise")
        XCTAssertEqual(ReportNumber.rate(-3e-13), "0.000")
        XCTAssertEqual(ReportNumber.rate(2e-9), "2e-09", "one row in half a billion is still a value")
        XCTAssertEqual(ReportNumber.ratio(4e-16), "0.00")
        XCTAssertEqual(ReportNumber.ratio(0.4), "0.40")
        XCTAssertEqual(ReportNumber.ratio(10.0 / 3), "3.33")
        XCTAssertEqual(ReportNumber.ratio(250), "250")
        XCTAssertEqual(ReportNumber.difference(-0.3), "-0.300")
        XCTAssertEqual(ReportNumber.difference(0.0004), "0.000", "no sign on a rounded zero")
        XCTAssertEqual(ReportNumber.difference(7.0 / 15), "+0.467")
    }

    func testAFlaggedRatioNeverRoundsOntoABound() {
        let fair = 0.8...1.25
        XCTAssertEqual(ReportNumber.ratio(0.7996, judgedWithin: fair), "0.79", "outside: rounded down, away from 0.80")
        XCTAssertEqual(ReportNumber.ratio(1.2503, judgedWithin: fair), "1.26", "outside: rounded up, away from 1.25")
        XCTAssertEqual(ReportNumber.ratio(1.2497, judgedWithin: fair), "1.25", "inside a closed range: the bound is fair")
        XCTAssertEqual(ReportNumber.ratio(0.8, judgedWithin: fair), "0.80", "the threshold itself is shown as it is")
        XCTAssertEqual(ReportNumber.ratio(0.5, judgedWithin: fair), "0.50")
        XCTAssertEqual(ReportNumber.ratio(0.7951, judgedWithin: fair), "0.79",
                       "0.7951 would round to 0.80: shown 0.79")
    }

    func testCountsSharesAndSettings() {
        XCTAssertEqual(ReportNumber.count(48842), "48,842")
        XCTAssertEqual(ReportNumber.count(1234567.25), "1,234,567.2")
        XCTAssertEqual(ReportNumber.count(-1000), "-1,000")
        XCTAssertEqual(ReportNumber.count(12), "12")
        XCTAssertEqual(ReportNumber.percent(1.0 / 3), "33.3%")
        XCTAssertEqual(ReportNumber.setting(0.8), "0.8")
        XCTAssertEqual(ReportNumber.setting(1 / 0.8), "1.25")
        XCTAssertEqual(ReportNumber.setting(1 / 0.7), "1.43")
    }

    func testMetricValuesByKind() {
        XCTAssertEqual(ReportNumber.metric(.value(0.25), id: "tpr"), "0.250")
        XCTAssertEqual(ReportNumber.metric(.value(16192), id: "count"), "16,192")
        XCTAssertEqual(ReportNumber.metric(.undefined(reason: "no rows"), id: "tpr"), "undefined")
    }
}
