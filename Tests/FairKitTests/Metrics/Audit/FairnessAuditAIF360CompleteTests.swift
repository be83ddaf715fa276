import XCTest
@testable import FairKit

/// The audit's AIF360 section lists every ClassificationMetric comparison and inequality index
/// FairKit reproduces; each agrees with AIF360 0.6.1 to 1e-12 on German Credit and COMPAS
/// (scripts/reference/audit_aif360_complete.py prints the numbers below).
final class FairnessAuditAIF360CompleteTests: XCTestCase {
    func testEveryAIF360MetricAgreesOnGermanCreditAndCOMPAS() throws {
        let german = try Dataset.germanCredit()
        let amount = try german.table.finiteNumbers("credit_amount"), month = try german.table.finiteNumbers("month")
        // The script's rule: good credit predicted when credit_amount <= 4000 and month <= 24.
        let predicted = (0..<german.table.rowCount).map { amount[$0] <= 4000 && month[$0] <= 24 ? 1.0 : 0.0 }
        let germanAudit = try FairnessAudit(
            table: german.table.adding(.numeric("predicted", predicted)),
            columns: .init(label: "credit", prediction: .column("predicted"), positive: "good", protected: [.init("sex")]),
            options: .init(privileged: ["sex": ["male"]]))
        let compas = try Dataset.compas(rows: .propublicaFiltered)
        let compasAudit = try FairnessAudit(
            table: compas.table,
            columns: .init(label: "two_year_recid", prediction: .score("decile_score", threshold: 5), protected: [.init("race")]),
            options: .init(privileged: ["race": ["Caucasian"]]))
        XCTAssertEqual(compasAudit.rowCount, 6172)
        let audits = ["german": germanAudit, "compas": compasAudit]
        for (name, metric, expected) in Self.reference {
            let comparison = try XCTUnwrap(audits[name]?.sections.first?.aif360, name)
            let value = try XCTUnwrap(comparison.metrics[metric], "\(name) \(metric) is not reported")
            if expected.isNaN {
                XCTAssertNil(value.number, "\(name) \(metric): AIF360 cannot compute it, so it is undefined")
            } else {
                let number = try XCTUnwrap(value.number, "\(name) \(metric): \(value)")
                XCTAssertEqual(number, expected, accuracy: 1e-12 * max(1, abs(expected)), "\(name) \(metric)")
            }
        }
        // Every reported metric is checked on both datasets.
        XCTAssertEqual(Self.reference.count, 2 * FairnessAudit.AIF360Comparison.reported.count)
        XCTAssertEqual(Set(Self.reference.map(\.1)), Set(FairnessAudit.AIF360Comparison.reported.map(\.id)))
    }

    /// The inequality indices on AIF360Metric's worked example, by hand (see AIF360Metric+Inequality.swift).
    func testInequalityIndicesOnTheWorkedExample() throws {
        // Privileged rows (p = 1) TP 3, FP 1, TN 3, FN 1; unprivileged TP 1, FP 1, TN 4, FN 2.
        let cells: [(y: Int, yhat: Int, p: String, count: Int)] = [
            (1, 1, "p", 3), (0, 1, "p", 1), (0, 0, "p", 3), (1, 0, "p", 1),
            (1, 1, "u", 1), (0, 1, "u", 1), (0, 0, "u", 4), (1, 0, "u", 2),
        ]
        let rows = cells.flatMap { cell in Array(repeating: cell, count: cell.count) }
        let feature = SensitiveFeature(name: "g", values: rows.map(\.p))
        let comparison = try PrivilegedComparison(labels: rows.map(\.y), predictions: rows.map(\.yhat), features: [feature],
                                                  privileged: ProtectedGroup(anyOf: [["g": "p"]]))
        func value(_ metric: AIF360Metric) throws -> Double { try XCTUnwrap(metric.value(on: comparison).number, metric.id) }
        // 16 rows: benefits 2 (FP) twice, 0 (FN) three times, 1 eleven times; mean 15/16.
        XCTAssertEqual(try value(.generalizedEntropyIndex), 79.0 / 450, accuracy: 1e-15) // ((19/16)(256/225) - 1)/2
        XCTAssertEqual(try value(.theilIndex), 11.0 / 15 * log(16.0 / 15) + 4.0 / 15 * log(32.0 / 15), accuracy: 1e-15)
        XCTAssertEqual(try value(.coefficientOfVariation), 79.0.squareRoot() / 15, accuracy: 1e-15)
        // Side means 1 (8/8) and 7/8: GE(2) = ½[(8(16/15)² + 8(14/15)²)/16 - 1] = 1/450.
        XCTAssertEqual(try value(.betweenGroupGeneralizedEntropyIndex), 1.0 / 450, accuracy: 1e-15)
        XCTAssertEqual(try value(.betweenGroupTheilIndex), 8.0 / 15 * log(16.0 / 15) + 7.0 / 15 * log(14.0 / 15), accuracy: 1e-15)
        XCTAssertEqual(try value(.betweenGroupCoefficientOfVariation), (2.0 / 450).squareRoot(), accuracy: 1e-15)
    }

