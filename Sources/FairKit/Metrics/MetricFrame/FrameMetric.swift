/// A metric a `MetricFrame` computes in every group: a row of the group metric table (evaluated on
/// confusion counts tallied in one pass), or any function of a group's labels, predictions, scores
/// and weights (AUC, calibration error, a learner's own metric).
///
/// Example: `FrameMetric(.truePositiveRate)`, or
/// `FrameMetric(id: "mean_score", displayName: "mean score", direction: .neutral) { sample in ... }`.
public struct FrameMetric: Sendable, Identifiable {
    /// How the metric is computed.
    enum Evaluation: Sendable {
        case counts(GroupMetric)
        case sample(@Sendable (MetricSample) throws -> MetricValue)
    }

    /// Stable id: the name the frame's values are asked for by.
    public let id: String
    public let displayName: String
    public let direction: MetricDirection
    let evaluation: Evaluation

    /// A metric of the group metric table.
    public init(_ metric: GroupMetric) {
        id = metric.id
        displayName = metric.displayName
        direction = metric.direction
        evaluation = .counts(metric)
    }

    /// A metric computed from each group's rows. `evaluate` may return `.undefined(reason:)` (a
    /// group without both classes has no AUC) or throw on input it cannot use.
    public init(id: String, displayName: String, direction: MetricDirection,
                evaluate: @escaping @Sendable (MetricSample) throws -> MetricValue) {
        self.id = id
        self.displayName = displayName
        self.direction = direction
        evaluation = .sample(evaluate)
    }

    /// The table metric with id `id` (see `GroupMetric.all`).
    public static func named(_ id: String) throws -> FrameMetric {
        FrameMetric(try GroupMetric.named(id))
    }
}

/// The rows of one group (or of a whole stratum) as a sample metric sees them, in row order.
public struct MetricSample: Sendable {
    /// Labels and predictions in {0, 1}.
    public let labels: [Int]
    public let predictions: [Int]
    /// Scores (e.g. P(y = 1)), when the frame was given them.
    public let scores: [Double]?
    /// Instance weights, when the frame was given them.
    public let weights: [Double]?

    public init(labels: [Int], predictions: [Int], scores: [Double]? = nil, weights: [Double]? = nil) {
        self.labels = labels
        self.predictions = predictions
        self.scores = scores
        self.weights = weights
    }

    /// How many rows the sample holds.
    public var count: Int { labels.count }

    /// The rows at `rows`.
    func selecting(_ rows: [Int]) -> MetricSample {
        MetricSample(labels: rows.map { labels[$0] }, predictions: rows.map { predictions[$0] },
                     scores: scores.map { s in rows.map { s[$0] } }, weights: weights.map { w in rows.map { w[$0] } })
    }
}
