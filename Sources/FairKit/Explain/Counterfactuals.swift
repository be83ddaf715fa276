import Foundation

/// Counterfactual explanations (Wachter, Mittelstadt & Russell, "Counterfactual explanations
/// without opening the black box", Harvard JOLT 31, 2018): the smallest changes to a row's
/// columns that flip the model's decision, under constraints a person could act on, with several
/// diverse options scored as DiCE scores them (Mothilal, Sharma & Tan, "Explaining machine
/// learning classifiers through diverse counterfactual explanations", FAT* 2020):
/// - proximity: −mean over options of the distance to x, where the distance of a numeric column
///   is |c − x| / MAD (median absolute deviation in the training data, 1 when 0) and of a
///   categorical column 1 when its level changed, averaged over the changed-or-not columns;
/// - sparsity: 1 − the mean share of columns an option changes;
/// - diversity: the mean distance between pairs of options.
///
/// Search (deterministic given the seed): columns are tried one at a time, then in pairs, then
/// triples (up to `maxChanges`), each mutable column over candidate values from the training
/// data — its distinct values, or its 5%…95% quantiles when there are more than
/// `ExplainConstants.counterfactualValueLimit` — respecting monotone columns (`increaseOnly`,
/// `decreaseOnly`), immutable ones, the training range, and one-hot blocks (another level, never
/// two at once). A category column is monotone only with an order of its levels (`levelOrders`,
/// lowest first): savings ordered `none < low < high` and increase-only, a row at `low` may move
/// to `high` only. After each size, the `ExplainConstants.counterfactualRefined` closest options
/// are kept, each numeric change moved back towards x while the decision stays flipped
/// (`refinements`, on the `steps` grid); options that become the same row count once. It stops at the first size that yields `count` options, or at the time limit.
/// Options are chosen greedily: first the closest of those that change the fewest columns (the
/// smallest actionable change), then each maximising 0.5 · (−distance to x) + 1 · distance to the
/// nearest option already chosen (DiCE's default proximity and diversity weights).
/// When nothing flips the decision the result says so, with what was searched.
public struct CounterfactualSearch: Sendable {
    /// What may happen to a source column.
    public enum Constraint: String, Sendable, Equatable {
        case free, immutable
        /// Numeric columns that can only rise (age, years of education) or only fall.
        case increaseOnly = "increase-only", decreaseOnly = "decrease-only"
    }

    public let model: ExplainedModel
    public let constraints: [String: Constraint]
    /// The order of a monotone category column's levels, lowest first (every level once).
    public let levelOrders: [String: [String]]
    /// The decision threshold on the model's output (0.5 for probabilities, 0 for log-odds).
    public let threshold: Double
    public let count: Int
    public let maxChanges: Int
    public let timeLimit: TimeInterval
    public let seed: UInt64
    /// The smallest change of a numeric column in its encoded units (a column of whole numbers
    /// standardised by σ: 1/σ). Changes are moved back towards x on the grid x ± k·step; a column
    /// without one, on its training values.
    public let steps: [String: Double]
    let columns: [ColumnView]
    private let candidates: [[Double]]
    /// Per numeric column, its distinct training values, sorted (empty for categories).
    let distinct: [[Double]]
    let mad: [Double]
    /// Per column, each level's rank in its order (nil for numeric and unordered columns).
    private let ranks: [[Int]?]

