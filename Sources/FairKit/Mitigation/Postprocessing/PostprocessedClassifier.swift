/// A post-processor: it reads a fitted model's scores and each row's group and returns
/// P(positive) per row (the threshold optimizer, equalized-odds post-processing).
public protocol ScorePostprocessor: Sendable {
    /// P(y = 1) per row from the base model's `scores` and the rows' groups.
    func predictProbability(scores: [Double], sensitive: SensitiveFeature) throws -> [Double]
    /// The seed of the randomised decisions (`RandomisedDecision`).
    var seed: UInt64 { get }
}

/// A fitted model and a post-processor fitted on its scores, used as one classifier: features
/// and groups in, P(positive) and seeded labels out.
///
/// Example: `PostprocessedClassifier(base: logistic, postprocessor: optimizer)` answers
/// `predictProbability(x, sensitive: age)` with `optimizer.predictProbability(scores:
/// logistic.predictProbability(x), sensitive: age)`.
public struct PostprocessedClassifier<Base: Classifier, Post: ScorePostprocessor>: GroupAwareClassifier {
    public let base: Base
    public let postprocessor: Post

    public init(base: Base, postprocessor: Post) {
        self.base = base
        self.postprocessor = postprocessor
    }

    public var seed: UInt64 { postprocessor.seed }

    public func predictProbability(_ x: Matrix, sensitive: SensitiveFeature) throws -> [Double] {
        try postprocessor.predictProbability(scores: base.predictProbability(x), sensitive: sensitive)
    }
}
