/// A baseline that ignores the features, as scikit-learn's `DummyClassifier`: the score any real
/// model must beat, and the "predict the majority" reference of a fairness audit.
///
/// With π = the weighted share of label 1 in training (Σ w_i y_i / Σ w_i):
/// - `.prior`: P(y = 1) = π for every row (predict gives the majority class, ties to 0);
/// - `.mostFrequent`: P(y = 1) = 1 if π > ½ else 0 (ties go to class 0, as numpy's argmax);
/// - `.constant(c)`: P(y = 1) = c, which must be a label seen in training (scikit-learn refuses
///   others too);
/// - `.stratified(seed:)`: each row draws its label at random, 1 with probability π, and
///   P(y = 1) is that draw (0 or 1), as scikit-learn's one-hot `predict_proba` for this strategy.
///   Draws come from `SeededGenerator(seed:)` restarted on every call, row r taking the r-th
///   `nextDouble()` and drawing 1 when it is < π: repeated calls give the same labels, as
///   scikit-learn with an integer `random_state` does (its numbers differ: it uses numpy's
///   generator).
/// Example: labels [1, 0, 1, 1] give π = 3/4; with weights [1, 3, 1, 1], π = 3/6 = ½, so
/// `.mostFrequent` predicts 0 (the tie goes to class 0).
public struct DummyClassifier: Classifier {
    /// What to predict (see the type's comment).
    public enum Strategy: Sendable, Equatable {
        case prior
        case mostFrequent
        case constant(Int)
        case stratified(seed: UInt64)
    }

    /// The prediction rule.
    public let strategy: Strategy
    /// π, the weighted share of label 1 in training; `nil` until fitted.
    public internal(set) var positiveRate: Double?

    /// Stores the strategy; a constant must be 0 or 1.
    public init(strategy: Strategy = .prior) throws {
        if case .constant(let c) = strategy, c != 0, c != 1 {
            throw ModelError.invalidSetting(name: "constant", value: "\(c)", requirement: "a label, 0 or 1")
        }
        self.strategy = strategy
    }

    /// Learns π, the weighted share of label 1 (the features are only validated).
    public mutating func fit(_ x: Matrix, _ y: [Int], sampleWeight: [Double]?) throws {
        positiveRate = nil
        let input = try ModelInput.training(x, y, sampleWeight: sampleWeight)
        if case .constant(let c) = strategy, !y.contains(c) {
            throw ModelError.invalidSetting(name: "constant", value: "\(c)",
                                            requirement: "the constant must be a label present in the training data")
        }
        var positive = 0.0
        for i in y.indices where y[i] == 1 { positive += input.weights[i] }
        positiveRate = positive / input.totalWeight
    }

    /// P(y = 1) by the strategy, the same for every row except with `.stratified`.
    public func predictProbability(_ x: Matrix) throws -> [Double] {
        guard let rate = positiveRate else { throw ModelError.notFitted(model: "DummyClassifier") }
        let value: Double
        switch strategy {
        case .prior: value = rate
        case .mostFrequent: value = rate > 0.5 ? 1 : 0
        case .constant(let c): value = Double(c)
        case .stratified(let seed):
            var generator = SeededGenerator(seed: seed)
            return (0..<x.rows).map { _ in generator.nextDouble() < rate ? 1 : 0 }
        }
        return [Double](repeating: value, count: x.rows)
    }
}
