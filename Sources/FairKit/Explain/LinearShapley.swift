/// Linear SHAP: for a model linear in log-odds, f(x) = β·x + b, the interventional Shapley values
/// are closed-form, φ_i = β_i (x_i − E[x_i]), with base value E f = β·E[x] + b (Lundberg & Lee,
/// NeurIPS 2017, Corollary 1; shap's `LinearExplainer` with `feature_perturbation="interventional"`).
/// The expectation is the background's weighted mean. Groups add their features' values.
///
/// Example: β = [2, −1], b = 0.5, E x = [1, 0], x = [2, 3]: φ = [2·(2 − 1), −1·(3 − 0)] = [2, −3],
/// base 2·1 + 0.5 = 2.5, output 2·2 − 3 + 0.5 = 1.5 = 2.5 + 2 − 3.
public struct LinearShapley: Sendable {
    public let coefficients: [Double]
    public let intercept: Double
    /// E[x] over the background.
    public let mean: [Double]
    public let featureNames: [String]
    public let groups: FeatureGroups

    /// From coefficients and intercept (log-odds), and a background for E[x].
    public init(coefficients: [Double], intercept: Double, background: Background,
                featureNames: [String], groups: FeatureGroups? = nil) throws {
        guard background.rows.columns == coefficients.count, featureNames.count == coefficients.count else {
            throw ExplainError.featureCountMismatch(expected: coefficients.count, got: background.rows.columns,
                                                    what: "the background (or the feature names)")
        }
        self.coefficients = coefficients
        self.intercept = intercept
        self.mean = background.mean
        self.featureNames = featureNames
        self.groups = groups ?? .singletons(featureNames)
    }

    /// From a fitted `LogisticRegression`.
    public init(_ model: LogisticRegression, background: Background, featureNames: [String], groups: FeatureGroups? = nil) throws {
        guard let fitted = model.fitted else { throw ModelError.notFitted(model: "LogisticRegression") }
        try self.init(coefficients: fitted.coefficients, intercept: fitted.intercept, background: background,
                      featureNames: featureNames, groups: groups)
    }

    /// Explains the rows of `x` at `rows` (every row when nil), in log-odds, one attribution per
    /// feature and their sums per source column.
    public func explain(_ x: Matrix, rows: [Int]? = nil) throws -> ShapleyExplanation {
        let model = try ExplainedModel(featureNames: featureNames, groups: groups, space: .logOdds) { _ in [] }
        let base = coefficients.dot(mean) + intercept
        let explained = try ExplainInput.rows(x, rows, model: model).map { row in
            let phi = coefficients.indices.map { coefficients[$0] * (row.values[$0] - mean[$0]) }
            return (row.index, base, phi, coefficients.dot(row.values) + intercept)
        }
        return ShapleyExplanation(method: "linear-shap", space: .logOdds,
                                  players: PlayerSet(model: model, groupsAsPlayers: false), rows: explained)
    }
}
