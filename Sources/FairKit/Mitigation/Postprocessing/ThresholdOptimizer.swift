/// Post-processing by group-specific, randomised thresholds on a fitted model's scores (Hardt,
/// Price & Srebro, "Equality of opportunity in supervised learning", NeurIPS 2016), as Fairlearn
/// 0.15's `ThresholdOptimizer` implements it, with its `flip` and `tol` options.
///
/// For each group, every threshold on the scores is a point (x, y) — x the constrained rate,
/// y the objective — and randomising between two thresholds reaches any point of the upper
/// convex hull of those points (`TradeoffCurve`). x is read at the grid 0, 1/G, …, 1
/// (G = `gridSize`, default 1000):
/// - single-rate constraints (demographic parity: x = selection rate; TPR, FPR, TNR, FNR parity):
///   every group gets the same x; the x maximising Σ_g P(g) · y_g(x) is chosen (the first on ties),
///   with P(g) the group's share of the rows and y the objective's rate within the group;
/// - equalized odds: x = FPR and y = TPR on each group's ROC hull; at each x the common TPR is
///   the smallest group's, t(x) = min_g y_g(x), a group above it mixes in the constant prediction
///   "1 with probability x" with probability p_ignore = (y_g − t)/(y_g − x), and the x maximising
///   the objective of FP = N·x, TP = P·t (Fairlearn rounds it to 15 decimals) is chosen.
///
/// With `flip`, each group's points also include every threshold's opposite rule "predict 1 when
/// s < t" (see `TradeoffCurve`), so a group on which the model is worse than chance can use it.
/// With a `tolerance` (single-rate constraints only, as in Fairlearn), each group may read its
/// curve at its own grid x as long as the groups' x differ by at most the tolerance
/// (`ThresholdOptimizer+Tolerance.swift`).
///
/// A row of group g with score s is then positive with probability
///   P(1) = (1 − p_ignore)(p0·[s op0 t0] + p1·[s op1 t1]) + p_ignore · x, op ∈ {>, <}.
/// `predictProbability` returns that expected value; `predict` draws from it with the seed
/// stored at fit time (`RandomisedDecision`), so it is reproducible.
///
/// Worked example: group a with scores [0.9, 0.8, 0.3, 0.2] and labels [1, 0, 1, 0] has the ROC
/// hull (0, 0), (0, ½), (½, 1), (1, 1) (see `TradeoffCurve`); at FPR x = ¼ it mixes the
/// thresholds 0.85 and 0.25 half and half, and a row scoring 0.5 is positive with probability ½.
public struct ThresholdOptimizer: ScorePostprocessor {
    /// The rate equalised across groups.
    public enum Constraint: String, Sendable, CaseIterable {
        case demographicParity = "demographic_parity"
        case equalizedOdds = "equalized_odds"
        case truePositiveRateParity = "true_positive_rate_parity"
        case falsePositiveRateParity = "false_positive_rate_parity"
        case trueNegativeRateParity = "true_negative_rate_parity"
        case falseNegativeRateParity = "false_negative_rate_parity"

        /// The equalised rate of a single-rate constraint (x on the trade-off curve); equalized
        /// odds uses FPR as x and TPR as y.
        var rate: (ConfusionCounts) -> Double {
            switch self {
            case .demographicParity: return { $0.predictedPositives / $0.total }
            case .truePositiveRateParity: return { $0.truePositives / $0.positives }
            case .falsePositiveRateParity, .equalizedOdds: return { $0.falsePositives / $0.negatives }
            case .trueNegativeRateParity: return { $0.trueNegatives / $0.negatives }
            case .falseNegativeRateParity: return { $0.falseNegatives / $0.positives }
            }
        }
    }

    /// The performance the thresholds maximise.
    public enum Objective: String, Sendable, CaseIterable {
        case accuracy = "accuracy_score"
        case balancedAccuracy = "balanced_accuracy_score"

        func value(_ c: ConfusionCounts) -> Double {
            switch self {
            case .accuracy: return (c.truePositives + c.trueNegatives) / c.total
            case .balancedAccuracy: return 0.5 * c.truePositives / c.positives + 0.5 * c.trueNegatives / c.negatives
            }
        }
    }

    /// How a threshold turns a score into a decision: 1 when score > threshold (`above`, Fairlearn's
    /// ">"), or, a flipped rule, 1 when score < threshold (`below`, "<").
    public enum Operation: String, Sendable, CaseIterable {
        case above = ">"
        case below = "<"

        func positive(_ score: Double, _ threshold: Double) -> Bool {
            self == .above ? score > threshold : score < threshold
        }
    }

    /// What the optimizer chose for one group.
    public struct GroupRule: Sendable, Equatable {
        public let group: String
        /// With probability p0 predict 1 when score `operation0` threshold0, with p1 = 1 − p0 when
        /// score `operation1` threshold1 (both `above` unless `flip` chose a flipped rule).
        public let threshold0: Double
        public let p0: Double
        public let threshold1: Double
        public let p1: Double
        public var operation0: Operation = .above
        public var operation1: Operation = .above
        /// Equalized odds only: the probability of replacing that decision by a draw that is 1
        /// with probability `constantProbability` (0 for single-rate constraints).
        public let pIgnore: Double
        public let constantProbability: Double
        /// The group's constrained rate x and objective rate y on the training rows (expected values).
        public internal(set) var rate: Double
        public internal(set) var objective: Double
    }

