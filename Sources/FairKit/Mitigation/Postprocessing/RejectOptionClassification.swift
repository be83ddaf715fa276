/// Reject option classification (Kamiran, Karim & Zhang, "Decision theory for
/// discrimination-aware classification", ICDM 2012), as AIF360 0.6.1's
/// `RejectOptionClassification`: near the decision threshold, where the model is least sure, the
/// unprivileged group gets the favourable label and the privileged group the unfavourable one.
///
/// Prediction with threshold t and margin m: 1 when score > t, 0 otherwise, except in the
/// critical region t − m < score ≤ t + m, where unprivileged rows get 1 and privileged rows 0.
/// Fitting searches every t of linspace(0.01, 0.99, 100) and m of linspace(0, min(t, 1 − t), 50)
/// (`RejectOptionConstants`), computes the fairness metric (unprivileged minus privileged) and
/// the balanced accuracy ½(TPR + TNR) of the resulting labels, and keeps the first pair with the
/// highest balanced accuracy among those whose metric lies in [−0.05, 0.05]. When none does, it
/// keeps the first pair with the smallest metric value, as AIF360 does (the most negative, not the
/// closest to zero), and `Fitted.constraintMet` says so.
///
/// Worked example: t = 0.5, m = 0.1; a privileged row scoring 0.55 lies in (0.4, 0.6] and gets 0,
/// an unprivileged row scoring 0.45 gets 1, any row scoring 0.7 gets 1 and 0.3 gets 0.
public struct RejectOptionClassification: ScorePostprocessor {
    /// The fairness metric the search bounds (AIF360's `metric_name`).
    public enum Metric: String, Sendable, CaseIterable {
        /// P(ŷ = 1 | unprivileged) − P(ŷ = 1 | privileged).
        case statisticalParityDifference = "statistical_parity_difference"
        /// ½[(FPR_u − FPR_p) + (TPR_u − TPR_p)].
        case averageOddsDifference = "average_odds_difference"
        /// TPR_u − TPR_p.
        case equalOpportunityDifference = "equal_opportunity_difference"

        func value(unprivileged u: ConfusionCounts, privileged p: ConfusionCounts) -> Double {
            switch self {
            case .statisticalParityDifference:
                return u.predictedPositives / u.total - p.predictedPositives / p.total
            case .averageOddsDifference:
                return 0.5 * ((u.falsePositives / u.negatives - p.falsePositives / p.negatives)
                    + (u.truePositives / u.positives - p.truePositives / p.positives))
            case .equalOpportunityDifference:
                return u.truePositives / u.positives - p.truePositives / p.positives
            }
        }
    }

    public struct Fitted: Sendable, Equatable {
        public let threshold: Double
        public let margin: Double
        /// The metric and balanced accuracy of the chosen pair on the fitting rows.
        public let metricValue: Double
        public let balancedAccuracy: Double
        /// Whether the metric lies within the bounds (false: the closest AIF360's rule found).
        public let constraintMet: Bool
    }

    public let privilegedValues: [String]
    public let metric: Metric
    public let metricBounds: ClosedRange<Double>
    public let thresholds: [Double]
    public let marginCount: Int
    public let seed: UInt64
    public internal(set) var fitted: Fitted?

    /// Stores and checks the settings (AIF360's defaults and checks).
    public init(privilegedValues: [String], metric: Metric = .statisticalParityDifference,
                metricBounds: ClosedRange<Double> = RejectOptionConstants.metricLowerBound...RejectOptionConstants.metricUpperBound,
                lowThreshold: Double = RejectOptionConstants.lowThreshold, highThreshold: Double = RejectOptionConstants.highThreshold,
                thresholdCount: Int = RejectOptionConstants.thresholdCount, marginCount: Int = RejectOptionConstants.marginCount,
                seed: UInt64 = 0) throws {
        guard (0...1).contains(lowThreshold), (0...1).contains(highThreshold), lowThreshold < highThreshold,
              thresholdCount >= 1, marginCount >= 1 else {
            throw MitigationError.invalidSetting(name: "thresholds", value: "\(lowThreshold)...\(highThreshold) (\(thresholdCount)), \(marginCount) margins",
                                                 requirement: "0 <= low < high <= 1 and at least one threshold and one margin")
        }
        self.privilegedValues = privilegedValues
        self.metric = metric
        self.metricBounds = metricBounds
        self.thresholds = Self.linspace(lowThreshold, highThreshold, thresholdCount)
        self.marginCount = marginCount
        self.seed = seed
    }

    /// Searches thresholds and margins on the base model's `scores` and the true `labels`.
    public mutating func fit(scores: [Double], labels: [Int], sensitive: SensitiveFeature) throws {
        fitted = nil
        let groups = try PrivilegedGroups(training: sensitive, privilegedValues: privilegedValues, labels: labels, scores: scores)
        var best: Fitted?, lowest: Fitted?
        for t in thresholds {
            for m in Self.linspace(0, t <= 0.5 ? t : 1 - t, marginCount) {
                var counts = [ConfusionCounts.zero, .zero]   // [unprivileged, privileged]
                for i in scores.indices {
                    let p = groups.isPrivileged[i]
                    let label = Self.decide(score: scores[i], privileged: p, threshold: t, margin: m)
                    let g = p ? 1 : 0
                    switch (labels[i], label) {
                    case (1, 1): counts[g].truePositives += 1
                    case (0, 1): counts[g].falsePositives += 1
                    case (0, _): counts[g].trueNegatives += 1
                    default: counts[g].falseNegatives += 1
                    }
                }
                let all = counts[0] + counts[1]
                let balanced = 0.5 * (all.truePositives / all.positives + all.trueNegatives / all.negatives)
                let value = metric.value(unprivileged: counts[0], privileged: counts[1])
                let candidate = Fitted(threshold: t, margin: m, metricValue: value, balancedAccuracy: balanced,
                                       constraintMet: metricBounds.contains(value))
                if candidate.constraintMet, balanced > (best?.balancedAccuracy ?? -.infinity) { best = candidate }
                if value < (lowest?.metricValue ?? .infinity) { lowest = candidate }
            }
        }
        fitted = best ?? lowest
    }

    /// 0 or 1 per row (the classifier is deterministic).
    public func predictProbability(scores: [Double], sensitive: SensitiveFeature) throws -> [Double] {
        guard let fitted else { throw MitigationError.notFitted("RejectOptionClassification") }
        try MitigationInput.scores(scores, rows: sensitive.count)
        let groups = PrivilegedGroups(sensitive, privilegedValues: privilegedValues)
        return scores.indices.map {
            Double(Self.decide(score: scores[$0], privileged: groups.isPrivileged[$0], threshold: fitted.threshold, margin: fitted.margin))
        }
    }

    static func decide(score: Double, privileged: Bool, threshold t: Double, margin m: Double) -> Int {
        if score <= t + m, score > t - m { return privileged ? 0 : 1 }
        return score > t ? 1 : 0
    }

    /// numpy's linspace: start + i · (stop − start)/(count − 1), the last value exactly `stop`.
    static func linspace(_ start: Double, _ stop: Double, _ count: Int) -> [Double] {
        guard count > 1 else { return [start] }
        let step = (stop - start) / Double(count - 1)
        return (0..<count).map { $0 == count - 1 ? stop : Double($0) * step + start }
    }
}
