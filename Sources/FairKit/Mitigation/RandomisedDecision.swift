/// Decisions from P(positive) per row, for the randomised classifiers mitigation produces
/// (the threshold optimizer mixes two thresholds, exponentiated gradient mixes predictors).
///
/// Fairlearn draws fresh randomness on every `predict` call, so the same row can get two
/// different answers and explainers cannot explain either. Here the draw is fixed by a seed the
/// model stores at fit time: row i of a batch is positive when u_i < p_i, with u_i the i-th
/// `nextDouble()` of `SeededGenerator(seed: seed)`. So p = 0 is never positive, p = 1 always,
/// and the same batch with the same seed always gets the same labels.
///
/// Example: seed 0's first draws are 0x99EC5F36CB75F2B4 >> 11 · 2⁻⁵³ = 0.6013 and
/// 0xBF6E1F784956452A >> 11 · 2⁻⁵³ = 0.7478, so P = [0.7, 0.7] gives [1, 0].
public enum RandomisedDecision {
    /// 1 where u_i < p_i (see the type's comment).
    public static func sample(_ probabilities: [Double], seed: UInt64) -> [Int] {
        var generator = SeededGenerator(seed: seed)
        return probabilities.map { generator.nextDouble() < $0 ? 1 : 0 }
    }

    /// The share of rows whose P(positive) is strictly between 0 and 1: how much of the decision
    /// the coin flip makes. 0 for a deterministic classifier.
    public static func randomisedShare(_ probabilities: [Double]) -> Double {
        guard !probabilities.isEmpty else { return 0 }
        return Double(probabilities.filter { $0 > 0 && $0 < 1 }.count) / Double(probabilities.count)
    }
}

/// A classifier that needs each row's sensitive group to decide (post-processors choose a
/// threshold per group). It is kept apart from `Classifier`, whose rows carry features only.
public protocol GroupAwareClassifier: Sendable {
    /// P(y = 1) for each row of `x`, whose group is in `sensitive`.
    func predictProbability(_ x: Matrix, sensitive: SensitiveFeature) throws -> [Double]
    /// The seed `predict` draws with (see `RandomisedDecision`).
    var seed: UInt64 { get }
}

extension GroupAwareClassifier {
    /// Labels drawn from `predictProbability` with the model's seed: reproducible.
    public func predict(_ x: Matrix, sensitive: SensitiveFeature) throws -> [Int] {
        RandomisedDecision.sample(try predictProbability(x, sensitive: sensitive), seed: seed)
    }
}
