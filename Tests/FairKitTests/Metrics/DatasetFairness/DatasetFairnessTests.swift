import Foundation
import XCTest
@testable import FairKit

final class DatasetFairnessTests: XCTestCase {
    func testTheDocumentedExample() throws {
        // Privileged labels [1, 1, 0, 0]: base rate 2/4; unprivileged [1, 0, 0, 0, 0, 0]: 1/6.
        let labels = [1, 1, 0, 0, 1, 0, 0, 0, 0, 0]
        let sex = ["M", "M", "M", "M", "F", "F", "F", "F", "F", "F"]
        let metric = try DatasetFairness(labels: labels, features: [SensitiveFeature(name: "sex", values: sex)],
                                         privileged: .attribute("sex", in: ["M"]))
        XCTAssertEqual(metric.baseRate(.privileged).number, 0.5)
        XCTAssertEqual(metric.baseRate(.unprivileged).number!, 1.0 / 6, accuracy: 1e-15)
        XCTAssertEqual(metric.baseRate(.overall).number!, 0.3, accuracy: 1e-15)
        XCTAssertEqual(metric.statisticalParityDifference.number!, 1.0 / 6 - 0.5, accuracy: 1e-15)   // -1/3
        XCTAssertEqual(metric.disparateImpact.number!, 1.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(metric.classImbalance.number!, 0.2, accuracy: 1e-15)                          // (6 - 4)/10
    }

    func testMatchesAIF360OnTheCrossCheckFixture() throws {
        // Numbers from scripts/reference/fairness_crosscheck.py (weighted, privileged sex=M).
        let data = CrossCheckFixture()
        let metric = try DatasetFairness(labels: data.labels, weights: data.weights,
                                         features: [data.sexFeature, data.raceFeature],
                                         privileged: .attribute("sex", in: ["M"]), unprivileged: .attribute("sex", in: ["F"]))
        XCTAssertEqual(metric.baseRate(.privileged).number!, 0.47571189279731996, accuracy: 1e-12)
        XCTAssertEqual(metric.baseRate(.unprivileged).number!, 0.4875, accuracy: 1e-12)
        XCTAssertEqual(metric.baseRate(.overall).number!, 0.48044132397191575, accuracy: 1e-12)
        XCTAssertEqual(metric.statisticalParityDifference.number!, 0.011788107202680032, accuracy: 1e-12)
        XCTAssertEqual(metric.disparateImpact.number!, 1.0247799295774647, accuracy: 1e-12)
        XCTAssertEqual(metric.classImbalance.number!, -0.19759277833500502, accuracy: 1e-12)
        let groups = try GroupIndex([data.sexFeature, data.raceFeature])
        XCTAssertEqual(try DifferentialFairness.smoothedEpsilon(outcomes: data.labels, weights: data.weights, groups: groups).number!,
                       0.5074300347648526, accuracy: 1e-12)
        XCTAssertEqual(try DifferentialFairness.smoothedEpsilon(outcomes: data.predictions, weights: data.weights, groups: groups).number!,
                       0.342808055070299, accuracy: 1e-12)
    }

    func testBaseRatesOfEveryGroup() throws {
        let groups = try GroupIndex([SensitiveFeature(name: "g", values: ["a", "a", "b", "b", "b"])])
        let rates = try DatasetFairness.baseRates(labels: [1, 0, 1, 1, 0], groups: groups)
        XCTAssertEqual(rates.values[0].number, 0.5)
        XCTAssertEqual(rates.values[1].number!, 2.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(rates.overall.number, 0.6)
    }

    func testBaseRatesByGroupAreTheDataBiasReportsToo() throws {
        // German Credit's published base rates (GermanCreditTests): good credit for 201 of 310 women,
        // 499 of 690 men, 700 of 1,000 overall. The data-bias view reports the same numbers.
        let german = try Dataset.germanCredit()
        let rates = try DatasetFairness.baseRates(labels: german.labels, groups: GroupIndex(table: german.table, columns: ["sex"]))
        XCTAssertEqual(rates.groups, ["sex=female", "sex=male"])
        XCTAssertEqual(rates.values[0].number!, 201.0 / 310, accuracy: 1e-15)
        XCTAssertEqual(rates.values[1].number!, 499.0 / 690, accuracy: 1e-15)
        XCTAssertEqual(rates.overall, .value(0.7))
        let view = try german.table.labelBaseRates(by: ["sex"], label: "credit", favorable: .category("good"))
        XCTAssertEqual(view.groups.map(\.rate), rates.values)
        XCTAssertEqual(view.overall, rates.overall)
    }

    func testEmptyGroupsLeaveEveryValueUndefined() throws {
        // Everyone is privileged, so the unprivileged group (everyone else) is empty.
        let metric = try DatasetFairness(labels: [1, 0], features: [SensitiveFeature(name: "sex", values: ["F", "F"])],
                                         privileged: .attribute("sex", in: ["F"]))
        XCTAssertEqual(metric.disparateImpact.undefinedReason,
                       "the unprivileged group (everyone not privileged) has no rows (total weight 0), so its base rate is undefined")
        XCTAssertEqual(metric.classImbalance.number, -1, "(0 - 2)/(0 + 2)")
    }
}
