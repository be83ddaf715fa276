/// How much a sampled explainer's attributions move when only its random seed changes: users of
/// shap and lime keep asking whether to trust one run, and this is the answer to measure rather
/// than guess. For each row and player, the population standard deviation of φ over the seeds.
///
/// Example: φ = 0.10, 0.12, 0.14 over three seeds: mean 0.12, sd √((0.02² + 0 + 0.02²)/3) = 0.0163.
/// An explainer that enumerates every coalition gives 0.
public struct AttributionStability: Sendable, Equatable {
    public let seeds: [UInt64]
    /// standardDeviations[row][player], rows in the explanation's order.
    public let standardDeviations: [[Double]]

    /// The largest standard deviation of any attribution.
    public var largest: Double { standardDeviations.flatMap { $0 }.max() ?? 0 }

    /// Runs `explain` once per seed (at least two) and measures the spread.
    public static func measure(seeds: [UInt64], _ explain: (UInt64) throws -> ShapleyExplanation) throws -> AttributionStability {
        guard seeds.count >= 2 else {
            throw ExplainError.invalidSetting(name: "seeds", value: "\(seeds.count)", requirement: "at least 2 to measure a spread")
        }
        let runs = try seeds.map(explain)
        let first = runs[0]
        let sds = first.rows.indices.map { r in
            first.rows[r].attributions.indices.map { p -> Double in
                let values = runs.map { $0.rows[r].attributions[p] }
                let mean = values.reduce(0, +) / Double(values.count)
                return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
            }
        }
        return AttributionStability(seeds: seeds, standardDeviations: sds)
    }
}
