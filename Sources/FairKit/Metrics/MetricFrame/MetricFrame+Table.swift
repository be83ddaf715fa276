extension MetricFrame {
    /// A frame over a table's columns: `labels` and `predictions` (0/1 numbers, flags, or categories
    /// with `positive` the positive value), optional `scores` and `weights` columns, and the
    /// `sensitive` and `control` feature columns. Errors name the column and row at fault.
    public init(table: Table, metrics: [FrameMetric], labels: String, predictions: String,
                positive: String? = nil, scores: String? = nil, weights: String? = nil,
                sensitive: [String], control: [String] = []) throws {
        try self.init(metrics: metrics,
                      labels: table.binaryValues(labels, positive: positive),
                      predictions: table.binaryValues(predictions, positive: positive),
                      scores: scores.map(table.finiteNumbers),
                      weights: weights.map(table.finiteNumbers),
                      sensitive: table.sensitiveFeatures(sensitive),
                      control: table.sensitiveFeatures(control))
    }
}