    /// What `fit` chose.
    public struct Fitted: Sendable, Equatable {
        public let constraint: Constraint
        public let objective: Objective
        /// The grid value of x chosen (the common FPR for equalized odds); with a tolerance, the
        /// largest of `gridRates`.
        public let bestRate: Double
        /// The overall objective at the chosen grid values on the training rows (expected value).
        public let bestObjective: Double
        /// The grid value of x each rule was read at, in the rules' order: all `bestRate` without
        /// a tolerance; with one, they differ by at most the tolerance.
        public var gridRates: [Double] = []
        /// One rule per group, in the sensitive column's order.
        public let rules: [GroupRule]
        public let sensitiveFeature: String
    }

    /// The grid size Fairlearn uses by default: x in steps of 1/1000.
    public static let defaultGridSize = 1000

    public let constraint: Constraint
    public let objective: Objective
    public let gridSize: Int
    /// Fairlearn's `flip` (default false): also consider the rules "predict 1 when score < t".
    public let flip: Bool
    /// Fairlearn's `tol` (default nil: no relaxation): the groups' constrained rates may differ by
    /// at most this much. 0 is the strict problem, as in Fairlearn (`if not self.tol`).
    public let tolerance: Double?
    /// The seed of `predict`'s draws.
    public let seed: UInt64
    public internal(set) var fitted: Fitted?

    /// Stores the settings; `gridSize` at least 1; `tolerance` finite, ≥ 0 and not with equalized
    /// odds (Fairlearn: "Relaxed constraints are not supported for equalized odds.").
    public init(constraint: Constraint = .demographicParity, objective: Objective = .accuracy,
                gridSize: Int = ThresholdOptimizer.defaultGridSize, flip: Bool = false, tolerance: Double? = nil,
                seed: UInt64 = 0) throws {
        guard gridSize >= 1 else {
            throw MitigationError.invalidSetting(name: "gridSize", value: "\(gridSize)", requirement: "at least 1")
        }
        if let tolerance {
            guard tolerance.isFinite, tolerance >= 0 else {
                throw MitigationError.invalidSetting(name: "tol", value: "\(tolerance)", requirement: "a number >= 0")
            }
            guard constraint != .equalizedOdds else {
                throw MitigationError.invalidSetting(name: "tol", value: "\(tolerance)",
                                                     requirement: "not supported with equalized_odds (as in Fairlearn); use a single-rate constraint")
            }
        }
        self.constraint = constraint
        self.objective = objective
        self.gridSize = gridSize
        self.flip = flip
        self.tolerance = tolerance
        self.seed = seed
    }

