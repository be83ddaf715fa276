/// Equalized-odds post-processing (Hardt, Price & Srebro, NeurIPS 2016; Pleiss et al., NeurIPS
/// 2017), as AIF360 0.6.1's `EqOddsPostprocessing`: the base model's hard predictions
/// (1 when score > `threshold`) are kept or flipped at random with four mixing rates, chosen by a
/// linear program so that both groups get the same true and false positive rates at the
/// smallest cost.
///
/// Variables, for the privileged group s and the unprivileged group o: P(1 | predicted 1) = p2p
/// and P(1 | predicted 0) = n2p, each in [0, 1]. With the base model's rates TPR, FPR, TNR, FNR
/// per group, the new rates are TPR' = TPR · p2p + FNR · n2p and FPR' = FPR · p2p + TNR · n2p.
///   minimise  (FPR_s − TPR_s) p2p_s + (TNR_s − FNR_s) n2p_s + (FPR_o − TPR_o) p2p_o + (TNR_o − FNR_o) n2p_o
///   subject to TPR'_s = TPR'_o, FPR'_s = FPR'_o, all four in [0, 1]
/// (AIF360's objective: each term is the change in FPR minus the change in TPR). Solved here by
/// `LinearProgram`, where AIF360 calls scipy's `linprog`.
///
/// A row predicted 1 is then positive with probability p2p of its group, a row predicted 0 with
/// n2p (`predictProbability`); `predict` draws with the stored seed. AIF360's `predict` instead
/// flips exactly ⌊count · rate⌋ rows of each kind chosen by numpy's shuffle.
///
/// Worked example: when both groups already have the same rates, say TPR 0.8, FPR 0.25 (so
/// FNR 0.2, TNR 0.75), keeping every prediction (p2p = 1, n2p = 0) satisfies the constraints, and
/// it is optimal: the objective's p2p coefficients FPR − TPR = −0.55 are negative and its n2p
/// coefficients TNR − FNR = 0.55 positive, so no feasible point does better than
/// 2 · (−0.55) = −1.1.
public struct EqualizedOddsPostprocessing: ScorePostprocessor {
    /// One group's mixing rates.
    public struct MixingRates: Sendable, Equatable {
        /// P(final 1 | base prediction 1).
        public let positiveToPositive: Double
        /// P(final 1 | base prediction 0).
        public let negativeToPositive: Double
    }

    public struct Fitted: Sendable, Equatable {
        public let privileged: MixingRates
        public let unprivileged: MixingRates
        /// The LP's objective at the optimum.
        public let objective: Double
    }

    public let privilegedValues: [String]
    /// The base prediction is 1 when score > threshold (scikit-learn's `predict` at 0.5).
    public let threshold: Double
    public let seed: UInt64
    public internal(set) var fitted: Fitted?

    public init(privilegedValues: [String], threshold: Double = 0.5, seed: UInt64 = 0) {
        self.privilegedValues = privilegedValues
        self.threshold = threshold
        self.seed = seed
    }

    /// Solves for the mixing rates from the base model's `scores` on rows with true `labels`.
    public mutating func fit(scores: [Double], labels: [Int], sensitive: SensitiveFeature) throws {
        fitted = nil
        let groups = try PrivilegedGroups(training: sensitive, privilegedValues: privilegedValues, labels: labels, scores: scores)
        let predictions = scores.map { $0 > threshold ? 1 : 0 }
        func rates(_ privileged: Bool) throws -> (tpr: Double, fpr: Double, tnr: Double, fnr: Double) {
            let rows = labels.indices.filter { groups.isPrivileged[$0] == privileged }
            let c = try ConfusionCounts(labels: labels, predictions: predictions, rows: rows)
            return (c.truePositives / c.positives, c.falsePositives / c.negatives,
                    c.trueNegatives / c.negatives, c.falseNegatives / c.positives)
        }
        let s = try rates(true), o = try rates(false)
        let program = LinearProgram(
            minimise: [s.fpr - s.tpr, s.tnr - s.fnr, o.fpr - o.tpr, o.tnr - o.fnr],
            constraints: [
                .init([s.tpr, s.fnr, -o.tpr, -o.fnr], .equal, 0),
                .init([s.fpr, s.tnr, -o.fpr, -o.tnr], .equal, 0),
            ],
            bounds: [LinearProgram.Bounds](repeating: .init(lower: 0, upper: 1), count: 4))
        let solution = try program.solve()
        // The simplex can leave a rate an ulp outside [0, 1] (1.0000000000000002 on COMPAS), which
        // is no probability: clamp to the bounds the program states.
        let rate = solution.x.map { min(max($0, 0), 1) }
        fitted = Fitted(privileged: MixingRates(positiveToPositive: rate[0], negativeToPositive: rate[1]),
                        unprivileged: MixingRates(positiveToPositive: rate[2], negativeToPositive: rate[3]),
                        objective: solution.objective)
    }

    /// P(positive) per row: its group's p2p when the base predicts 1, n2p when it predicts 0.
    public func predictProbability(scores: [Double], sensitive: SensitiveFeature) throws -> [Double] {
        guard let fitted else { throw MitigationError.notFitted("EqualizedOddsPostprocessing") }
        try MitigationInput.scores(scores, rows: sensitive.count)
        let groups = PrivilegedGroups(sensitive, privilegedValues: privilegedValues)
        return scores.indices.map { i in
            let rates = groups.isPrivileged[i] ? fitted.privileged : fitted.unprivileged
            return scores[i] > threshold ? rates.positiveToPositive : rates.negativeToPositive
        }
    }
}
