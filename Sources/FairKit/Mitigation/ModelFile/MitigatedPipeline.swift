import Foundation

/// A fitted pipeline and the mitigation fitted on top of it, used as one model: a table in,
/// P(positive) and seeded labels out. It is what `learn mitigate --out` saves for every method
/// that does not end in an ordinary pipeline (reweighing does), and what `learn predict` applies.
///
/// - Post-processors (threshold optimizer, equalized-odds and calibrated equalized-odds
///   post-processing, reject option classification) read the base pipeline's P(positive) and each
///   row's group from `protectedColumn`, so the table to score must have that column.
/// - Reductions (exponentiated gradient, grid search) are a mixture of predictors on the
///   pipeline's encoded features: P(positive) = Σ_j w_j · h_j(x), h_j the j-th predictor's hard
///   label (P > 0.5, as Fairlearn's reductions use them) or a constant 0/1. Grid search is the
///   mixture of its one chosen predictor with weight 1.
/// - The correlation remover appends the rows' group indicators to the encoded features, removes
///   their linear part and applies the refitted classifier: a deterministic model, whose labels
///   are P > 0.5 (`isRandomised` is false).
///
/// Example: a mixture of a model that says 1 on a row with weight 0.25 and the constant 0 with
/// weight 0.75 gives that row P = 0.25; seed 0 draws u = 0.6013 for the first row, so `predict`
/// says 0 (`RandomisedDecision`).
public struct MitigatedPipeline: Sendable {
    /// The mitigation applied to the base pipeline.
    public enum Mitigation: Sendable {
        case thresholdOptimizer(ThresholdOptimizer)
        case equalizedOdds(EqualizedOddsPostprocessing)
        case calibratedEqualizedOdds(CalibratedEqualizedOdds)
        case rejectOption(RejectOptionClassification)
        /// Fairlearn's correlation remover on the encoded features with one indicator column per
        /// group of `groups` appended, and the classifier refitted on its output.
        case correlationRemover(CorrelationRemover, groups: [String], model: any Classifier)
        /// `method` is "exponentiated_gradient" or "grid_search", for the reader.
        case mixture(method: String, predictors: [MixturePredictor], weights: [Double], seed: UInt64)
        /// Kamishima's per-group logistic regression on the encoded features; the group from
        /// `protectedColumn`.
        case prejudiceRemover(PrejudiceRemover)
        /// Zhang et al.'s debiased network on the encoded features.
        case adversarialDebiasing(AdversarialDebiasing)
    }

    /// One predictor of a reduction's mixture: a classifier on the encoded features, or a constant label.
    public enum MixturePredictor: Sendable {
        case model(any Classifier)
        case constant(Int)

        /// The reduction's predictor, its base model type erased.
        public init<Base: Classifier>(_ predictor: ReductionPredictor<Base>) {
            switch predictor {
            case .model(let model): self = .model(model)
            case .constant(let label): self = .constant(label)
            }
        }

        func predict(_ x: Matrix) throws -> [Int] {
            switch self {
            case .model(let model): return try model.predict(x)
            case .constant(let label): return [Int](repeating: label, count: x.rows)
            }
        }
    }

    /// The base pipeline: encoding, missing values and the base classifier.
    public var pipeline: Pipeline
    /// The column whose values are the groups (post-processors read it when predicting).
    public var protectedColumn: String
    public var mitigation: Mitigation

    public init(pipeline: Pipeline, protectedColumn: String, mitigation: Mitigation) {
        self.pipeline = pipeline
        self.protectedColumn = protectedColumn
        self.mitigation = mitigation
    }

    /// The seed `predict` draws with.
    public var seed: UInt64 {
        switch mitigation {
        case .thresholdOptimizer(let p): return p.seed
        case .equalizedOdds(let p): return p.seed
        case .calibratedEqualizedOdds(let p): return p.seed
        case .rejectOption(let p): return p.seed
        case .mixture(_, _, _, let seed): return seed
        case .adversarialDebiasing(let a): return a.seed
        case .correlationRemover, .prejudiceRemover: return 0
        }
    }

    /// Whether P(positive) is the chance of a randomised decision (so `predict` draws with the
    /// seed) rather than a classifier's probability (then `predict` cuts it at 0.5).
    public var isRandomised: Bool {
        switch mitigation {
        case .correlationRemover, .prejudiceRemover, .adversarialDebiasing: return false
        default: return true
        }
    }

