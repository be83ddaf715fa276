import Foundation

/// A `MitigatedPipeline` in a model file (kind `mitigated_pipeline`, docs/model-files.md):
/// `pipeline` (a pipeline record: the base model), `protected_column`, and `mitigation`, whose
/// `method` says which of the optional sections below holds the fitted state. Every number is
/// written in the shortest form that reads back to the same Double, so a reloaded model
/// predicts bit for bit what the saved one did.
struct MitigatedPipelineRecord: ModelFileRecord {
    static let kind = ModelFile.Kind.mitigatedPipeline

    struct Rule: Codable, Equatable {
        var group: String
        var threshold0, p0, threshold1, p1, pIgnore, constantProbability, rate, objective: Double
        /// "<" for a flipped rule (score < threshold); absent means ">".
        var operation0, operation1: String?
        enum CodingKeys: String, CodingKey {
            case group, threshold0, p0, threshold1, p1, pIgnore = "p_ignore", constantProbability = "constant_probability", rate, objective
            case operation0, operation1
        }
    }

    struct Rates: Codable, Equatable {
        var positiveToPositive, negativeToPositive: Double
        enum CodingKeys: String, CodingKey { case positiveToPositive = "positive_to_positive", negativeToPositive = "negative_to_positive" }
    }

    struct Predictor: Codable {
        /// A classifier record, or null with `constant` set.
        var model: ClassifierRecord?
        var constant: Int?
    }

    /// The fitted state of one method; only the fields of `method` are present.
    struct Mitigation: Codable {
        var method: String
        var seed: UInt64
        // threshold_optimizer
        var constraint: String?
        var objective: String?
        var gridSize: Int?
        var bestRate: Double?
        var bestObjective: Double?
        var rules: [Rule]?
        var flip: Bool?
        var tolerance: Double?
        var gridRates: [Double]?
        // eq_odds, calibrated_eq_odds, reject_option
        var privilegedValues: [String]?
        var threshold: Double?
        var privileged: Rates?
        var unprivileged: Rates?
        var lpObjective: Double?
        var cost: String?
        var mixRates: [Double]?
        var baseRates: [Double]?
        var metric: String?
        var metricBounds: [Double]?
        var thresholds: [Double]?
        var marginCount: Int?
        var margin: Double?
        var metricValue: Double?
        var balancedAccuracy: Double?
        var constraintMet: Bool?
        // exponentiated_gradient, grid_search
        var predictors: [Predictor]?
        var weights: [Double]?
        // correlation_remover
        var alpha: Double?
        var groups: [String]?
        var sensitiveMeans: [Double]?
        var coefficients: [[Double]]?
        var model: ClassifierRecord?
        // prejudice_remover (and `coefficients`: w for s = 0, then s = 1), adversarial_debiasing
        var eta: Double?
        var c: Double?
        var adversaryLossWeight: Double?
        var epochs: Int?
        var batchSize: Int?
        var hiddenWeights: [[Double]]?
        var hiddenBiases: [Double]?
        var outputWeights: [Double]?
        var outputBias: Double?

        enum CodingKeys: String, CodingKey {
            case method, seed, constraint, objective, gridSize = "grid_size", bestRate = "best_rate", bestObjective = "best_objective", rules
            case flip, tolerance = "tol", gridRates = "grid_rates"
            case privilegedValues = "privileged_values", threshold, privileged, unprivileged, lpObjective = "lp_objective", cost
            case mixRates = "mix_rates", baseRates = "base_rates", metric, metricBounds = "metric_bounds", thresholds
            case marginCount = "margin_count", margin, metricValue = "metric_value", balancedAccuracy = "balanced_accuracy"
            case constraintMet = "constraint_met", predictors, weights
            case alpha, groups, sensitiveMeans = "sensitive_means", coefficients, model
            case eta, c, adversaryLossWeight = "adversary_loss_weight", epochs, batchSize = "batch_size"
            case hiddenWeights = "hidden_weights", hiddenBiases = "hidden_biases", outputWeights = "output_weights", outputBias = "output_bias"
        }

        init(method: String, seed: UInt64) {
            self.method = method
            self.seed = seed
        }
    }

