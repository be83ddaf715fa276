/// The contract every FairKit model keeps, after scikit-learn's estimator API:
/// - the initializer only stores settings (hyperparameters) and validates them;
/// - `fit` learns from a design matrix, binary labels (0 or 1) and optional sample weights, and
///   sets the fitted state; fitting again starts from scratch;
/// - `predictProbability` needs a fitted model (`ModelError.notFitted` otherwise) and returns
///   P(y = 1 | x) for each row.
///
/// Value semantics: a model is a struct, so mitigation algorithms that refit a base model many
/// times (reductions, threshold search) copy it freely.
public protocol Classifier: Sendable {
    /// Learns from `x` (one row per example), labels `y` in {0, 1} and non-negative
    /// `sampleWeight` (nil: every row weighs 1).
    mutating func fit(_ x: Matrix, _ y: [Int], sampleWeight: [Double]?) throws

    /// P(y = 1 | x) for each row of `x`.
    func predictProbability(_ x: Matrix) throws -> [Double]
}

extension Classifier {
    /// Fits with every row weighing 1.
    public mutating func fit(_ x: Matrix, _ y: [Int]) throws {
        try fit(x, y, sampleWeight: nil)
    }

    /// Labels at the default threshold 0.5: 1 exactly when P(y = 1) > 0.5, as scikit-learn's
    /// `predict` gives them (the class with the larger probability, a tie going to class 0).
    public func predict(_ x: Matrix) throws -> [Int] {
        try predict(x, threshold: Self.defaultThreshold)
    }

    /// Labels at a decision threshold t, by FairKit's one rule: 1 exactly when P(y = 1) > t
    /// (strictly greater), so `predict(x)` is `predict(x, threshold: 0.5)` and a probability equal
    /// to t (a decision-tree leaf of 0.5, say) goes to class 0, as in scikit-learn.
    /// Example: probabilities [0.2, 0.5, 0.7] give [0, 0, 1] at t = 0.5 and [0, 1, 1] at t = 0.4.
    public func predict(_ x: Matrix, threshold: Double) throws -> [Int] {
        try predictProbability(x).map { DecisionRule.label(probability: $0, threshold: threshold) }
    }

    /// The threshold `predict(_:)` uses: 0.5.
    public static var defaultThreshold: Double { DecisionRule.defaultThreshold }
}

/// FairKit's one decision rule, used by every classifier's `predict`, by `Pipeline` and by
/// `learn predict`: label 1 exactly when P(y = 1) > threshold (scikit-learn's `predict` at 0.5:
/// ties go to class 0).
public enum DecisionRule {
    /// 0.5, scikit-learn's implicit threshold.
    public static let defaultThreshold = 0.5

    /// 1 when `probability` > `threshold`, else 0.
    @inlinable
    public static func label(probability: Double, threshold: Double) -> Int {
        probability > threshold ? 1 : 0
    }
}

/// What can go wrong when fitting or using a model.
public enum ModelError: Error, Equatable, CustomStringConvertible {
    case notFitted(model: String)
    case emptyTrainingSet
    case dimensionMismatch(expected: Int, got: Int, what: String)
    case nonBinaryLabel(row: Int, value: Int)
    case invalidWeight(row: Int, value: Double)
    case invalidSetting(name: String, value: String, requirement: String)
    case nonFiniteFeature(row: Int, column: Int)
    case didNotConverge(model: String, iterations: Int, gradientNorm: Double)

    public var description: String {
        switch self {
        case .notFitted(let model):
            return "\(model) is not fitted yet: call fit(_:_:sampleWeight:) before predicting"
        case .emptyTrainingSet:
            return "cannot fit on zero rows (or rows whose weights are all zero)"
        case let .dimensionMismatch(expected, got, what):
            return "\(what): expected \(expected), got \(got)"
        case let .nonBinaryLabel(row, value):
            return "label at row \(row + 1) is \(value); labels must be 0 or 1"
        case let .invalidWeight(row, value):
            return "sample weight at row \(row + 1) is \(value); weights must be finite and >= 0"
        case let .invalidSetting(name, value, requirement):
            return "\(name) = \(value) is not allowed: \(requirement)"
        case let .nonFiniteFeature(row, column):
            return "feature \(column + 1) at row \(row + 1) is NaN or infinite; impute or drop it first"
        case let .didNotConverge(model, iterations, gradientNorm):
            return "\(model) did not converge in \(iterations) iterations (gradient norm \(gradientNorm))"
        }
    }
}
