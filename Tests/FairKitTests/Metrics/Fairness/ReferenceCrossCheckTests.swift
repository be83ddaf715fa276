import XCTest
@testable import FairKit

/// FairKit against Fairlearn 0.15, AIF360 0.6.1 and scikit-learn on the 200-row weighted fixture.
/// Every expected number below was printed by scripts/reference/fairness_crosscheck.py.
final class ReferenceCrossCheckTests: XCTestCase {
    private let data = CrossCheckFixture()

    private func frame() throws -> MetricFrame {
        try MetricFrame(metrics: ["selection_rate", "tpr", "fpr", "tnr", "fnr", "accuracy", "ppv"].map(FrameMetric.named),
                        labels: data.labels, predictions: data.predictions, weights: data.weights,
                        sensitive: [data.sexFeature, data.raceFeature])
    }

    func testMetricFrameMatchesFairlearnGroupByGroup() throws {
        let frame = try frame()
        let byGroup: [String: [Double]] = [
            "selection_rate": [0.37623762376237624, 0.5, 0.5375722543352601, 0.4230769230769231, 0.5133689839572193, 0.48031496062992124],
            "tpr": [0.7272727272727273, 0.7272727272727273, 0.75, 0.6666666666666666, 0.6470588235294118, 0.625],
            "fpr": [0.20588235294117646, 0.25, 0.2727272727272727, 0.29411764705882354, 0.35294117647058826, 0.3333333333333333],
            "tnr": [0.7941176470588235, 0.75, 0.7272727272727273, 0.7058823529411765, 0.6470588235294118, 0.6666666666666666],
            "fnr": [0.2727272727272727, 0.2727272727272727, 0.25, 0.3333333333333333, 0.35294117647058826, 0.375],
            "accuracy": [0.7722772277227723, 0.7380952380952381, 0.7398843930635838, 0.6923076923076923, 0.6470588235294118, 0.6456692913385826],
            "ppv": [0.631578947368421, 0.7619047619047619, 0.7741935483870968, 0.5454545454545454, 0.6875, 0.6557377049180327],
        ]
        let overall: [String: Double] = [
            "selection_rate": 0.4794383149448345, "tpr": 0.6805845511482255, "fpr": 0.29343629343629346,
            "tnr": 0.7065637065637066, "fnr": 0.31941544885177453, "accuracy": 0.6940822467402207, "ppv": 0.6820083682008368,
        ]
        let differences: [DisparityMethod: [String: Double]] = [
            .betweenGroups: ["selection_rate": 0.16133463057288389, "tpr": 0.125, "fpr": 0.1470588235294118, "tnr": 0.1470588235294117,
                             "fnr": 0.125, "accuracy": 0.12660793638418966, "ppv": 0.22873900293255134],
            .toOverall: ["selection_rate": 0.10320069118245828, "tpr": 0.06941544885177453, "fpr": 0.087553940495117,
                         "tnr": 0.08755394049511689, "fnr": 0.06941544885177453, "accuracy": 0.07819498098255162, "ppv": 0.13655382274629135],
        ]
        let ratios: [DisparityMethod: [String: Double]] = [
            .betweenGroups: ["selection_rate": 0.699882891514958, "tpr": 0.8333333333333334, "fpr": 0.5833333333333333,
                             "tnr": 0.8148148148148149, "fnr": 0.6666666666666666, "accuracy": 0.8360589541691903, "ppv": 0.7045454545454545],
            .toOverall: ["selection_rate": 0.7847466755043705, "tpr": 0.907446068197634, "fpr": 0.7016253869969039,
                         "tnr": 0.8897468897468899, "fnr": 0.7826797385620915, "accuracy": 0.8987475246251576, "ppv": 0.7997769102063581],
        ]
        for (id, expected) in byGroup {
            let values = try frame.values(id)
            XCTAssertEqual(values.groups, ["sex=F, race=A", "sex=F, race=B", "sex=F, race=C",
                                           "sex=M, race=A", "sex=M, race=B", "sex=M, race=C"])
            assertClose(values.values.map { $0.number! }, expected, id)
            XCTAssertEqual(values.overall.number!, overall[id]!, accuracy: 1e-12, id)
            for method in DisparityMethod.allCases {
                XCTAssertEqual(values.difference(method: method).number!, differences[method]![id]!, accuracy: 1e-12, "\(id) \(method)")
                XCTAssertEqual(values.ratio(method: method).number!, ratios[method]![id]!, accuracy: 1e-12, "\(id) \(method)")
            }
        }
    }