    /// (dataset, AIF360 metric, value), printed by scripts/reference/audit_aif360_complete.py.
    static let reference: [(String, String, Double)] = [
        ("german", "statistical_parity_difference", 0.11103319308087889),
        ("german", "disparate_impact", 1.173332360239381),
        ("german", "equal_opportunity_difference", 0.11154647603665035),
        ("german", "average_odds_difference", 0.1334186580673189),
        ("german", "average_abs_odds_difference", 0.1334186580673189),
        ("german", "equalized_odds_difference", 0.15529084009798744),
        ("german", "average_predictive_value_difference", -0.10067708045063875),
        ("german", "error_rate_difference", -0.0037868162692846763),
        ("german", "error_rate_ratio", 0.9892473118279571),
        ("german", "false_positive_rate_difference", 0.15529084009798744),
        ("german", "false_positive_rate_ratio", 1.3189306500937161),
        ("german", "false_negative_rate_difference", -0.11154647603665044),
        ("german", "false_negative_rate_ratio", 0.6289220563847429),
        ("german", "false_omission_rate_difference", -0.11133221617092587),
        ("german", "false_omission_rate_ratio", 0.815930735930736),
        ("german", "false_discovery_rate_difference", 0.09002194473035172),
        ("german", "false_discovery_rate_ratio", 1.4278462319442522),
        ("german", "theil_index", 0.2570777883561281),
        ("german", "generalized_entropy_index", 0.1842866535174229),
        ("german", "coefficient_of_variation", 0.6071023859571347),
        ("german", "between_group_theil_index", 0.0037993898094128243),
        ("german", "between_group_generalized_entropy_index", 0.00388529728264342),
        ("german", "between_group_coefficient_of_variation", 0.08815097597466996),
        ("compas", "statistical_parity_difference", 0.17408231543674746),
        ("compas", "disparate_impact", 1.5259987203498275),
        ("compas", "equal_opportunity_difference", 0.160165161138642),
        ("compas", "average_odds_difference", 0.14676544495615856),
        ("compas", "average_abs_odds_difference", 0.14676544495615856),
        ("compas", "equalized_odds_difference", 0.160165161138642),
        ("compas", "average_predictive_value_difference", 0.04436056820378745),
        ("compas", "error_rate_difference", 0.016945212908988982),
        ("compas", "error_rate_ratio", 1.051646061953049),
        ("compas", "false_positive_rate_difference", 0.1333657287736751),
        ("compas", "false_positive_rate_ratio", 1.6058209168761626),
        ("compas", "false_negative_rate_difference", -0.16016516113864204),
        ("compas", "false_negative_rate_ratio", 0.6773143077059712),
        ("compas", "false_omission_rate_difference", 0.04169957419597997),
        ("compas", "false_omission_rate_ratio", 1.1438022080729016),
        ("compas", "false_discovery_rate_difference", -0.047021562211594925),
        ("compas", "false_discovery_rate_ratio", 0.8839467826267019),
        ("compas", "theil_index", 0.2402640302373826),
        ("compas", "generalized_entropy_index", 0.17282583909749216),
        ("compas", "coefficient_of_variation", 0.5879214898223949),
        ("compas", "between_group_theil_index", 0.0006777912762918882),
        ("compas", "between_group_generalized_entropy_index", 0.0006720473779513459),
        ("compas", "between_group_coefficient_of_variation", 0.036661897876442404),
    ]
}