    /// Throws `ExplainError.invalidSetting` for a constraint on a column the model lacks, and for
    /// level orders that do not fit (see `checkLevelOrders`).
    public init(model: ExplainedModel, training: Matrix, constraints: [String: Constraint] = [:],
                levelOrders: [String: [String]] = [:], steps: [String: Double] = [:], count: Int = 3,
                maxChanges: Int = 3, timeLimit: TimeInterval = 5, seed: UInt64 = 0) throws {
        guard training.columns == model.featureNames.count, training.rows > 0 else {
            throw ExplainError.featureCountMismatch(expected: model.featureNames.count, got: training.columns, what: "the training data")
        }
        for name in constraints.keys where !model.groups.names.contains(name) {
            throw ExplainError.invalidSetting(name: "constraint", value: name, requirement: "a source column: \(model.groups.names.joined(separator: ", "))")
        }
        guard count >= 1, maxChanges >= 1, timeLimit > 0 else {
            throw ExplainError.invalidSetting(name: "count/maxChanges/timeLimit", value: "\(count)/\(maxChanges)/\(timeLimit)",
                                              requirement: "all positive")
        }
        let columns = ColumnView.columns(of: model)
        self.ranks = try Self.checkLevelOrders(levelOrders, constraints: constraints, columns: columns)
        self.model = model
        self.constraints = constraints
        self.levelOrders = levelOrders
        self.steps = steps
        self.threshold = model.space == .probability ? 0.5 : 0
        self.count = count
        self.maxChanges = maxChanges
        self.timeLimit = timeLimit
        self.seed = seed
        self.columns = columns
        let distinct = columns.map { column -> [Double] in
            guard case .numeric(let f) = column.kind else { return [] }
            return training.column(f).sorted().reduce(into: [Double]()) { if $0.last != $1 { $0.append($1) } }
        }
        self.distinct = distinct
        self.candidates = columns.indices.map { c in
            guard case .numeric(let f) = columns[c].kind else { return [] }
            let values = training.column(f).sorted()
            guard distinct[c].count > ExplainConstants.counterfactualValueLimit else { return distinct[c] }
            let qs = stride(from: 0.05, through: 0.951, by: 0.05).map { $0 }
            return linearQuantiles(sorted: values, at: qs).reduce(into: [Double]()) { if $0.last != $1 { $0.append($1) } }
        }
        self.mad = columns.map { column in
            guard case .numeric(let f) = column.kind else { return 1 }
            let values = training.column(f).sorted()
            let median = linearQuantiles(sorted: values, at: [0.5])[0]
            let deviations = values.map { abs($0 - median) }.sorted()
            let m = linearQuantiles(sorted: deviations, at: [0.5])[0]
            return m > 0 ? m : 1
        }
    }

    /// Searches counterfactuals for row `row` of `x`.
    public func search(_ x: Matrix, row: Int) throws -> CounterfactualResult {
        guard let original = try ExplainInput.rows(x, [row], model: model).first?.values else {
            throw ExplainError.rowOutOfRange(row: row, rowCount: x.rows)
        }
        let start = Date()
        let output = try model.evaluate(Matrix(rows: 1, columns: original.count, storage: original))[0]
        let decision = output > threshold
        let mutable = columns.indices.filter { constraints[columns[$0].name] != .immutable }
        var generator = SeededGenerator(seed: seed)
        var found: [Counterfactual] = []
        var evaluated = 0
        var timedOut = false
        var searchedSize = 0
        for size in 1...maxChanges where size <= mutable.count {
            searchedSize = size
            let sizeStart = found.count
            let rows = proposals(original, size: size, mutable: mutable, generator: &generator)
            for batch in stride(from: 0, to: rows.count, by: ExplainConstants.batchRows) {
                if Date().timeIntervalSince(start) > timeLimit { timedOut = true; break }
                let chunk = Array(rows[batch ..< min(batch + ExplainConstants.batchRows, rows.count)])
                let outputs = try model.evaluateInParallel(Matrix(rows: chunk))
                evaluated += chunk.count
                for (candidate, out) in zip(chunk, outputs) where (out > threshold) != decision {
                    found.append(makeCounterfactual(candidate, output: out, original: original))
                }
            }
            if !timedOut {
                found = Array(found[..<sizeStart]) + (try refinements(of: found[sizeStart...], original: original, decision: decision,
                                                                      evaluated: &evaluated))
            }
            if timedOut || found.count >= count { break }
        }
        let chosen = choose(found)
        return CounterfactualResult(row: row, output: output, decision: decision ? 1 : 0, options: chosen,
                                    proximity: chosen.isEmpty ? nil : -chosen.map(\.distance).reduce(0, +) / Double(chosen.count),
                                    sparsity: chosen.isEmpty ? nil : 1 - chosen.map { Double($0.changes.count) / Double(columns.count) }.reduce(0, +) / Double(chosen.count),
                                    diversity: diversity(chosen),
                                    evaluated: evaluated, timedOut: timedOut, maxChangesSearched: searchedSize,
                                    immutable: columns.map(\.name).filter { constraints[$0] == .immutable },
                                    elapsed: Date().timeIntervalSince(start))
    }

