/// Calibration of scores within each group: each group's `CalibrationCurve` (reliability
/// diagram), its mean score against its base rate, and its expected calibration error.
///
/// A score is calibrated within groups when, in every group, the people given score s turn out
/// positive a share s of the time (Kleinberg, Mullainathan & Raghavan 2017; Pleiss et al. 2017).
/// Scores in [0, 1] fall in B equal-width bins as in scikit-learn's
/// `calibration_curve(strategy="uniform")`; unweighted, each group's curve is scikit-learn's on
/// that group's rows.
///
/// Example: scores [0.1, 0.3, 0.35, 0.8, 0.9], labels [0, 0, 1, 1, 1], 2 bins: bin 1 has mean
/// score 0.25 and observed rate 1/3, bin 2 mean score 0.85 and observed rate 1; ECE =
/// (3/5)(1/12) + (2/5)(0.15) = 0.11; mean score 0.49 against base rate 3/5.
/// Calibration curves of every group of a `GroupIndex`, and overall (over every row, those in no
/// group included).
public struct GroupCalibration: Sendable, Codable {
    public let binCount: Int
    /// Group names and their curves, in group order.
    public let groups: [String]
    public let curves: [CalibrationCurve]
    public let overall: CalibrationCurve

    private enum CodingKeys: String, CodingKey {
        case binCount = "bin_count", groups, curves, overall
    }

    /// Curves with `bins` equal-width bins (scikit-learn's default is 5; 10 is common in fairness
    /// audits). Scores must lie in [0, 1], labels be 0 or 1, weights finite and >= 0.
    public init(labels: [Int], scores: [Double], weights: [Double]? = nil, groups: GroupIndex, bins: Int = 10) throws {
        try groups.requireRows(labels.count, allowingExcludedRows: true)
        binCount = bins
        self.groups = groups.names
        curves = try groups.rowsByGroup().map {
            try CalibrationCurve(labels: labels, probabilities: scores, weights: weights, rows: $0, bins: bins)
        }
        overall = try CalibrationCurve(labels: labels, probabilities: scores, weights: weights, bins: bins)
    }

    /// The expected calibration error of each group and overall, to compare across groups
    /// (e.g. `.difference()`: the gap between the best- and worst-calibrated group).
    public var expectedCalibrationErrors: GroupValues {
        GroupValues(metricID: "expected_calibration_error", displayName: "expected calibration error",
                    groups: groups, values: curves.map(\.expectedCalibrationError),
                    overall: overall.expectedCalibrationError)
    }
}
