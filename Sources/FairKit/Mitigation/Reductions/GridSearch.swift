import Foundation

/// Grid search reduction (Agarwal et al., "A reductions approach to fair classification", ICML
/// 2018, §3.4), as Fairlearn 0.15's `GridSearch`: one cost-sensitive fit of the base model per
/// point λ of a grid of Lagrange multipliers, then the deterministic predictor with the smallest
///   (1 − w) · err(h) + w · max_k γ_k(h)        (w = `constraintWeight`, default ½).
///
/// The grid (Fairlearn's `_GridGenerator`): one coordinate per (event, group) pair except each
/// event's last group in order of first appearance (its constraint is implied by the others),
/// integer points with L1 norm ≤ m, coordinates from −m to m, enumerated coordinate by
/// coordinate, m the smallest number giving at least `gridSize` points; the first `gridSize` are
/// scaled by `gridLimit`/m; a positive coordinate c is λ⁺ = c for its pair, a negative one λ⁻ = −c.
/// Defaults: gridSize 10, gridLimit 2, constraintWeight ½.
///
/// Worked example: demographic parity with two groups has one coordinate; 10 points need m = 5
/// (−4…4 gives only 9), so the grid is −5…4 times 2/5: λ = −2, −1.6, …, 1.6.
public struct GridSearch<Base: Classifier>: Sendable {
    /// The grid's defaults, Fairlearn's.
    public static var defaultGridSize: Int { 10 }
    public static var defaultGridLimit: Double { 2 }
    public static var defaultConstraintWeight: Double { 0.5 }

    /// One grid point's fit.
    public struct Candidate: Sendable {
        /// The multipliers (λ⁺ for every pair, then λ⁻).
        public let lambda: [Double]
        public let predictor: ReductionPredictor<Base>
        /// err(h) and max_k γ_k(h) on the training rows, and the selection loss.
        public let error: Double
        public let largestViolation: Double
        public let loss: Double
    }

    public struct Fitted: Sendable {
        public let candidates: [Candidate]
        /// The candidate with the smallest loss (the first on ties).
        public let bestIndex: Int
        public var best: Candidate { candidates[bestIndex] }
    }

    public let base: Base
    public let constraint: ParityConstraint
    public let gridSize: Int
    public let gridLimit: Double
    public let constraintWeight: Double
    public private(set) var fitted: Fitted?

    /// Stores and checks the settings: gridSize ≥ 1, gridLimit > 0, constraintWeight in [0, 1].
    public init(base: Base, constraint: ParityConstraint = .demographicParity, gridSize: Int = GridSearch.defaultGridSize,
                gridLimit: Double = GridSearch.defaultGridLimit, constraintWeight: Double = GridSearch.defaultConstraintWeight) throws {
        guard gridSize >= 1 else { throw MitigationError.invalidSetting(name: "gridSize", value: "\(gridSize)", requirement: "at least 1") }
        guard gridLimit > 0, gridLimit.isFinite else {
            throw MitigationError.invalidSetting(name: "gridLimit", value: "\(gridLimit)", requirement: "a finite number > 0")
        }
        guard (0...1).contains(constraintWeight) else {
            throw MitigationError.invalidSetting(name: "constraintWeight", value: "\(constraintWeight)", requirement: "between 0 and 1")
        }
        (self.base, self.constraint, self.gridSize, self.gridLimit, self.constraintWeight) = (base, constraint, gridSize, gridLimit, constraintWeight)
    }

    /// Fits the base model at every grid point and keeps the best.
    public mutating func fit(_ x: Matrix, _ y: [Int], sensitive: SensitiveFeature) throws {
        fitted = nil
        let rows = try MitigationInput.rows(labels: y, sensitive: sensitive)
        try MitigationInput.check(count: x.rows, of: "the feature matrix", rows: rows.count)
        var game = try Lagrangian(x: x, labels: y, moment: try UtilityParity(constraint, rows: rows), eps: 0, base: base)
        let moment = game.moment
        // Basis pairs: per event in order of first appearance, every group but the last to appear.
        let groupOrder = Self.firstAppearances(rows.groups.map { Optional($0) })
        let eventOrder = Self.firstAppearances(moment.eventOfRow)
        let basis = eventOrder.flatMap { e in groupOrder.dropLast().compactMap { g in moment.pairs.firstIndex { $0 == (e, g) } } }
        let points = Self.integerGrid(dimension: basis.count, size: gridSize)
        var candidates: [Candidate] = []
        for (units, point) in points {
            var lambda = [Double](repeating: 0, count: moment.count)
            for (d, pair) in basis.enumerated() {
                let c = Double(point[d]) * gridLimit / Double(units)
                if c > 0 { lambda[pair] = c } else if c < 0 { lambda[moment.pairs.count + pair] = -c }
            }
            let (predictor, h) = try game.fitCostSensitive(lambda, rescaleWeights: false)
            let error = game.error(h), worst = moment.gamma(h).max() ?? 0
            candidates.append(Candidate(lambda: lambda, predictor: predictor, error: error, largestViolation: worst,
                                        loss: (1 - constraintWeight) * error + constraintWeight * worst))
        }
        let smallest = candidates.map(\.loss).min() ?? 0
        fitted = Fitted(candidates: candidates, bestIndex: candidates.firstIndex { $0.loss == smallest } ?? 0)
    }

    /// The best predictor's P(positive) (its base model's probabilities; 0 or 1 for a constant).
    public func predictProbability(_ x: Matrix) throws -> [Double] {
        guard let fitted else { throw MitigationError.notFitted("GridSearch") }
        return try fitted.best.predictor.probability(x)
    }

    /// The best predictor's labels (deterministic).
    public func predict(_ x: Matrix) throws -> [Int] {
        guard let fitted else { throw MitigationError.notFitted("GridSearch") }
        return try fitted.best.predictor.predict(x)
    }

    /// Distinct non-nil values in order of first appearance.
    static func firstAppearances(_ values: [Int?]) -> [Int] {
        var seen = Set<Int>(), order: [Int] = []
        for case let v? in values where seen.insert(v).inserted { order.append(v) }
        return order
    }

    /// The first `size` integer points of L1 norm ≤ m in Fairlearn's enumeration order, with m
    /// the smallest giving at least `size` points (starting from ⌊(size/2^d)^(1/d) − 1⌋), each
    /// returned with m.
    static func integerGrid(dimension d: Int, size: Int) -> [(units: Int, point: [Int])] {
        guard d > 0 else { return [(1, [])] }
        var units = max(0, Int((pow(Double(size) / Double(1 << d), 1 / Double(d)) - 1).rounded(.down)))
        while true {
            var points: [[Int]] = []
            var entry = [Int](repeating: 0, count: d)
            func accumulate(_ index: Int, _ budget: Int) {
                if index == d { points.append(entry); return }
                for v in -budget...budget {
                    entry[index] = v
                    accumulate(index + 1, budget - abs(v))
                }
            }
            accumulate(0, units)
            if points.count >= size { return points.prefix(size).map { (units, $0) } }
            units += 1
        }
    }
}
