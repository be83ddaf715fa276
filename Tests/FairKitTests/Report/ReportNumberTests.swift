import XCTest
@testable import FairKit

final class ReportNumberTests: XCTestCase {
    func testRatesRatiosAndDifferences() {
        XCTAssertEqual(ReportNumber.rate(0.1134), "0.113")
        XCTAssertEqual(ReportNumber.rate(1), "1.000")
        XCTAssertEqual(ReportNumber.rate(0), "0.000")
        XCTAssertEqual(ReportNumber.rate(0.00042), "0.00042", "a small non-zero rate keeps two significant digits")
        XCTAssertEqual(ReportNumber.ratio(0.4), "0.40")
        XCTAssertEqual(ReportNumber.ratio(10.0 / 3), "3.33")
        XCTAssertEqual(ReportNumber.ratio(250), "250")
        XCTAssertEqual(ReportNumber.difference(-0.3), "-0.300")
        XCTAssertEqual(ReportNumber.difference(0.0004), "0.000", "no sign on a rounded zero")
        XCTAssertEqual(ReportNumber.difference(7.0 / 15), "+0.467")
    }

    func testARatioNearAThresholdShowsEnoughDigitsToTellThemApart() {
        XCTAssertEqual(ReportNumber.ratio(0.7996, distinctFrom: [0.8, 1.25]), "0.7996")
        XCTAssertEqual(ReportNumber.ratio(1.2499, distinctFrom: [0.8, 1.25]), "1.2499")
        XCTAssertEqual(ReportNumber.ratio(0.8, distinctFrom: [0.8, 1.25]), "0.80", "the threshold itself is shown as it is")
        XCTAssertEqual(ReportNumber.ratio(0.5, distinctFrom: [0.8, 1.25]), "0.50")
    }

    func testCountsSharesSettingsAndPairs() {
        XCTAssertEqual(ReportNumber.count(48842), "48,842")
        XCTAssertEqual(ReportNumber.count(1234567.25), "1,234,567.2")
        XCTAssertEqual(ReportNumber.count(-1000), "-1,000")
        XCTAssertEqual(ReportNumber.count(12), "12")
        XCTAssertEqual(ReportNumber.percent(1.0 / 3), "33.3%")
        XCTAssertEqual(ReportNumber.setting(0.8), "0.8")
        XCTAssertEqual(ReportNumber.setting(1 / 0.8), "1.25")
        XCTAssertEqual(ReportNumber.setting(1 / 0.7), "1.43")
        XCTAssertTrue(ReportNumber.pair(0.19, 0.31) == ("0.19", "0.31"))
        XCTAssertTrue(ReportNumber.pair(0.191, 0.194) == ("0.191", "0.194"), "3 decimals when 2 would look equal")
    }

    func testMetricValuesByKind() {
        XCTAssertEqual(ReportNumber.metric(.value(0.25), id: "tpr"), "0.250")
        XCTAssertEqual(ReportNumber.metric(.value(16192), id: "count"), "16,192")
        XCTAssertEqual(ReportNumber.metric(.undefined(reason: "no rows"), id: "tpr"), "undefined")
    }
}