    /// Chooses each group's thresholds from a fitted model's `scores` on the training rows
    /// (probabilities or decision values), their `labels` and `sensitive` groups. Every group
    /// needs rows of both labels (Fairlearn: "Degenerate labels").
    public mutating func fit(scores: [Double], labels: [Int], sensitive: SensitiveFeature, sampleWeight: [Double]? = nil) throws {
        fitted = nil
        let rows = try MitigationInput.rows(labels: labels, sensitive: sensitive, sampleWeight: sampleWeight)
        try MitigationInput.scores(scores, rows: rows.count)
        var members = [[Int]](repeating: [], count: rows.groupNames.count)
        for i in 0..<rows.count { members[rows.groups[i]].append(i) }
        let groups = members.indices.filter { !members[$0].isEmpty }
        let objective = self.objective
        let x = constraint.rate
        let y: (ConfusionCounts) -> Double = constraint == .equalizedOdds ? { $0.truePositives / $0.positives } : { objective.value($0) }
        var curves: [TradeoffCurve] = []
        var shares: [Double] = []
        var totals: [ConfusionCounts] = []
        let total = rows.weights.reduce(0, +)
        for g in groups {
            let s = members[g].map { scores[$0] }, l = members[g].map { rows.labels[$0] }, w = members[g].map { rows.weights[$0] }
            let counts = try ConfusionCounts(labels: l, predictions: l, weights: w)
            for label in 0...1 where (label == 1 ? counts.positives : counts.negatives) == 0 {
                throw MitigationError.singleLabelInGroup(group: rows.groupNames[g], label: 1 - label)
            }
            curves.append(TradeoffCurve(scores: s, labels: l, weights: w, flip: flip, x: x, y: y))
            shares.append(w.reduce(0, +) / total)
            totals.append(counts)
        }
        // numpy's linspace(0, 1, G + 1): k · (1/G), the last exactly 1. Not k/G: 697 · 0.001 is
        // 0.6970000000000001, and with a tolerance whether two grid points are within 0.05 of each
        // other (0.747 − 0.697) depends on that last bit.
        let step = 1 / Double(gridSize)
        let grid = (0...gridSize).map { $0 == gridSize ? 1 : Double($0) * step }
        let mixtures = curves.map { curve in grid.indices.map { curve.mixture(at: grid[$0], isFirstGridPoint: $0 == 0) } }
        let chosen: [Int], bestValue: Double
        if let tolerance, tolerance > 0 {
            let weighted = zip(shares, mixtures).map { share, curve in curve.map { share * $0.y } }
            (chosen, bestValue) = Self.maximizeWithTolerance(weightedObjectives: weighted, grid: grid, tolerance: tolerance)
        } else {
            let best = strictBest(mixtures: mixtures, shares: shares, overall: totals.reduce(.zero, +), grid: grid)
            (chosen, bestValue) = (Array(repeating: best.index, count: groups.count), best.value)
        }
        let xBest = chosen.map { grid[$0] }.max() ?? 0
        let tBest = zip(mixtures, chosen).map { $0[$1].y }.min() ?? 0
        var rules: [GroupRule] = []
        for (index, g) in groups.enumerated() {
            let m = mixtures[index][chosen[index]]
            var pIgnore = 0.0
            if constraint == .equalizedOdds, m.y != xBest { pIgnore = (m.y - tBest) / (m.y - xBest) }
            var rule = GroupRule(group: rows.groupNames[g], threshold0: m.threshold0, p0: m.p0, threshold1: m.threshold1, p1: m.p1,
                                 operation0: m.operation0, operation1: m.operation1,
                                 pIgnore: pIgnore, constantProbability: constraint == .equalizedOdds ? xBest : 0, rate: 0, objective: 0)
            let p = members[g].map { rule.probability(score: scores[$0]) }
            let counts = try ConfusionCounts(labels: members[g].map { rows.labels[$0] }, probabilities: p,
                                             weights: members[g].map { rows.weights[$0] })
            (rule.rate, rule.objective) = (x(counts), objective.value(counts))
            rules.append(rule)
        }
        fitted = Fitted(constraint: constraint, objective: objective, bestRate: xBest, bestObjective: bestValue,
                        gridRates: chosen.map { grid[$0] }, rules: rules, sensitiveFeature: sensitive.name)
    }

    /// The strict problem: the grid index maximising the objective with every group at the same x
    /// (the first on ties, as pandas' `idxmax`), and that objective.
    private func strictBest(mixtures: [[TradeoffCurve.Mixture]], shares: [Double], overall: ConfusionCounts,
                            grid: [Double]) -> (index: Int, value: Double) {
        var best = 0, bestValue = -Double.infinity
        for k in grid.indices {
            let value: Double
            if constraint == .equalizedOdds {
                let t = mixtures.map { $0[k].y }.min() ?? 0
                let counts = ConfusionCounts(truePositives: overall.positives * t, falsePositives: overall.negatives * grid[k],
                                             trueNegatives: overall.negatives * (1 - grid[k]), falseNegatives: overall.positives * (1 - t))
                value = (objective.value(counts) * 1e15).rounded(.toNearestOrEven) / 1e15
            } else {
                value = zip(shares, mixtures).reduce(0) { $0 + $1.0 * $1.1[k].y }
            }
            if value > bestValue { (best, bestValue) = (k, value) }
        }
        return (best, bestValue)
    }

    /// P(positive) for each row from the base model's `scores` and the row's group (the
    /// expected value of `predict`). A group `fit` did not see is an error.
    public func predictProbability(scores: [Double], sensitive: SensitiveFeature) throws -> [Double] {
        guard let fitted else { throw MitigationError.notFitted("ThresholdOptimizer") }
        try MitigationInput.scores(scores, rows: sensitive.count)
        let ruleOfLevel = sensitive.levels.map { level in fitted.rules.first { $0.group == level } }
        return try scores.indices.map { i in
            guard let rule = ruleOfLevel[Int(sensitive.codes[i])] else {
                throw MitigationError.invalidValue(what: "sensitive value", row: i, value: "'\(sensitive.levels[Int(sensitive.codes[i])])'",
                                                   requirement: "the threshold optimizer was fitted without this group (groups: "
                                                       + fitted.rules.map(\.group).joined(separator: ", ") + ")")
            }
            return rule.probability(score: scores[i])
        }
    }

    /// Labels drawn from `predictProbability` with the stored seed (reproducible).
    public func predict(scores: [Double], sensitive: SensitiveFeature) throws -> [Int] {
        RandomisedDecision.sample(try predictProbability(scores: scores, sensitive: sensitive), seed: seed)
    }
}

extension ThresholdOptimizer.GroupRule {
    /// (1 − p_ignore)(p0·[s op0 t0] + p1·[s op1 t1]) + p_ignore · constant.
    func probability(score s: Double) -> Double {
        let mixed = p0 * (operation0.positive(s, threshold0) ? 1 : 0) + p1 * (operation1.positive(s, threshold1) ? 1 : 0)
        return pIgnore == 0 ? mixed : pIgnore * constantProbability + (1 - pIgnore) * mixed
    }
}
