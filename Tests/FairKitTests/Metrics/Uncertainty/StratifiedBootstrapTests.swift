import XCTest
@testable import FairKit

/// The bootstrap: exact draws, seeded and stratified resamples, and intervals that agree with the
/// normal approximation where it holds.
final class StratifiedBootstrapTests: XCTestCase {
    func testBinomialDrawsFollowTheBinomialDistribution() {
        // Bin(10, 0.3): 200,000 draws; each frequency within 5 standard errors of the pmf C(10,k) 0.3^k 0.7^(10-k).
        var generator = SeededGenerator(seed: 7)
        let draws = 200_000
        var frequency = [Int](repeating: 0, count: 11)
        for _ in 0..<draws { frequency[Binomial.sample(10, 0.3, using: &generator)] += 1 }
        var choose = 1.0
        for k in 0...10 {
            if k > 0 { choose = choose * Double(10 - k + 1) / Double(k) }
            let pmf = choose * pow(0.3, Double(k)) * pow(0.7, Double(10 - k))
            let se = (pmf * (1 - pmf) / Double(draws)).squareRoot()
            XCTAssertEqual(Double(frequency[k]) / Double(draws), pmf, accuracy: 5 * se + 1e-9, "P(X = \(k))")
        }
        XCTAssertEqual(Binomial.sample(5, 0, using: &generator), 0)
        XCTAssertEqual(Binomial.sample(5, 1, using: &generator), 5)
    }

    func testTheDocumentationExampleGivesZeroToOne() {
        // One stratum of a TP and an FN: a resample's TPR is 1, 1/2 or 0 with probabilities 1/4, 1/2, 1/4.
        let bootstrap = StratifiedBootstrap(labels: [1, 1], predictions: [1, 0], weights: nil, codes: [0, 0], strata: 1)
        let intervals = bootstrap.percentileIntervals(replicates: 1000, seed: 1, confidence: 0.95) { counts in
            [GroupMetric.truePositiveRate.value(of: counts[0]).number]
        }
        XCTAssertEqual(intervals, [ConfidenceInterval(lower: 0, upper: 1)])
    }

    func testResamplesKeepEveryStratumsSize() {
        let bootstrap = StratifiedBootstrap(labels: [1, 0, 1, 0, 1], predictions: [1, 1, 0, 0, 1], weights: nil, codes: [0, 0, 1, 1, 1], strata: 2)
        for r in 0..<50 {
            XCTAssertEqual(bootstrap.resample(r, seed: 3).map(\.total), [2, 3])
        }
        XCTAssertEqual(bootstrap.resample(9, seed: 3), bootstrap.resample(9, seed: 3), "seeded")
    }

    func testTheIntervalOfADifferenceMatchesTheNormalApproximation() throws {
        // The loans example: selection rates 0.2 (100 rows) and 0.5 (200 rows); Fairlearn's difference 0.3 has the
        // standard error √(0.2·0.8/100 + 0.5·0.5/200) = √0.00285 = 0.053385, so ±1.95996·0.053385 = [0.1954, 0.4046].
        // The percentile interval of 1,000 resamples lands there to within its Monte Carlo error (about 0.01).
        let audit = try FairnessAuditExample.audit()
        let interval = try XCTUnwrap(audit.sections[0].fairlearn.metrics["selection_rate"]?.differenceInterval)
        XCTAssertEqual(interval.lower, 0.1954, accuracy: 0.015)
        XCTAssertEqual(interval.upper, 0.4046, accuracy: 0.015)
        XCTAssertNil(interval.undefinedResamples)
        // Weighted with unit weights, rows are drawn one by one: the same distribution, so about the same interval.
        let rows = FairnessAuditExample.all
        let weighted = try FairnessAudit(labels: rows.map(\.label), predictions: rows.map(\.prediction),
                                         weights: Array(repeating: 1, count: rows.count), protected: [FairnessAuditExample.sex])
        let other = try XCTUnwrap(weighted.sections[0].fairlearn.metrics["selection_rate"]?.differenceInterval)
        XCTAssertEqual(other.lower, 0.1954, accuracy: 0.015)
        XCTAssertEqual(other.upper, 0.4046, accuracy: 0.015)
    }

    func testCompositeCriteriaAndAIF360MetricsHaveIntervalsAroundTheirValues() throws {
        let audit = try FairnessAuditExample.audit(.init(privileged: ["sex": ["Male"]]))
        let section = audit.sections[0]
        // Equalized odds difference max(|TPR gap|, |FPR gap|) = max(7/15, 2/35) = 7/15.
        let odds = try XCTUnwrap(section.fairlearn.criteria["equalized_odds"])
        XCTAssertEqual(try XCTUnwrap(odds.difference.number), 7.0 / 15, accuracy: 1e-12)
        XCTAssertTrue(try XCTUnwrap(odds.differenceInterval).contains(7.0 / 15))
        // Average odds difference ½(-2/35 - 7/15) = -0.262.
        let comparison = try XCTUnwrap(section.aif360)
        XCTAssertTrue(try XCTUnwrap(comparison.intervals["average_odds_difference"]).contains(-0.5 * (2.0 / 35 + 7.0 / 15)))
        for metric in FairnessAudit.AIF360Comparison.reported where comparison.metrics[metric.id]?.isDefined == true {
            XCTAssertNotNil(comparison.intervals[metric.id], metric.id)
        }
        XCTAssertEqual(audit.uncertainty.comparisons, 7, "6 metrics of Female against Male and AIF360's disparate impact")
        // The same audit prints the same intervals (seeded).
        XCTAssertEqual(try FairnessAuditExample.audit(.init(privileged: ["sex": ["Male"]])).sections[0].aif360?.intervals, comparison.intervals)
    }
}