    /// Rows that change exactly `size` mutable columns of x: every value for one column, and for
    /// more, random combinations (`ExplainConstants.counterfactualProposals` at most).
    private func proposals(_ x: [Double], size: Int, mutable: [Int], generator: inout SeededGenerator) -> [[Double]] {
        let options = mutable.map { alternatives(x, column: $0) }
        if size == 1 {
            return zip(mutable, options).flatMap { c, values in values.map { apply($0, column: c, to: x) } }
        }
        let usable = mutable.indices.filter { !options[$0].isEmpty }
        guard usable.count >= size else { return [] }
        var seen = Set<[Double]>()
        var out: [[Double]] = []
        for _ in 0..<ExplainConstants.counterfactualProposals {
            var row = x
            for k in generator.permutation(usable.count).prefix(size) {
                let i = usable[k]
                row = apply(options[i][generator.nextInt(below: options[i].count)], column: mutable[i], to: row)
            }
            if seen.insert(row).inserted { out.append(row) }
        }
        return out
    }

    /// The values a column may take instead of x's: a number, or a level index.
    private func alternatives(_ x: [Double], column c: Int) -> [Double] {
        switch columns[c].kind {
        case .numeric(let f):
            let current = x[f]
            switch constraints[columns[c].name] ?? .free {
            case .increaseOnly: return candidates[c].filter { $0 > current }
            case .decreaseOnly: return candidates[c].filter { $0 < current }
            case .immutable: return []
            case .free: return candidates[c].filter { $0 != current }
            }
        case .categorical(let features, _):
            let others = features.indices.filter { x[features[$0]] != 1 }
            guard let rank = ranks[c] else { return others.map(Double.init) }
            // A monotone category moves along its order only; a row with no level set stays.
            guard let current = features.indices.first(where: { x[features[$0]] == 1 }).map({ rank[$0] }) else { return [] }
            let increase = constraints[columns[c].name] == .increaseOnly
            return others.filter { increase ? rank[$0] > current : rank[$0] < current }.map(Double.init)
        }
    }

    private func apply(_ value: Double, column c: Int, to x: [Double]) -> [Double] {
        var row = x
        switch columns[c].kind {
        case .numeric(let f): row[f] = value
        case .categorical(let features, _):
            for f in features { row[f] = 0 }
            row[features[Int(value)]] = 1
        }
        return row
    }

    func makeCounterfactual(_ row: [Double], output: Double, original: [Double]) -> Counterfactual {
        var changes: [Counterfactual.Change] = []
        var distance = 0.0
        for (c, column) in columns.enumerated() {
            let (from, to) = (column.describe(original), column.describe(row))
            guard from != to else { continue }
            changes.append(.init(column: column.name, from: from, to: to))
            if case .numeric(let f) = column.kind { distance += abs(row[f] - original[f]) / mad[c] } else { distance += 1 }
        }
        return Counterfactual(values: row, output: output, changes: changes, distance: distance / Double(columns.count))
    }

    private func pairDistance(_ a: Counterfactual, _ b: Counterfactual) -> Double {
        var d = 0.0
        for (c, column) in columns.enumerated() {
            switch column.kind {
            case .numeric(let f): d += abs(a.values[f] - b.values[f]) / mad[c]
            case .categorical: d += column.describe(a.values) == column.describe(b.values) ? 0 : 1
            }
        }
        return d / Double(columns.count)
    }

    private func choose(_ found: [Counterfactual]) -> [Counterfactual] {
        var pool = found.sorted { ($0.changes.count, $0.distance) < ($1.changes.count, $1.distance) }
        guard !pool.isEmpty else { return [] }
        var chosen = [pool.removeFirst()]
        while chosen.count < count, !pool.isEmpty {
            let scores = pool.map { c in
                -ExplainConstants.counterfactualProximityWeight * c.distance
                    + ExplainConstants.counterfactualDiversityWeight * (chosen.map { pairDistance(c, $0) }.min() ?? 0)
            }
            guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }) else { break }
            chosen.append(pool.remove(at: best))
        }
        return chosen
    }

    private func diversity(_ options: [Counterfactual]) -> Double? {
        guard options.count > 1 else { return nil }
        var sum = 0.0, pairs = 0.0
        for i in options.indices { for j in (i + 1)..<options.count { sum += pairDistance(options[i], options[j]); pairs += 1 } }
        return sum / pairs
    }
}