    /// The short name of the method, as the model file's `mitigation.method` spells it.
    public var methodName: String {
        switch mitigation {
        case .thresholdOptimizer: return "threshold_optimizer"
        case .equalizedOdds: return "eq_odds"
        case .calibratedEqualizedOdds: return "calibrated_eq_odds"
        case .rejectOption: return "reject_option"
        case .mixture(let method, _, _, _): return method
        case .correlationRemover: return "correlation_remover"
        case .prejudiceRemover: return "prejudice_remover"
        case .adversarialDebiasing: return "adversarial_debiasing"
        }
    }

    /// P(positive) as a function of the pipeline's encoded features alone, for the mitigations
    /// whose decision reads nothing else (a reduction's mixture, adversarial debiasing); nil for
    /// those that also read each row's group from `protectedColumn` (the post-processors, the
    /// prejudice remover, the correlation remover). Explainers perturb features, so only the
    /// former can be explained as a function (`learn explain`).
    public var encodedProbability: (@Sendable (Matrix) throws -> [Double])? {
        switch mitigation {
        case .mixture(_, let predictors, let weights, _):
            return { x in
                var p = [Double](repeating: 0, count: x.rows)
                for (predictor, weight) in zip(predictors, weights) where weight > 0 {
                    let h = try predictor.predict(x)
                    for i in 0..<x.rows where h[i] == 1 { p[i] += weight }
                }
                return p.map { min(max($0, 0), 1) }
            }
        case .adversarialDebiasing(let model):
            return { try model.predictProbability($0) }
        default:
            return nil
        }
    }

    /// P(positive) for each row of `table` (the expected value of `predict`).
    public func predictProbability(_ table: Table) throws -> [Double] {
        if let function = encodedProbability { return try function(try pipeline.encode(table).matrix) }
        switch mitigation {
        case .correlationRemover(let remover, let groups, let model):
            let x = Self.appendingGroups(try pipeline.encode(table).matrix, SensitiveFeature(try table.column(protectedColumn)), groups)
            return try model.predictProbability(try remover.transform(x))
        case .prejudiceRemover(let remover):
            return try remover.predictProbability(try pipeline.encode(table).matrix, sensitive: SensitiveFeature(try table.column(protectedColumn)))
        default:
            let scores = try pipeline.predictProbability(table)
            let sensitive = SensitiveFeature(try table.column(protectedColumn))
            switch mitigation {
            case .thresholdOptimizer(let p): return try p.predictProbability(scores: scores, sensitive: sensitive)
            case .equalizedOdds(let p): return try p.predictProbability(scores: scores, sensitive: sensitive)
            case .calibratedEqualizedOdds(let p): return try p.predictProbability(scores: scores, sensitive: sensitive)
            case .rejectOption(let p): return try p.predictProbability(scores: scores, sensitive: sensitive)
            case .mixture, .correlationRemover, .prejudiceRemover, .adversarialDebiasing: return []
            }
        }
    }

    /// `x` with one 0/1 column per group of `groups` appended (1 where the row's group is that
    /// group; a group not among them gets all 0): the sensitive columns the correlation remover
    /// takes. Example: x = [[5]], group "b" of ["a", "b"] gives [[5, 0, 1]].
    public static func appendingGroups(_ x: Matrix, _ sensitive: SensitiveFeature, _ groups: [String]) -> Matrix {
        var out = Matrix(rows: x.rows, columns: x.columns + groups.count)
        for r in 0..<x.rows {
            for c in 0..<x.columns { out[r, c] = x[r, c] }
            if let k = groups.firstIndex(of: sensitive.levels[Int(sensitive.codes[r])]) { out[r, x.columns + k] = 1 }
        }
        return out
    }

    /// Labels drawn from `predictProbability` with the stored seed (the same table always gets
    /// the same labels), or P > 0.5 for a model that is not randomised.
    public func predict(_ table: Table) throws -> [Int] {
        let p = try predictProbability(table)
        return isRandomised ? RandomisedDecision.sample(p, seed: seed) : p.map { DecisionRule.label(probability: $0, threshold: DecisionRule.defaultThreshold) }
    }
}