    func testNamedDisparitiesMatchFairlearn() throws {
        let counts = try GroupedCounts(labels: data.labels, predictions: data.predictions, weights: data.weights,
                                       groups: GroupIndex([data.sexFeature, data.raceFeature]))
        let expected: [String: Double] = [
            "demographic_parity_difference/between_groups": 0.16133463057288389,
            "demographic_parity_ratio/between_groups": 0.699882891514958,
            "equal_opportunity_difference/between_groups": 0.125,
            "equal_opportunity_ratio/between_groups": 0.8333333333333334,
            "equalized_odds_difference/between_groups/worst_case": 0.1470588235294118,
            "equalized_odds_ratio/between_groups/worst_case": 0.5833333333333333,
            "equalized_odds_difference/between_groups/mean": 0.1360294117647059,
            "equalized_odds_ratio/between_groups/mean": 0.7083333333333333,
            "demographic_parity_difference/to_overall": 0.10320069118245828,
            "demographic_parity_ratio/to_overall": 0.7847466755043705,
            "equal_opportunity_difference/to_overall": 0.06941544885177453,
            "equal_opportunity_ratio/to_overall": 0.907446068197634,
            "equalized_odds_difference/to_overall/worst_case": 0.087553940495117,
            "equalized_odds_ratio/to_overall/worst_case": 0.7016253869969039,
            "equalized_odds_difference/to_overall/mean": 0.07848469467344577,
            "equalized_odds_ratio/to_overall/mean": 0.8045357275972689,
        ]
        for (key, value) in expected {
            let parts = key.split(separator: "/").map(String.init)
            let name = parts[0]
            let isRatio = name.hasSuffix("_ratio")
            let disparity = try FairlearnDisparity.named(String(name.dropLast(isRatio ? 6 : 11)))
            let method = try XCTUnwrap(DisparityMethod(rawValue: parts[1]))
            let aggregation = parts.count > 2 ? try XCTUnwrap(FairlearnDisparity.Aggregation(rawValue: parts[2])) : .worstCase
            let ours = isRatio ? disparity.ratio(in: counts, method: method, aggregation: aggregation)
                               : disparity.difference(in: counts, method: method, aggregation: aggregation)
            XCTAssertEqual(ours.number!, value, accuracy: 1e-12, key)
        }
    }

    func testPrivilegedComparisonMatchesAIF360ClassificationMetric() throws {
        let comparison = try PrivilegedComparison(labels: data.labels, predictions: data.predictions, weights: data.weights,
                                                  features: [data.sexFeature, data.raceFeature],
                                                  privileged: .attribute("sex", in: ["M"]),
                                                  unprivileged: .attribute("sex", in: ["F"]))
        let expected: [String: Double] = [
            "statistical_parity_difference": 0.00928810720268003, "disparate_impact": 1.0195246478873239,
            "equal_opportunity_difference": 0.09761646803900326, "average_odds_difference": 0.007820156407096102,
            "average_abs_odds_difference": 0.08979631163190716, "equalized_odds_difference": 0.09761646803900326,
            "average_predictive_value_difference": 0.011558596049678738,
            "error_rate_difference": -0.08920854271356793, "error_rate_ratio": 0.7389338235294115,
            "false_positive_rate_difference": -0.08197615522481105, "false_positive_rate_ratio": 0.7484457197513151,
            "false_negative_rate_difference": -0.09761646803900326, "false_negative_rate_ratio": 0.7282051282051282,
            "false_omission_rate_difference": -0.07830577871522071, "false_omission_rate_ratio": 0.7597087378640777,
            "false_discovery_rate_difference": -0.10142297081457824, "false_discovery_rate_ratio": 0.7176066302809783,
        ]
        XCTAssertEqual(Set(expected.keys), Set(AIF360Metric.all.map(\.id)))
        for metric in AIF360Metric.all {
            XCTAssertEqual(metric.value(on: comparison).number!, expected[metric.id]!, accuracy: 1e-12, metric.id)
        }
    }

    func testCalibrationCurvesMatchScikitLearn() throws {
        let calibration = try GroupCalibration(labels: data.labels, scores: data.scores,
                                               groups: GroupIndex([data.sexFeature]), bins: 5)
        let expected: [(observed: [Double], meanScore: [Double])] = [
            ([0.0, 0.0, 0.2857142857142857, 0.7333333333333333, 1.0],
             [0.125, 0.3071428571428571, 0.5014285714285713, 0.6966666666666669, 0.9106666666666666]),
            ([0.0, 0.0, 0.42857142857142855, 0.8095238095238095, 1.0],
             [0.12434782608695653, 0.30090909090909085, 0.5199999999999998, 0.6833333333333333, 0.9342105263157895]),
        ]
        XCTAssertEqual(calibration.groups, ["sex=F", "sex=M"])
        for (curve, reference) in zip(calibration.curves, expected) {
            assertClose(curve.bins.map(\.fractionPositive), reference.observed, "observed")
            assertClose(curve.bins.map(\.meanPredicted), reference.meanScore, "mean score")
        }
    }

    private func assertClose(_ a: [Double], _ b: [Double], _ message: String, line: UInt = #line) {
        XCTAssertEqual(a.count, b.count, message, line: line)
        for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: 1e-12, message, line: line) }
    }
}
