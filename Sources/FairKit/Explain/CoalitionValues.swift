/// v(S) = Σ_b w_b f(x_S, b_rest): the model's weighted mean output when the players in S take x's
/// values and the others each background row's values (interventional Shapley games, as shap's
/// KernelExplainer and `Independent` masker build them).
///
/// Coalitions are evaluated in batches of whole coalitions (`ExplainConstants.batchRows` model
/// rows each), the batches spread over every core; every coalition is evaluated once. A
/// logistic regression's or naive Bayes's coalitions need no rows at all (`AdditiveIndex`), nor
/// a tree's (`TreeRouting`). Each v(S) is computed by one job alone, in a fixed order, so the values are
/// the same bit for bit whatever the number of cores.
///
/// Example: f(x) = x₀ + 2x₁, x = [1, 1], one background row [0, 0]: v(∅) = 0, v({0}) = 1,
/// v({1}) = 2, v({0, 1}) = 3.
struct CoalitionValues: Sendable {
    let model: ExplainedModel
    let background: Background
    let players: PlayerSet
    /// For a tree (`TreeRouting`): the background rows that go left at each node.
    let backgroundLeft: [UInt64]?

    init(model: ExplainedModel, background: Background, players: PlayerSet) {
        self.model = model
        self.background = background
        self.players = players
        backgroundLeft = model.treeRouting?.leftMasks(of: background.rows)
    }

    /// v(S) for each coalition; `coalitions[k][i]` says whether player `active[i]` (player i when
    /// `active` is nil) is in coalition k. Players not active are never in (Kernel SHAP leaves out
    /// the players whose values equal every background row's). `progress` hears, on the calling
    /// thread, how many coalitions are done, a few times per call (`ParallelMap`'s waves).
    func values(x: [Double], coalitions: [[Bool]], among active: [Int]? = nil, progress: ((Int) -> Void)? = nil) throws -> [Double] {
        let active = active ?? Array(0..<players.count)
        // Every path evaluates whole coalitions in jobs of `perJob`.
        let perJob = max(1, ExplainConstants.batchRows / max(background.rows.rows, 1))
        let afterWave = progress.map { report in { (jobs: Int) in report(min(jobs * perJob, coalitions.count)) } }
        if let index = model.linearIndex,
           let v = try indexValues(x: x, coalitions: coalitions, active: active, index: index, perJob: perJob, afterWave: afterWave) {
            return v
        }
        if let index = model.naiveBayesIndex,
           let v = try indexValues(x: x, coalitions: coalitions, active: active, index: index, perJob: perJob, afterWave: afterWave) {
            return v
        }
        if let tree = model.treeRouting, let backgroundLeft {
            return try treeValues(x: x, coalitions: coalitions, active: active, tree: tree, backgroundLeft: backgroundLeft,
                                  perJob: perJob, afterWave: afterWave)
        }
        let b = background.rows.rows
        let batches = (coalitions.count + perJob - 1) / perJob
        let parts = try ParallelMap.run(count: batches, afterWave: afterWave) { batch in
            let range = batch * perJob ..< min((batch + 1) * perJob, coalitions.count)
            let synthetic = syntheticRows(x: x, coalitions: coalitions[range], active: active)
            let out = try model.evaluate(synthetic)
            return range.indices.map { k in background.weightedMean(out[(k - range.lowerBound) * b ..< (k - range.lowerBound + 1) * b]) }
        }
        return parts.flatMap { $0 }
    }

    /// v(S) of a model g(c + Σ_j t_j(x_j)) without synthetic rows (`AdditiveIndex`), coalitions
    /// spread over every core; nil when an index or shift exceeds `index.largestExactTerm` (the
    /// caller then builds rows). Background rows go eight at a time (`SIMDExponential`): each
    /// coalition's indices z_b are summed in registers from the base (or the full row) and the
    /// players' shifts, in the players' order, and g applied and weighted there, so z is never
    /// stored. The rows are padded to a multiple of eight with weight 0.
    private func indexValues<Index: AdditiveIndex>(x: [Double], coalitions: [[Bool]], active: [Int], index: Index, perJob: Int,
                                                   afterWave: ((Int) -> Void)?) throws -> [Double]? {
        let lanes = SIMDExponential.Lanes.scalarCount
        let bg = background.rows
        let (n, m) = (bg.rows, active.count)
        let width = (n + lanes - 1) / lanes * lanes
        var base = [Double](repeating: 0, count: width)
        // shift[i · width + r]: active player i's columns moved from background row r's values to
        // x's; stored player-major so a coalition adds whole contiguous rows.
        var shift = [Double](repeating: 0, count: width * m)
        let columns = bg.columns
        bg.storage.withUnsafeBufferPointer { b in
            guard let start = b.baseAddress else { return }
            for r in 0..<n { base[r] = index.index(start + r * columns, count: columns) }
            // Player-major, so each player's shifts are written contiguously.
            shift.withUnsafeMutableBufferPointer { out in
                for (i, p) in active.enumerated() {
                    for c in players.columns[p] {
                        for r in 0..<n { out[i * width + r] += index.shift(column: c, from: b[r * columns + c], to: x[c]) }
                    }
                }
            }
        }
        let limit = index.largestExactTerm
        if limit.isFinite, !(base.allSatisfy { abs($0) <= limit } && shift.allSatisfy { abs($0) <= limit }) { return nil }
        // full[r] = base[r] + Σ_i shift[i][r]: x's values on every active player, the background
        // row's elsewhere (where they equal x's, up to numpy's allclose): a coalition larger than half
        // starts from it and subtracts the players it lacks, so each costs min(|S|, M − |S|) rows.
        var full = base
        for p in 0..<m { for r in 0..<n { full[r] += shift[p * width + r] } }
        let weights = background.weights + [Double](repeating: 0, count: width - n)
        let (base0, full0, shift0, logistic) = (base, full, shift, index.link == .logistic)
        let jobs = (coalitions.count + perJob - 1) / perJob
        let parts = try ParallelMap.run(count: jobs, afterWave: afterWave) { job -> [Double] in
            let range = job * perJob ..< min((job + 1) * perJob, coalitions.count)
            var members = [Int]()
            members.reserveCapacity(m)
            return base0.withUnsafeBufferPointer { base in
                full0.withUnsafeBufferPointer { full in
                    shift0.withUnsafeBufferPointer { rows in
                        weights.withUnsafeBufferPointer { w in
                            range.map { k in
                                let mask = coalitions[k]
                                var size = 0
                                for inside in mask where inside { size += 1 }
                                let fromFull = 2 * size > m
                                members.removeAll(keepingCapacity: true)
                                for (i, inside) in mask.enumerated() where inside != fromFull { members.append(i * width) }
                                return SIMDExponential.weightedSum(start: fromFull ? full : base, rows: rows, offsets: members,
                                                                   subtract: fromFull, weights: w, logistic: logistic)
                            }
                        }
                    }
                }
            }
        }
        return parts.flatMap { $0 }
    }

    /// For each coalition, the background rows with the coalition's columns set to x's values.
    private func syntheticRows(x: [Double], coalitions: ArraySlice<[Bool]>, active: [Int]) -> Matrix {
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
                    for (i, inside) in coalition.enumerated() where inside {
                        for c in players.columns[active[i]] {
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
