import XCTest
@testable import FairKit

/// A data-bias report's sentences: numbers as `ReportNumber` writes them, one name per measure,
/// columns missing together in one sentence, long lists capped with a count of the rest, and the
/// features the proxy scan skipped.
final class DataBiasSummaryTests: XCTestCase {
    /// Illustrative population shares (not a census figure): enough to exercise the comparison.
    private let illustrativeSexShares = ReferenceShares(column: "sex", shares: ["female": 0.508, "male": 0.492], source: "illustrative")

    func testGermanCreditSummary() throws {
        let report = try DataBiasReport(dataset: try Dataset.germanCredit(), options: DataBiasOptions(referenceShares: [illustrativeSexShares]))
        XCTAssertEqual(report.summary, [
            // 310/1000 = 31.0% against 50.8%: 0.31/0.508 = 0.61; X² 156.856 (scipy, RepresentationTests).
            "sex=female is 31.0% of rows against 50.8% of the population (illustrative); ratio 0.61: under-represented.",
            "The shares of sex differ from the population's beyond chance (chi-square 156.9, 1 df, p < 0.001).",
            "age_group: the smallest group, age_group=age <= 25, has 190 rows (19.0%); the largest, age_group=age > 25, 810 (81.0%).",
            "sex x age_group: the smallest group, sex=male, age_group=age <= 25, has 85 rows (8.5%); the largest, "
                + "sex=male, age_group=age > 25, 605 (60.5%).",
            // 201/310 = 64.8%, 499/690 = 72.3%, 700/1000 = 70.0%.
            "Favorable label rate (credit = good): 70.0% overall; by sex: sex=female 64.8% of 310; sex=male 72.3% of 690.",
            "Favorable label rate (credit = good): 70.0% overall; by age_group: age_group=age <= 25 57.9% of 190; "
                + "age_group=age > 25 72.8% of 810.",
            "Favorable label rate (credit = good): 70.0% overall; by sex x age_group: sex=female, age_group=age <= 25 55.2% of 105; "
                + "sex=female, age_group=age > 25 69.8% of 205; sex=male, age_group=age <= 25 61.2% of 85; "
                + "sex=male, age_group=age > 25 73.9% of 605.",
            "No values are missing.",
            // scipy and scikit-learn (ProxyScanTests): V 1.0, NMI 0.73655; η 0.52972, NMI 0.28637; V 0.30965, NMI 0.06804.
            "personal_status is a likely proxy for sex (Cramér's V 1.000, NMI 0.737).",
            "age is a likely proxy for age_group (correlation ratio η 0.530, NMI 0.286).",
            "housing is a likely proxy for age_group (Cramér's V 0.310, NMI 0.068).",
        ])
    }


    func testColumnsMissingTogetherAreOneSentenceAndLongListsAreCapped() throws {
        // 200 rows, g=a (100) and g=b (100). r1, r2 missing together in 60 a-rows, 10 b-rows (gap 50 points);
        // eight more columns m0...m7 each missing in 30 + k a-rows and 0 b-rows: 9 blocks, 5 spelled out.
        let groups = Array(repeating: "a", count: 100) + Array(repeating: "b", count: 100)
        func missing(a: Int, b: Int) -> [String?] {
            (0..<200).map { row in (row < 100 ? row < a : row - 100 < b) ? nil : "x\(row % 3)" }
        }
        var columns: [Column] = [.categorical("g", groups), .categorical("y", (0..<200).map { $0 % 2 == 0 ? "yes" : "no" }),
                                 .categorical("r1", missing(a: 60, b: 10)), .categorical("r2", missing(a: 60, b: 10))]
        for k in 0..<8 { columns.append(.categorical("m\(k)", missing(a: 30 + k, b: 0))) }
        let report = try DataBiasReport(table: try Table(columns), protectedColumns: ["g"], labelColumn: "y", favorableLabel: .category("yes"))
        let sentences = DataBiasSummary.sentences(for: report).filter { $0.contains("missing") && !$0.hasPrefix("Left out") }
        XCTAssertEqual(sentences.first, "r1 and r2 (missing together) are missing for 60.0% of g=a rows but 10.0% of g=b rows "
                       + "(gap 50.0 points, p < 0.001): missing values that differ by group are a bias source.")
        XCTAssertEqual(sentences.count, DataBiasSummary.missingSentenceLimit + 1)
        // Largest gaps first: m7 (37 points) ... m4 (34) spelled out; m3 ... m0 counted.
        XCTAssertEqual(sentences.last, "4 more columns' missing values differ by g (smaller gaps): m3; m2; m1; m0.")
    }

    func testSkippedFeaturesAreNamedWithTheirReason() throws {
        // 100 rows: case numbers all distinct (identifier: 100% >= 90%); 60 names, 40 of them twice (60% distinct, under
        // 90%, but 60 values > 50 at 100/60 = 1.7 rows each < 5: free text).
        let rows = 0..<100
        let table = try Table([
            .categorical("g", rows.map { $0 % 2 == 0 ? "a" : "b" }), .categorical("y", rows.map { $0 % 3 == 0 ? "yes" : "no" }),
            .categorical("case", rows.map { "C\($0)" }), .categorical("name", rows.map { "n\($0 % 60)" }),
            .numeric("id", rows.map { Double($0) }),
        ])
        let report = try DataBiasReport(table: table, protectedColumns: ["g"], labelColumn: "y", favorableLabel: .category("yes"))
        XCTAssertEqual(report.skippedFeatures.map(\.column), ["case", "name"])
        XCTAssertEqual(report.skippedFeatures.map(\.reason), [.identifier, .freeText])
        XCTAssertEqual(report.proxies[0].features.map(\.feature), ["id"], "a number is never skipped: its η does not grow with its values")
        XCTAssertEqual(report.summary.last, "Not scanned for proxies: case (identifier-like: nearly every row has its own value); name "
                       + "(free text: too many values, each on few rows, to read as categories). Their missing values are still compared.")
    }

    func testOneNamePerMeasure() {
        XCTAssertEqual(AssociationMeasure.cramersV.displayName, "Cramér's V")
        XCTAssertEqual(AssociationMeasure.biasCorrectedCramersV.displayName, "bias-corrected Cramér's V")
        XCTAssertEqual(AssociationMeasure.correlationRatio.displayName, "correlation ratio η")
    }
}
