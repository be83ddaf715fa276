/// v(S) = Σ_b w_b f(x_S, b_rest): the model's weighted mean output when the players in S take x's
/// values and the others each background row's values (interventional Shapley games, as shap's
/// KernelExplainer and `Independent` masker build them).
///
/// Coalitions are evaluated in batches of whole coalitions (`ExplainConstants.batchRows` model
/// rows each), the batches spread over every core; every coalition is evaluated once.
///
/// Example: f(x) = x₀ + 2x₁, x = [1, 1], one background row [0, 0]: v(∅) = 0, v({0}) = 1,
/// v({1}) = 2, v({0, 1}) = 3.
struct CoalitionValues: Sendable {
    let model: ExplainedModel
    let background: Background
    let players: PlayerSet

    /// v(S) for each coalition; `coalitions[k][p]` says whether player p is in coalition k.
    func values(x: [Double], coalitions: [[Bool]]) throws -> [Double] {
        if let index = model.linearIndex { return try linearValues(x: x, coalitions: coalitions, index: index) }
        let b = background.rows.rows
        let perBatch = max(1, ExplainConstants.batchRows / b)
        let batches = (coalitions.count + perBatch - 1) / perBatch
        let parts = try ParallelMap.run(count: batches) { batch in
            let range = batch * perBatch ..< min((batch + 1) * perBatch, coalitions.count)
            let synthetic = syntheticRows(x: x, coalitions: coalitions[range])
            let out = try model.evaluate(synthetic)
            return range.indices.map { k in background.weightedMean(out[(k - range.lowerBound) * b ..< (k - range.lowerBound + 1) * b]) }
        }
        return parts.flatMap { $0 }
    }

    /// v(S) of a model g(x·β + b) without synthetic rows (`LinearIndex`), coalitions spread over
    /// every core.
    private func linearValues(x: [Double], coalitions: [[Bool]], index: LinearIndex) throws -> [Double] {
        let bg = background.rows
        let (n, m) = (bg.rows, players.count)
        var base = [Double](repeating: index.intercept, count: n)
        // shift[p · n + r]: player p's columns moved from background row r's values to x's, times β;
        // stored player-major so a coalition adds whole contiguous rows.
        var shift = [Double](repeating: 0, count: n * m)
        for r in 0..<n {
            for c in 0..<bg.columns { base[r] += index.coefficients[c] * bg[r, c] }
            for p in 0..<m {
                for c in players.columns[p] { shift[p * n + r] += index.coefficients[c] * (x[c] - bg[r, c]) }
            }
        }
        // full[r] = base[r] + Σ_p shift[p][r] = x·β + b for every r: a coalition larger than half
        // starts from it and subtracts the players it lacks, so each costs min(|S|, M − |S|) rows.
        var full = base
        for p in 0..<m { for r in 0..<n { full[r] += shift[p * n + r] } }
        let (base0, full0, shift0, weights) = (base, full, shift, background.weights)
        let perJob = max(1, ExplainConstants.batchRows / max(n, 1))
        let jobs = (coalitions.count + perJob - 1) / perJob
        let parts = try ParallelMap.run(count: jobs) { job -> [Double] in
            let range = job * perJob ..< min((job + 1) * perJob, coalitions.count)
            var z = [Double](repeating: 0, count: n)
            return range.map { k in
                z.withUnsafeMutableBufferPointer { zp in
                    let mask = coalitions[k]
                    let size = mask.reduce(0) { $0 + ($1 ? 1 : 0) }
                    let fromFull = 2 * size > m
                    (fromFull ? full0 : base0).withUnsafeBufferPointer { bp in for r in 0..<n { zp[r] = bp[r] } }
                    shift0.withUnsafeBufferPointer { sp in
                        for (p, inside) in mask.enumerated() where inside != fromFull {
                            // A rebased slice keeps the index arithmetic out of the loop, so it vectorises.
                            let s = UnsafeBufferPointer(rebasing: sp[p * n ..< (p + 1) * n])
                            if fromFull {
                                for r in 0..<n { zp[r] -= s[r] }
                            } else {
                                for r in 0..<n { zp[r] += s[r] }
                            }
                        }
                    }
                    return weights.withUnsafeBufferPointer { wp in
                        var v = 0.0
                        for r in 0..<n { v += wp[r] * index.link.apply(zp[r]) }
                        return v
                    }
                }
            }
        }
        return parts.flatMap { $0 }
    }

    /// For each coalition, the background rows with the coalition's columns set to x's values.
    private func syntheticRows(x: [Double], coalitions: ArraySlice<[Bool]>) -> Matrix {
        let bg = background.rows
        let width = bg.columns
        var out = Matrix(rows: coalitions.count * bg.rows, columns: width)
        out.storage.withUnsafeMutableBufferPointer { dst in
            bg.storage.withUnsafeBufferPointer { src in
                var offset = 0
                for coalition in coalitions {
                    let base = offset
                    for i in 0..<src.count { dst[offset + i] = src[i] }
                    offset += src.count
                    for (p, inside) in coalition.enumerated() where inside {
                        for c in players.columns[p] {
                            var at = base + c
                            for _ in 0..<bg.rows {
                                dst[at] = x[c]
                                at += width
                            }
                        }
                    }
                }
            }
        }
        return out
    }
}

/// Checks of the rows handed to an explainer.
enum ExplainInput {
    /// The rows of `x` at `indices` (every row when nil), each checked: in range, finite, as
    /// wide as the model.
    static func rows(_ x: Matrix, _ indices: [Int]?, model: ExplainedModel) throws -> [(index: Int, values: [Double])] {
        guard x.columns == model.featureNames.count else {
            throw ExplainError.featureCountMismatch(expected: model.featureNames.count, got: x.columns, what: "the data to explain")
        }
        return try (indices ?? Array(0..<x.rows)).map { r in
            guard (0..<x.rows).contains(r) else { throw ExplainError.rowOutOfRange(row: r, rowCount: x.rows) }
            let values = x.row(r)
            if let c = values.firstIndex(where: { !$0.isFinite }) {
                throw ExplainError.nonFinite(what: "the data to explain", row: r, column: c)
            }
            return (r, values)
        }
    }

    /// Checks the background is as wide as the model.
    static func check(_ background: Background, model: ExplainedModel) throws {
        guard background.rows.columns == model.featureNames.count else {
            throw ExplainError.featureCountMismatch(expected: model.featureNames.count, got: background.rows.columns,
                                                    what: "the background")
        }
    }
}