    var formatVersion: Int?
    var kind: String
    var pipeline: PipelineRecord
    var protectedColumn: String
    var mitigation: Mitigation

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", kind, pipeline, protectedColumn = "protected_column", mitigation
    }

    init(_ model: MitigatedPipeline) throws {
        kind = Self.kind.rawValue
        pipeline = try PipelineRecord(model.pipeline)
        protectedColumn = model.protectedColumn
        var m = Mitigation(method: model.methodName, seed: model.seed)
        switch model.mitigation {
        case .thresholdOptimizer(let p):
            let f = try Self.require(p.fitted, "ThresholdOptimizer")
            (m.constraint, m.objective, m.gridSize, m.bestRate, m.bestObjective) = (f.constraint.rawValue, f.objective.rawValue, p.gridSize, f.bestRate, f.bestObjective)
            m.rules = f.rules.map { Rule(group: $0.group, threshold0: $0.threshold0, p0: $0.p0, threshold1: $0.threshold1, p1: $0.p1,
                                         pIgnore: $0.pIgnore, constantProbability: $0.constantProbability, rate: $0.rate, objective: $0.objective,
                                         operation0: $0.operation0 == .below ? "<" : nil, operation1: $0.operation1 == .below ? "<" : nil) }
            // Written only when used, so files of the plain optimizer stay as they were.
            (m.flip, m.tolerance) = (p.flip ? true : nil, p.tolerance)
            m.gridRates = p.tolerance == nil ? nil : f.gridRates
        case .equalizedOdds(let p):
            let f = try Self.require(p.fitted, "EqualizedOddsPostprocessing")
            (m.privilegedValues, m.threshold, m.lpObjective) = (p.privilegedValues, p.threshold, f.objective)
            m.privileged = Rates(positiveToPositive: f.privileged.positiveToPositive, negativeToPositive: f.privileged.negativeToPositive)
            m.unprivileged = Rates(positiveToPositive: f.unprivileged.positiveToPositive, negativeToPositive: f.unprivileged.negativeToPositive)
        case .calibratedEqualizedOdds(let p):
            let f = try Self.require(p.fitted, "CalibratedEqualizedOdds")
            (m.privilegedValues, m.threshold, m.cost) = (p.privilegedValues, p.threshold, p.cost.rawValue)
            m.mixRates = [f.privilegedMixRate, f.unprivilegedMixRate]
            m.baseRates = [f.privilegedBaseRate, f.unprivilegedBaseRate]
        case .rejectOption(let p):
            let f = try Self.require(p.fitted, "RejectOptionClassification")
            (m.privilegedValues, m.metric, m.metricBounds, m.thresholds, m.marginCount) =
                (p.privilegedValues, p.metric.rawValue, [p.metricBounds.lowerBound, p.metricBounds.upperBound], p.thresholds, p.marginCount)
            (m.threshold, m.margin, m.metricValue, m.balancedAccuracy, m.constraintMet) = (f.threshold, f.margin, f.metricValue, f.balancedAccuracy, f.constraintMet)
        case .mixture(_, let predictors, let weights, _):
            m.predictors = try predictors.map {
                switch $0 {
                case .model(let c): return Predictor(model: try ClassifierRecord(c), constant: nil)
                case .constant(let label): return Predictor(model: nil, constant: label)
                }
            }
            m.weights = weights
        case .correlationRemover(let remover, let groups, let model):
            let f = try Self.require(remover.fitted, "CorrelationRemover")
            (m.alpha, m.groups, m.sensitiveMeans, m.model) = (remover.alpha, groups, f.sensitiveMeans, try ClassifierRecord(model))
            m.coefficients = (0..<f.coefficients.rows).map { r in (0..<f.coefficients.columns).map { f.coefficients[r, $0] } }
        case .prejudiceRemover(let remover):
            let f = try Self.require(remover.fitted, "PrejudiceRemover")
            (m.privilegedValues, m.eta, m.c, m.coefficients) = (remover.privilegedValues, remover.eta, remover.c, f.weights)
        case .adversarialDebiasing(let a):
            let f = try Self.require(a.fitted, "AdversarialDebiasing")
            let n = f.network, H = n.b1.count
            (m.privilegedValues, m.adversaryLossWeight, m.epochs, m.batchSize) = (a.privilegedValues, a.adversaryLossWeight, a.epochs, a.batchSize)
            m.hiddenWeights = (0..<n.inputs).map { Array(n.w1[($0 * H)..<(($0 + 1) * H)]) }
            (m.hiddenBiases, m.outputWeights, m.outputBias) = (n.b1, n.w2, n.b2)
        }
        mitigation = m
    }

    private static func require<T>(_ fitted: T?, _ name: String) throws -> T {
        guard let fitted else { throw ModelFileError.invalidValue(field: "mitigation", problem: "the \(name) is not fitted; fit it before saving") }
        return fitted
    }

    private enum Key: String, CodingKey { case pipeline, mitigation }

    func model(at path: [any CodingKey]) throws -> MitigatedPipeline {
        let base = try pipeline.model(at: [Key.pipeline])
        guard !protectedColumn.isEmpty else { throw ModelFileError.invalidValue(field: "protected_column", problem: "name the protected column") }
        return MitigatedPipeline(pipeline: base, protectedColumn: protectedColumn, mitigation: try mitigationModel(base))
    }

    /// The field `mitigation.<name>`, which `method` needs.
    fileprivate func field<T>(_ value: T?, _ name: String) throws -> T {
        guard let value else { throw ModelFileError.missingField("mitigation.\(name)") }
        return value
    }

    /// A rule's operation: absent is ">", else ">" or "<".
    private func operation(_ text: String?, _ name: String) throws -> ThresholdOptimizer.Operation {
        guard let text else { return .above }
        guard let value = ThresholdOptimizer.Operation(rawValue: text) else {
            throw ModelFileError.invalidValue(field: "mitigation.\(name)", problem: "'\(text)' is not \">\" or \"<\"")
        }
        return value
    }

    private func raw<T: RawRepresentable>(_ type: T.Type, _ text: String?, _ name: String) throws -> T where T.RawValue == String {
        let text = try field(text, name)
        guard let value = T(rawValue: text) else { throw ModelFileError.invalidValue(field: "mitigation.\(name)", problem: "'\(text)' is not a value this FairKit knows") }
        return value
    }

    private func pair(_ values: [Double]?, _ name: String) throws -> (Double, Double) {
        let v = try field(values, name)
        guard v.count == 2 else { throw ModelFileError.invalidValue(field: "mitigation.\(name)", problem: "needs 2 numbers (privileged, unprivileged), has \(v.count)") }
        return (v[0], v[1])
    }

    private func mitigationModel(_ base: Pipeline) throws -> MitigatedPipeline.Mitigation {
        let m = mitigation
        switch m.method {
        case "threshold_optimizer":
            var p = try ThresholdOptimizer(constraint: try raw(ThresholdOptimizer.Constraint.self, m.constraint, "constraint"),
                                           objective: try raw(ThresholdOptimizer.Objective.self, m.objective, "objective"),
                                           gridSize: try field(m.gridSize, "grid_size"), flip: m.flip ?? false, tolerance: m.tolerance, seed: m.seed)
            let rules = try field(m.rules, "rules").map {
                ThresholdOptimizer.GroupRule(group: $0.group, threshold0: $0.threshold0, p0: $0.p0, threshold1: $0.threshold1, p1: $0.p1,
                                             operation0: try operation($0.operation0, "rules.operation0"),
                                             operation1: try operation($0.operation1, "rules.operation1"),
                                             pIgnore: $0.pIgnore, constantProbability: $0.constantProbability, rate: $0.rate, objective: $0.objective)
            }
            let bestRate = try field(m.bestRate, "best_rate")
            p.fitted = ThresholdOptimizer.Fitted(constraint: p.constraint, objective: p.objective, bestRate: bestRate,
                                                 bestObjective: try field(m.bestObjective, "best_objective"),
                                                 gridRates: m.gridRates ?? Array(repeating: bestRate, count: rules.count),
                                                 rules: rules, sensitiveFeature: protectedColumn)
            return .thresholdOptimizer(p)
        case "eq_odds":
            var p = EqualizedOddsPostprocessing(privilegedValues: try field(m.privilegedValues, "privileged_values"), threshold: try field(m.threshold, "threshold"), seed: m.seed)
            let s = try field(m.privileged, "privileged"), o = try field(m.unprivileged, "unprivileged")
            p.fitted = .init(privileged: .init(positiveToPositive: s.positiveToPositive, negativeToPositive: s.negativeToPositive),
                             unprivileged: .init(positiveToPositive: o.positiveToPositive, negativeToPositive: o.negativeToPositive),
                             objective: try field(m.lpObjective, "lp_objective"))
            return .equalizedOdds(p)
        case "calibrated_eq_odds":
            var p = CalibratedEqualizedOdds(privilegedValues: try field(m.privilegedValues, "privileged_values"),
                                            cost: try raw(CalibratedEqualizedOdds.Cost.self, m.cost, "cost"), threshold: try field(m.threshold, "threshold"), seed: m.seed)
            let (a, b) = try pair(m.mixRates, "mix_rates"), (c, d) = try pair(m.baseRates, "base_rates")
            p.fitted = .init(privilegedMixRate: a, unprivilegedMixRate: b, privilegedBaseRate: c, unprivilegedBaseRate: d)
            return .calibratedEqualizedOdds(p)
        case "reject_option":
            let bounds = try pair(m.metricBounds, "metric_bounds"), thresholds = try field(m.thresholds, "thresholds")
            guard bounds.0 <= bounds.1, let low = thresholds.first, let high = thresholds.last else {
                throw ModelFileError.invalidValue(field: "mitigation.metric_bounds", problem: "needs lower <= upper and at least one threshold")
            }
            var p = try RejectOptionClassification(privilegedValues: try field(m.privilegedValues, "privileged_values"),
                                                   metric: try raw(RejectOptionClassification.Metric.self, m.metric, "metric"),
                                                   metricBounds: bounds.0...bounds.1, lowThreshold: low, highThreshold: high,
                                                   thresholdCount: thresholds.count, marginCount: try field(m.marginCount, "margin_count"), seed: m.seed)
            p.fitted = .init(threshold: try field(m.threshold, "threshold"), margin: try field(m.margin, "margin"),
                             metricValue: try field(m.metricValue, "metric_value"), balancedAccuracy: try field(m.balancedAccuracy, "balanced_accuracy"),
                             constraintMet: try field(m.constraintMet, "constraint_met"))
            return .rejectOption(p)
        case "exponentiated_gradient", "grid_search":
            let names = base.fitted?.encoder.featureNames ?? []
            let predictors = try field(m.predictors, "predictors").enumerated().map { i, entry -> MitigatedPipeline.MixturePredictor in
                if let record = entry.model {
                    return .model(try record.classifier(at: [Key.mitigation], featureNames: names))
                }
                guard let label = entry.constant, label == 0 || label == 1 else {
                    throw ModelFileError.invalidValue(field: "mitigation.predictors[\(i)]", problem: "needs a model or a constant 0 or 1")
                }
                return .constant(label)
            }
            let weights = try field(m.weights, "weights")
            guard weights.count == predictors.count, weights.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
                throw ModelFileError.invalidValue(field: "mitigation.weights", problem: "needs one finite weight >= 0 per predictor (\(predictors.count))")
            }
            return .mixture(method: m.method, predictors: predictors, weights: weights, seed: m.seed)
        case "correlation_remover":
            return try correlationRemover(base)
        case "prejudice_remover", "adversarial_debiasing":
            return try inprocessing(base)
        default:
            throw ModelFileError.invalidValue(field: "mitigation.method", problem: "'\(m.method)' is not threshold_optimizer, eq_odds, "
                                              + "calibrated_eq_odds, reject_option, exponentiated_gradient, grid_search, correlation_remover, "
                                              + "prejudice_remover or adversarial_debiasing")
        }
    }
}

