/// A seeded, stratified nonparametric bootstrap of confusion counts, and percentile intervals.
///
/// Each resample draws, within every stratum, as many rows as the stratum has, uniformly with
/// replacement (Efron & Tibshirani 1993, "An Introduction to the Bootstrap", ch. 6 and 13), and
/// tallies each stratum's weighted TP, FP, TN, FN. Stratifying keeps every group's size fixed, as
/// the data's design fixes it: a resample never loses a small group. A statistic of the counts (a
/// difference, a ratio, a composite such as equalized odds) is evaluated on every resample; its
/// **percentile interval** at confidence 1 - α is the α/2 and 1 - α/2 quantiles of those values
/// (numpy's linear quantiles). Percentile intervals need no standard error formula, which the
/// composite disparities (a max of two gaps, a ratio) lack, and stay inside the statistic's range
/// (a ratio's interval is never negative); resamples where the statistic is undefined are left
/// out and counted.
///
/// Unweighted, a stratum's resample is summed up by its four cell counts, which follow the
/// multinomial distribution of n draws over the stratum's cell shares; they are drawn as
/// conditional binomials (TN ~ Bin(n, TN/n), then FP among the rest, ...), each by inversion from
/// the mode (`Binomial`), which gives the same resampling distribution as drawing rows at a cost
/// that grows with √n instead of n. Weighted, rows are drawn one by one and their weights summed.
///
/// Resample r uses its own generator seeded from (seed, r), so the result does not depend on how
/// resamples are spread over cores.
///
/// Example: one stratum of two rows, a TP and an FN (TPR 1/2). A resample draws 2 rows: TP twice
/// (probability 1/4, TPR 1), one of each (1/2, TPR 1/2) or FN twice (1/4, TPR 0); so about 250 of
/// 1,000 resamples give 0 and 250 give 1, and the 95% percentile interval is [0, 1].
struct StratifiedBootstrap: Sendable {
    /// Per stratum, each row's cell 2y + ŷ (0 TN, 1 FP, 2 FN, 3 TP); kept when weighted.
    private let cells: [[UInt8]]
    /// Per stratum, its rows in each cell (TN, FP, FN, TP).
    private let cellCounts: [[Int]]
    /// Per stratum, each row's weight, when weighted.
    private let weights: [[Double]]?

    /// Strata by `codes` (0..<strata; rows with a negative code are left out).
    init(labels: [Int], predictions: [Int], weights: [Double]?, codes: [Int32], strata: Int) {
        var cells = [[UInt8]](repeating: [], count: strata)
        var stratumWeights = [[Double]](repeating: [], count: strata)
        for i in codes.indices where codes[i] >= 0 {
            cells[Int(codes[i])].append(UInt8(2 * labels[i] + predictions[i]))
            if let weights { stratumWeights[Int(codes[i])].append(weights[i]) }
        }
        self.cellCounts = cells.map { rows in rows.reduce(into: [0, 0, 0, 0]) { $0[Int($1)] += 1 } }
        self.cells = weights == nil ? [] : cells
        self.weights = weights == nil ? nil : stratumWeights
    }

    /// The counts of every stratum in resample `r`.
    func resample(_ r: Int, seed: UInt64) -> [ConfusionCounts] {
        var generator = SeededGenerator(seed: seed ^ (UInt64(r) &* 0x9E37_79B9_7F4A_7C15))
        guard let weights else {
            return cellCounts.map { counts in
                // Conditional binomials: each cell's count among the draws not yet given to the cells before it.
                var left = counts.reduce(0, +), rest = left
                var drawn = [0, 0, 0, 0]
                for cell in 0..<3 {
                    drawn[cell] = rest > 0 ? Binomial.sample(left, Double(counts[cell]) / Double(rest), using: &generator) : 0
                    left -= drawn[cell]
                    rest -= counts[cell]
                }
                drawn[3] = left
                return ConfusionCounts(truePositives: Double(drawn[3]), falsePositives: Double(drawn[1]),
                                       trueNegatives: Double(drawn[0]), falseNegatives: Double(drawn[2]))
            }
        }
        return cells.indices.map { s in
            var sums = SIMD4<Double>()
            let rows = cells[s]
            let w = weights[s]
            rows.withUnsafeBufferPointer { cell in
                for _ in 0..<cell.count {
                    let j = generator.nextInt(below: cell.count)
                    sums[Int(cell[j])] += w[j]
                }
            }
            return ConfusionCounts(truePositives: sums[3], falsePositives: sums[1], trueNegatives: sums[0], falseNegatives: sums[2])
        }
    }

    /// `statistic` (a vector of values, `nil` where undefined) on each of `replicates` resamples,
    /// spread over the cores; then each entry's percentile interval at `confidence`.
    func percentileIntervals(replicates: Int, seed: UInt64, confidence: Double,
                             statistic: @escaping @Sendable ([ConfusionCounts]) -> [Double?]) -> [ConfidenceInterval?] {
        guard replicates > 0 else { return [] }
        let chunks = min(replicates, 16)
        let results = (try? ParallelMap.run(count: chunks) { chunk in
            stride(from: chunk, to: replicates, by: chunks).map { statistic(resample($0, seed: seed)) }
        }) ?? []
        let rows = results.flatMap { $0 }
        guard let width = rows.first?.count else { return [] }
        let tail = (1 - confidence) / 2
        return (0..<width).map { k in
            let values = rows.compactMap { $0[k] }.sorted()
            guard !values.isEmpty else { return nil }
            let ends = linearQuantiles(sorted: values, at: [tail, 1 - tail])
            let left = rows.count - values.count
            return ConfidenceInterval(lower: ends[0], upper: ends[1], undefinedResamples: left > 0 ? left : nil)
        }
    }
}
