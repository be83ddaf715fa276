/// What LIME says about one row: the surrogate's intercept and weighted features, and the numbers
/// that tell whether to trust it (its R² near x, and its prediction at x against the model's).
public struct LimeExplanation: Sendable, Equatable {
    /// One selected feature: which encoded column, its readable condition ("age > 42.00",
    /// "purpose=radio/television = 1"), and its weight in the surrogate.
    public struct Term: Sendable, Equatable {
        public let feature: Int
        public let description: String
        public let weight: Double
    }

    public let row: Int
    public let space: OutputSpace
    /// The surrogate's intercept.
    public let intercept: Double
    /// The selected features, largest |weight| first.
    public let terms: [Term]
    /// The surrogate at x: intercept + Σ weights (every binary feature is 1 at x).
    public let localPrediction: Double
    /// The model at x.
    public let modelOutput: Double
    /// The surrogate's weighted R² over the neighbourhood (lime's `score`).
    public let score: Double
    public let kernelWidth: Double
    public let samples: Int
    public let seed: UInt64
    let groups: FeatureGroups

    /// Weights summed by source column (columns without a selected feature get 0).
    public var sourceColumnWeights: [(column: String, weight: Double)] {
        var sums = [Double](repeating: 0, count: groups.names.count)
        for t in terms { sums[groups.groupOfFeature[t.feature]] += t.weight }
        return zip(groups.names, sums).map { ($0, $1) }
    }

    /// |model − surrogate| at x: how far the surrogate misses the very prediction it explains.
    public var localError: Double { abs(modelOutput - localPrediction) }

    public static func == (a: LimeExplanation, b: LimeExplanation) -> Bool {
        a.row == b.row && a.terms == b.terms && a.intercept == b.intercept && a.score == b.score && a.seed == b.seed
    }
}