extension MitigatedPipelineRecord {
    /// The correlation remover's state: β has one row per group and one column per encoded
    /// feature, one training mean per group; the refitted classifier is checked like a pipeline's.
    fileprivate func correlationRemover(_ base: Pipeline) throws -> MitigatedPipeline.Mitigation {
        let m = mitigation
        let names = base.fitted?.encoder.featureNames ?? []
        let groups = try field(m.groups, "groups"), means = try field(m.sensitiveMeans, "sensitive_means"), rows = try field(m.coefficients, "coefficients")
        guard !groups.isEmpty, means.count == groups.count, rows.count == groups.count, rows.allSatisfy({ $0.count == names.count }),
              means.allSatisfy(\.isFinite), rows.allSatisfy({ $0.allSatisfy(\.isFinite) }) else {
            throw ModelFileError.invalidValue(field: "mitigation.coefficients", problem: "needs one finite row of \(names.count) per group "
                                              + "and one finite mean per group (\(groups.count))")
        }
        var remover = try CorrelationRemover(alpha: try field(m.alpha, "alpha"))
        remover.fitted = .init(sensitiveColumns: Array(names.count..<(names.count + groups.count)), sensitiveMeans: means,
                               coefficients: Matrix(rows: rows), columnCount: names.count + groups.count)
        let model = try field(m.model, "model").classifier(at: [CodingKeys.mitigation], featureNames: names)
        return .correlationRemover(remover, groups: groups, model: model)
    }
}

