/// AIF360's inequality indices of a `ClassificationMetric` (Speicher et al. 2018, KDD; see
/// `InequalityIndex`), computed from a comparison's confusion counts.
///
/// AIF360's benefit of a prediction is b = ŷ - y + 1: 2 for a false positive, 0 for a false
/// negative, 1 when right. So a set of rows is summed up by its counts: FP rows of benefit 2, FN of
/// 0, TP + TN of 1, and GE(α) of those counts (as weights) is GE(α) of the rows. The plain indices
/// are over every row (AIF360 takes them over the whole dataset, rows in neither group included);
/// the between-group ones replace each row's benefit by its side's mean, privileged or
/// unprivileged (AIF360's `between_group_*`; rows on neither side are left out, see
/// `InequalityIndex.betweenGroupGeneralizedEntropy`).
///
/// Worked example (`AIF360Metric`'s): privileged TP 3, FP 1, TN 3, FN 1, unprivileged TP 1, FP 1,
/// TN 4, FN 2. Over all 16 rows: 2 benefits of 2, 3 of 0, 11 of 1, μ = 15/16.
/// - GE(2) = (Σ b²/n / μ² - 1) / 2 = ((19/16)(256/225) - 1) / 2 = 79/450 ≈ 0.1756;
/// - Theil = (1/16)[11 (16/15) ln(16/15) + 2 (32/15) ln(32/15)] = (11/15) ln(16/15) + (4/15) ln(32/15);
/// - coefficient of variation √(2 GE(2)) = √79 / 15;
/// - between groups: side means 8/8 = 1 and 7/8, so GE(2) = ½[(8 (16/15)² + 8 (14/15)²)/16 - 1] = 1/450
///   and Theil = (8/15) ln(16/15) + (7/15) ln(14/15).
extension AIF360Metric {
    /// Theil index, GE(1) of every row's benefit.
    public static let theilIndex = AIF360Metric("theil_index", "GE(1) = (1/n) Σ (b_i/μ) ln(b_i/μ), b = ŷ - y + 1") {
        entropy(of: [$0.overall], alpha: 1)
    }

    /// Generalized entropy index with α = 2 (AIF360's default): half the squared coefficient of variation.
    public static let generalizedEntropyIndex = AIF360Metric(
        "generalized_entropy_index", "GE(2) = (1/(2n)) Σ [(b_i/μ)² - 1], b = ŷ - y + 1") {
        entropy(of: [$0.overall], alpha: 2)
    }

    /// Coefficient of variation of the benefits, √(2 GE(2)) = σ/μ.
    public static let coefficientOfVariation = AIF360Metric("coefficient_of_variation", "√(2 GE(2)) = σ_b / μ_b") {
        entropy(of: [$0.overall], alpha: 2).map { (2 * $0).squareRoot() }
    }

    /// Between-group Theil index: GE(1) of each row's side mean benefit.
    public static let betweenGroupTheilIndex = AIF360Metric(
        "between_group_theil_index", "GE(1) of b_i replaced by its side's mean") {
        entropy(of: [$0.privileged, $0.unprivileged], alpha: 1, betweenSides: true)
    }

    /// Between-group generalized entropy index, α = 2.
    public static let betweenGroupGeneralizedEntropyIndex = AIF360Metric(
        "between_group_generalized_entropy_index", "GE(2) of b_i replaced by its side's mean") {
        entropy(of: [$0.privileged, $0.unprivileged], alpha: 2, betweenSides: true)
    }

    /// Between-group coefficient of variation, √(2 GE(2)) between sides.
    public static let betweenGroupCoefficientOfVariation = AIF360Metric(
        "between_group_coefficient_of_variation", "√(2 GE(2)) between sides") {
        entropy(of: [$0.privileged, $0.unprivileged], alpha: 2, betweenSides: true).map { (2 * $0).squareRoot() }
    }

    /// The inequality indices, in AIF360's order.
    public static let inequalityIndices: [AIF360Metric] = [
        theilIndex, generalizedEntropyIndex, coefficientOfVariation,
        betweenGroupTheilIndex, betweenGroupGeneralizedEntropyIndex, betweenGroupCoefficientOfVariation,
    ]

    /// GE(α) of the rows counted by `sets`: each row's own benefit, or with `betweenSides` its set's
    /// mean benefit.
    private static func entropy(of sets: [ConfusionCounts], alpha: Double, betweenSides: Bool = false) -> MetricValue {
        var benefits: [Double] = [], weights: [Double] = []
        for c in sets {
            if betweenSides {
                guard c.total > 0 else { continue }
                benefits.append((c.truePositives + c.trueNegatives + 2 * c.falsePositives) / c.total)
                weights.append(c.total)
            } else {
                benefits += [2, 0, 1]
                weights += [c.falsePositives, c.falseNegatives, c.truePositives + c.trueNegatives]
            }
        }
        do {
            return try InequalityIndex.generalizedEntropy(benefits, weights: weights, alpha: alpha)
        } catch {
            return .undefined(reason: "the benefits could not be measured: \(error)")
        }
    }
}
