/// The accuracy / fairness trade-off of one base model: the unmitigated model, exponentiated
/// gradient at every ε of a grid, every candidate of grid search, and the threshold optimizer under
/// each of its constraints, each fitted on the training rows and scored on held-out rows
/// (accuracy and the chosen Fairlearn disparity; the deterministic models, the unmitigated one and
/// grid search's candidates, on their decisions, the randomised ones as expected values from
/// P(positive)), with the Pareto front marked (`TradeoffFront`).
///
/// Example: `TradeoffSweep(epsGrid: [0.01, 0.05, 0.1])` on German Credit gives 1 + 3 + 10 + 2
/// points; `TradeoffFront.recommend(points, tolerance: 0.05)` picks the most accurate one whose
/// demographic parity difference is at most 0.05.
public struct TradeoffSweep: Sendable {
    /// The constraint exponentiated gradient and grid search enforce.
    public let constraint: ParityConstraint
    /// The disparity measured on the held-out rows (Fairlearn's difference, worst case).
    public let disparity: FairlearnDisparity
    /// Exponentiated gradient's eps values (empty: exponentiated gradient is left out).
    public let epsGrid: [Double]
    /// Whether grid search's candidates are included.
    public let includeGridSearch: Bool
    /// The threshold optimizer's constraints to include (empty: none).
    public let thresholdConstraints: [ThresholdOptimizer.Constraint]

    public init(constraint: ParityConstraint = .demographicParity, disparity: FairlearnDisparity = .demographicParity,
                epsGrid: [Double] = [0.01, 0.02, 0.05, 0.1], includeGridSearch: Bool = true,
                thresholdConstraints: [ThresholdOptimizer.Constraint] = [.demographicParity, .equalizedOdds]) throws {
        guard epsGrid.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw MitigationError.invalidSetting(name: "epsGrid", value: "\(epsGrid)", requirement: "finite eps values > 0")
        }
        (self.constraint, self.disparity, self.epsGrid, self.includeGridSearch, self.thresholdConstraints) =
            (constraint, disparity, epsGrid, includeGridSearch, thresholdConstraints)
    }

    /// Fits every variant of `base` on the training rows and scores it on the test rows.
    public func run<Base: Classifier>(base: Base, train: (x: Matrix, y: [Int], sensitive: SensitiveFeature),
                                      test: (x: Matrix, y: [Int], sensitive: SensitiveFeature)) throws -> [TradeoffPoint] {
        let groups = try GroupIndex([test.sensitive])
        func point(_ method: String, _ setting: String, _ p: [Double]) throws -> TradeoffPoint {
            let counts = try GroupedCounts(labels: test.y, probabilities: p, groups: groups)
            guard let accuracy = counts.overall.accuracy.number, let value = disparity.difference(in: counts).number else {
                throw MitigationError.invalidSetting(name: "test rows", value: "\(test.y.count) rows",
                                                     requirement: "every group needs the rows the disparity '\(disparity.id)' divides by")
            }
            return TradeoffPoint(method: method, setting: setting, accuracy: accuracy, disparity: value)
        }
        var fittedBase = base
        try fittedBase.fit(train.x, train.y)
        // The unmitigated model decides at P > 0.5: its probabilities are class probabilities,
        // not the chance of a coin flip, so it is scored on its decisions.
        var points = [try point("unmitigated", "", fittedBase.predict(test.x).map(Double.init))]
        for eps in epsGrid {
            var eg = try ExponentiatedGradient(base: base, constraint: constraint, eps: eps)
            try eg.fit(train.x, train.y, sensitive: train.sensitive)
            points.append(try point("exponentiated_gradient", "eps=\(eps)", eg.predictProbability(test.x)))
        }
        if includeGridSearch {
            var search = try GridSearch(base: base, constraint: constraint)
            try search.fit(train.x, train.y, sensitive: train.sensitive)
            for (k, candidate) in (search.fitted?.candidates ?? []).enumerated() {
                let labels = try candidate.predictor.predict(test.x).map(Double.init)
                points.append(try point("grid_search", "grid point \(k)", labels))
            }
        }
        let trainScores = try fittedBase.predictProbability(train.x), testScores = try fittedBase.predictProbability(test.x)
        for c in thresholdConstraints {
            var optimizer = try ThresholdOptimizer(constraint: c)
            try optimizer.fit(scores: trainScores, labels: train.y, sensitive: train.sensitive)
            points.append(try point("threshold_optimizer", c.rawValue,
                                    optimizer.predictProbability(scores: testScores, sensitive: test.sensitive)))
        }
        return TradeoffFront.marking(points)
    }
}