extension MitigatedPipelineRecord {
    /// The prejudice remover's two weight vectors (the encoded features and a constant each) or
    /// the debiased network (one row of hidden weights per encoded feature), checked against the
    /// base pipeline's encoded width.
    fileprivate func inprocessing(_ base: Pipeline) throws -> MitigatedPipeline.Mitigation {
        let m = mitigation
        let width = base.fitted?.encoder.featureNames.count ?? 0
        let privileged = try field(m.privilegedValues, "privileged_values")
        if m.method == "prejudice_remover" {
            let w = try field(m.coefficients, "coefficients")
            guard w.count == 2, w.allSatisfy({ $0.count == width + 1 && $0.allSatisfy(\.isFinite) }) else {
                throw ModelFileError.invalidValue(field: "mitigation.coefficients",
                                                  problem: "needs 2 rows (unprivileged, privileged) of \(width + 1) finite numbers (the encoded features, then the constant)")
            }
            var remover = try PrejudiceRemover(privilegedValues: privileged, eta: try field(m.eta, "eta"), c: try field(m.c, "c"))
            remover.fitted = .init(weights: w, report: nil)
            return .prejudiceRemover(remover)
        }
        let rows = try field(m.hiddenWeights, "hidden_weights"), b1 = try field(m.hiddenBiases, "hidden_biases")
        let w2 = try field(m.outputWeights, "output_weights"), b2 = try field(m.outputBias, "output_bias")
        guard !b1.isEmpty, rows.count == width, rows.allSatisfy({ $0.count == b1.count && $0.allSatisfy(\.isFinite) }), w2.count == b1.count,
              (b1 + w2 + [b2]).allSatisfy(\.isFinite) else {
            throw ModelFileError.invalidValue(field: "mitigation.hidden_weights", problem: "needs \(width) rows (one per encoded feature) of one finite "
                                              + "number per hidden unit, and as many finite hidden biases and output weights")
        }
        var model = try AdversarialDebiasing(privilegedValues: privileged, adversaryLossWeight: try field(m.adversaryLossWeight, "adversary_loss_weight"),
                                             epochs: try field(m.epochs, "epochs"), batchSize: try field(m.batchSize, "batch_size"),
                                             hiddenUnits: b1.count, seed: m.seed)
        model.fitted = .init(network: .init(w1: rows.flatMap { $0 }, b1: b1, w2: w2, b2: b2), report: nil)
        return .adversarialDebiasing(model)
    }
}

extension MitigatedPipeline: ModelFileCodable {
    /// The model as a model file (kind `mitigated_pipeline`).
    public func modelFileData() throws -> Data { try ModelFile.write(MitigatedPipelineRecord(self)) }

    /// The model a `mitigated_pipeline` file holds: it predicts bit for bit what the saved one did.
    public init(modelFileData data: Data) throws { self = try ModelFile.load(MitigatedPipelineRecord.self, from: data) }
}
