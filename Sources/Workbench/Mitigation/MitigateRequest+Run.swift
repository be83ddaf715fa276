import FairKit
import Foundation

extension MitigateRequest {
    /// Trains the base pipeline on `--data`, mitigates it with `--method`, and scores both on the
    /// `--test` rows (or the training rows). Reweighing refits the pipeline with the new weights,
    /// so its model file (`--out`) is an ordinary pipeline; the other methods work on the
    /// pipeline's encoded features or its scores, and their model file is a `mitigated_pipeline`
    /// (docs/model-files.md). `learn predict` applies both.
    /// Command-line problems are `RequestFailure.usage`, data problems `.badInput`.
    public func run(currentDirectory: URL) throws -> MitigateResult {
        guard Self.methods.contains(method) else {
            throw RequestFailure.usage("--method", "'\(method)' is not one of \(Self.methods.joined(separator: ", "))")
        }
        if repairLevel != nil, method != "di-remover" { throw RequestFailure.usage("--repair-level", "applies to --method di-remover only") }
        if alpha != nil, method != "correlation-remover" { throw RequestFailure.usage("--alpha", "applies to --method correlation-remover only") }
        if eta != nil, method != "prejudice-remover" { throw RequestFailure.usage("--eta", "applies to --method prejudice-remover only") }
        for (option, value) in [("--repaired-out", repairedOut), ("--repaired-test-out", repairedTestOut)] where value != nil && method != "di-remover" {
            throw RequestFailure.usage(option, "applies to --method di-remover only (the other methods do not change the data's values)")
        }
        if repairedTestOut != nil, test == nil { throw RequestFailure.usage("--repaired-test-out", "needs --test, the rows to repair") }
        if flip, method != "threshold-optimizer" { throw RequestFailure.usage("--flip", "applies to --method threshold-optimizer only") }
        if tol != nil, method != "threshold-optimizer" { throw RequestFailure.usage("--tol", "applies to --method threshold-optimizer only") }
        if upperBound != nil, method != "exponentiated-gradient" || constraint != ReductionConstraint.boundedGroupLossName {
            throw RequestFailure.usage("--upper-bound", "applies to --method exponentiated-gradient --constraint bounded_group_loss only")
        }
        var trainOptions = train
        trainOptions.protected = ([protectedColumn] + (train.protected.map(TrainRequest.list) ?? [])).joined(separator: ",")
        let (settings, classifier) = try trainOptions.settings()
        let seed = try self.seed.map { text -> UInt64 in
            guard let s = UInt64(text.trimmingCharacters(in: .whitespaces)) else { throw RequestFailure.usage("--seed", "'\(text)' is not a whole number >= 0") }
            return s
        } ?? 0
        let trainFile = try TableFile.read(train.data, from: currentDirectory)
        let testFile = try test.map { try TableFile.read($0, from: currentDirectory) }
        var pipeline = Pipeline(settings: settings, classifier: classifier)
        do {
            try pipeline.fit(trainFile.table)
            let trainRows = try Rows(pipeline, trainFile.table, protectedColumn, file: train.data)
            let compared = try testFile.map { try Rows(pipeline, $0.table, protectedColumn, file: test ?? "") } ?? trainRows
            let baseline = try pipeline.classifier.predictProbability(compared.x)
            var details: [String] = []
            var modelFile: URL?
            var repairedFiles: (training: URL?, test: URL?) = (nil, nil)
            let mitigated: [Double]
            // Whether the mitigated model's P(positive) is the chance of a coin flip (a mixture or
            // a randomising post-processor) rather than a probability its decision cuts at 0.5.
            var randomised = false
            switch method {
            case "reweighing":
                var reweighing = Reweighing()
                try reweighing.fit(labels: trainRows.y, sensitive: trainRows.sensitive)
                let weights = try reweighing.transform(labels: trainRows.y, sensitive: trainRows.sensitive)
                for cell in reweighing.fitted?.cells ?? [] {
                    details.append("Weight of (\(cell.group), label \(cell.label)): " + String(format: "%.6f", cell.weight))
                }
                var reweighed = Pipeline(settings: settings, classifier: classifier)
                try reweighed.fit(trainFile.table, sampleWeight: weights)
                mitigated = try reweighed.classifier.predictProbability(compared.x)
                if let out {
                    reweighed.provenance?.trainingFile = train.data
                    reweighed.provenance?.trainingDataSHA256 = trainFile.sha256
                    modelFile = try OutputFile.write(String(decoding: try reweighed.modelFileData(), as: UTF8.self), to: out,
                                                      currentDirectory: currentDirectory, option: outOption)
                }
            case "di-remover":
                if out != nil {
                    throw RequestFailure.usage(outOption, "the disparate impact remover repairs a whole data set, not one row at a time: "
                                                    + "it has no model file; write the repaired rows (--repaired-out, --repaired-test-out) "
                                                    + "and train and score on them instead")
                }
                let repair = try repairData(pipeline, settings, classifier, trainFile.table, testFile?.table)
                (mitigated, details) = (repair.probabilities, repair.details)
                repairedFiles = (try writeRepaired(repair.training, to: repairedOut, option: "--repaired-out", currentDirectory),
                                 try writeRepaired(repair.test, to: repairedTestOut, option: "--repaired-test-out", currentDirectory))
            default:
                let mitigation: MitigatedPipeline.Mitigation
                switch method {
                case "correlation-remover": (mitigated, details, mitigation) = try removeCorrelation(classifier, trainRows, compared)
                case "exponentiated-gradient", "grid-search": (mitigated, details, mitigation) = try reduction(pipeline.classifier, trainRows, compared, seed: seed)
                case "prejudice-remover", "adversarial-debiasing": (mitigated, details, mitigation) = try inprocess(trainRows, compared, seed: seed)
                default: (mitigated, details, mitigation) = try postprocess(pipeline.classifier, trainRows, compared, seed: seed)
                }
                let model = MitigatedPipeline(pipeline: pipeline, protectedColumn: protectedColumn, mitigation: mitigation)
                randomised = model.isRandomised
                modelFile = try write(model, trainFile, currentDirectory)
            }
            var result = MitigateResult(method: method, protectedColumn: protectedColumn, rowsCompared: testFile == nil ? "training" : "test",
                                        rowCount: compared.y.count,
                                        baseline: try Self.scores(baseline, labels: compared.y, sensitive: compared.sensitive, randomised: false),
                                        mitigated: try Self.scores(mitigated, labels: compared.y, sensitive: compared.sensitive, randomised: randomised),
                                        details: details, modelFile: modelFile)
            (result.repairedTrainingFile, result.repairedTestFile) = repairedFiles
            return result
        } catch let failure as RequestFailure {
            throw failure
        } catch let error as MitigationError {
            throw RequestFailure(.badInput, "\(train.data): \(error)")
        } catch {
            throw RequestFailure(.badInput, "\(train.data): \(error)")
        }
    }

    /// Writes the mitigated model to `--out`/`--model-out` (when given), its provenance naming the training file.
    private func write(_ model: MitigatedPipeline, _ trainFile: TableFile, _ currentDirectory: URL) throws -> URL? {
        guard let out else { return nil }
        var model = model
        model.pipeline.provenance?.trainingFile = train.data
        model.pipeline.provenance?.trainingDataSHA256 = trainFile.sha256
        return try OutputFile.write(String(decoding: try model.modelFileData(), as: UTF8.self), to: out, currentDirectory: currentDirectory,
                                    option: outOption)
    }

    /// Encoded features, labels and groups of a table's rows.
    struct Rows {
        let x: Matrix
        let y: [Int]
        let sensitive: SensitiveFeature

        init(_ pipeline: Pipeline, _ table: Table, _ column: String, file: String) throws {
            let labels = try pipeline.labels(table)
            if let row = labels.firstIndex(where: { $0 == nil }) {
                throw RequestFailure(.badInput, "\(file): the label is missing at row \(row + 1); mitigation needs every row labelled")
            }
            x = try pipeline.encode(table).matrix
            y = labels.map { $0 ?? 0 }
            sensitive = SensitiveFeature(try table.column(column))
        }
    }

    /// The constraint `--constraint` names for a reduction (default demographic parity);
    /// `bounded_group_loss` takes its bound from `--upper-bound`.
    private func reductionConstraint() throws -> ReductionConstraint {
        guard let constraint else { return .parity(.demographicParity) }
        if constraint == ReductionConstraint.boundedGroupLossName {
            guard let upperBound else {
                throw RequestFailure.usage("--upper-bound", "bounded_group_loss needs the largest error rate a group may have, e.g. --upper-bound 0.22")
            }
            return .boundedGroupLoss(upperBound: try TrainRequest.number(upperBound, option: "--upper-bound", expected: "an error rate in [0, 1], such as 0.22"))
        }
        guard let c = ParityConstraint(rawValue: constraint) else {
            throw RequestFailure.usage("--constraint", "'\(constraint)' is not one of "
                                            + (ParityConstraint.allCases.map(\.rawValue) + [ReductionConstraint.boundedGroupLossName]).joined(separator: ", "))
        }
        return .parity(c)
    }

    private func reduction<Base: Classifier>(_ base: Base, _ train: Rows, _ compared: Rows, seed: UInt64) throws
        -> ([Double], [String], MitigatedPipeline.Mitigation) {
        let reductionConstraint = try reductionConstraint()
        if method == "grid-search" {
            if eps != nil { throw RequestFailure.usage("--eps", "applies to --method exponentiated-gradient only") }
            guard case .parity(let constraint) = reductionConstraint else {
                throw RequestFailure.usage("--constraint", "bounded_group_loss applies to --method exponentiated-gradient only")
            }
            var search = try GridSearch(base: base, constraint: constraint)
            try search.fit(train.x, train.y, sensitive: train.sensitive)
            guard let best = search.fitted?.best else { throw MitigationError.notFitted("GridSearch") }
            return (try search.predict(compared.x).map(Double.init),
                    ["Grid search (\(constraint.rawValue)): 10 grid points; chosen λ = \(best.lambda.map { String(format: "%.2f", $0) }), "
                     + String(format: "training error %.4f, largest constraint value %.4f.", best.error, best.largestViolation)],
                    .mixture(method: "grid_search", predictors: [.init(best.predictor)], weights: [1], seed: seed))
        }
        let eps = try self.eps.map { try TrainRequest.number($0, option: "--eps", expected: "a number > 0, such as 0.01") } ?? ExponentiatedGradientConstants.eps
        var eg = try ExponentiatedGradient(base: base, constraint: reductionConstraint, eps: eps, seed: seed)
        try eg.fit(train.x, train.y, sensitive: train.sensitive)
        guard let fitted = eg.fitted else { throw MitigationError.notFitted("ExponentiatedGradient") }
        let report = fitted.report
        var bound = "eps \(eps)"
        if case .boundedGroupLoss(let upperBound) = reductionConstraint { bound = "upper bound \(upperBound), " + bound }
        var details = ["Exponentiated gradient (\(reductionConstraint.name), \(bound)): \(report.iterations) iterations, "
                       + "\(report.oracleCalls) fits; mixture weights " + report.predictors.filter { $0.weight > 0 }
                       .map { String(format: "%.3f", $0.weight) }.joined(separator: ", ") + "."]
        if !report.constraintMet {
            details.append(String(format: "The constraint could not be met within its bound: the closest mixture found reaches %.4f.", report.largestViolation))
        }
        for variant in report.derandomised {
            details.append("Derandomised (\(variant.name)): " + String(format: "training error %.4f, largest constraint value %.4f (randomised: %.4f).",
                                  variant.trainingError, variant.largestViolation, report.largestViolation))
        }
        return (try eg.predictProbability(compared.x), details,
                .mixture(method: "exponentiated_gradient", predictors: fitted.predictors.map(MitigatedPipeline.MixturePredictor.init),
                         weights: fitted.weights, seed: seed))
    }

    private func postprocess(_ base: any Classifier, _ train: Rows, _ compared: Rows, seed: UInt64) throws
        -> ([Double], [String], MitigatedPipeline.Mitigation) {
        let trainScores = try base.predictProbability(train.x), scores = try base.predictProbability(compared.x)
        let privileged = privileged.map(TrainRequest.list) ?? []
        if method != "threshold-optimizer", privileged.isEmpty {
            throw RequestFailure.usage("--privileged", "\(method) compares a privileged group with the rest: name its values, e.g. --privileged 'age > 25'")
        }
        switch method {
        case "threshold-optimizer":
            let raw = constraint ?? ThresholdOptimizer.Constraint.demographicParity.rawValue
            guard let c = ThresholdOptimizer.Constraint(rawValue: raw) else {
                throw RequestFailure.usage("--constraint", "'\(raw)' is not one of " + ThresholdOptimizer.Constraint.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let tolerance = try tol.map { try TrainRequest.number($0, option: "--tol", expected: "a number >= 0, such as 0.05") }
            if let tolerance, tolerance < 0 { throw RequestFailure.usage("--tol", "\(tolerance) is below 0; give a number >= 0, such as 0.05") }
            if tolerance != nil, c == .equalizedOdds {
                throw RequestFailure.usage("--tol", "relaxes a single-rate constraint only (as Fairlearn's tol), not equalized_odds")
            }
            var optimizer = try ThresholdOptimizer(constraint: c, flip: flip, tolerance: tolerance, seed: seed)
            try optimizer.fit(scores: trainScores, labels: train.y, sensitive: train.sensitive)
            let fitted = optimizer.fitted
            return (try optimizer.predictProbability(scores: scores, sensitive: compared.sensitive), (fitted?.rules ?? []).enumerated().map { index, rule in
                "\(rule.group): " + String(format: "score %@ %.4f with probability %.3f, %@ %.4f with %.3f", rule.operation0.rawValue, rule.threshold0,
                                           rule.p0, rule.operation1.rawValue, rule.threshold1, rule.p1)
                    + (rule.pIgnore > 0 ? String(format: "; replaced by a coin of %.3f with probability %.3f", rule.constantProbability, rule.pIgnore) : "")
                    + (tolerance == nil ? "" : String(format: " (grid rate %.3f)", fitted?.gridRates[index] ?? 0)) + "."
            }, .thresholdOptimizer(optimizer))
        case "eq-odds":
            var post = EqualizedOddsPostprocessing(privilegedValues: privileged, seed: seed)
            try post.fit(scores: trainScores, labels: train.y, sensitive: train.sensitive)
            guard let f = post.fitted else { throw MitigationError.notFitted(method) }
            return (try post.predictProbability(scores: scores, sensitive: compared.sensitive), [
                String(format: "Mixing rates, privileged: P(1 | predicted 1) %.4f, P(1 | predicted 0) %.4f; unprivileged: %.4f, %.4f.",
                       f.privileged.positiveToPositive, f.privileged.negativeToPositive, f.unprivileged.positiveToPositive, f.unprivileged.negativeToPositive)],
                    .equalizedOdds(post))
        case "calibrated-eq-odds":
            var post = CalibratedEqualizedOdds(privilegedValues: privileged, seed: seed)
            try post.fit(scores: trainScores, labels: train.y, sensitive: train.sensitive)
            guard let f = post.fitted else { throw MitigationError.notFitted(method) }
            return (try post.predictProbability(scores: scores, sensitive: compared.sensitive), [
                String(format: "Mix rates (weighted cost): privileged %.4f, unprivileged %.4f (score replaced by the group's base rate %.4f / %.4f).",
                       f.privilegedMixRate, f.unprivilegedMixRate, f.privilegedBaseRate, f.unprivilegedBaseRate)],
                    .calibratedEqualizedOdds(post))
        default:
            var roc = try RejectOptionClassification(privilegedValues: privileged, seed: seed)
            try roc.fit(scores: trainScores, labels: train.y, sensitive: train.sensitive)
            guard let f = roc.fitted else { throw MitigationError.notFitted(method) }
            return (try roc.predictProbability(scores: scores, sensitive: compared.sensitive), [
                String(format: "Threshold %.4f, margin %.4f: statistical parity difference %.4f on the training rows",
                       f.threshold, f.margin, f.metricValue) + (f.constraintMet ? "." : " (outside ±0.05: the closest found).")],
                    .rejectOption(roc))
        }
    }

    /// The scores of a model with P(positive) `p` on rows with `labels` and groups `sensitive`.
    /// A `randomised` model's P is the chance of its coin flip, so every rate is an expected value
    /// over P (never one draw), and the randomised share counts the rows whose P is strictly
    /// between 0 and 1. A deterministic model's P is a class probability, not a coin: it decides
    /// 1 exactly when P > 0.5 (`Classifier.predict`, what `learn predict` writes), so it is scored
    /// on those decisions, and its share is 0. Example: P = [0.9, 0.6, 0.2] with labels [1, 0, 0]
    /// decides [1, 1, 0]: accuracy 2/3 (as expected values it would be (0.9 + 0.4 + 0.8) / 3 = 0.7).
    static func scores(_ p: [Double], labels: [Int], sensitive: SensitiveFeature, randomised: Bool) throws -> MitigateResult.Scores {
        let scored = randomised ? p : p.map { Double(DecisionRule.label(probability: $0, threshold: DecisionRule.defaultThreshold)) }
        let counts = try GroupedCounts(labels: labels, probabilities: scored, groups: GroupIndex([sensitive]))
        func byGroup(_ rate: (ConfusionCounts) -> MetricValue) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: zip(counts.groups.names, counts.counts).compactMap { name, c in rate(c).number.map { (name, $0) } })
        }
        var scores = MitigateResult.Scores(accuracy: counts.overall.accuracy.number, selectionRates: byGroup(\.selectionRate),
                                           demographicParityDifference: FairlearnDisparity.demographicParity.difference(in: counts).number,
                                           equalizedOddsDifference: FairlearnDisparity.equalizedOdds.difference(in: counts).number,
                                           randomisedShare: randomised ? RandomisedDecision.randomisedShare(p) : 0)
        scores.truePositiveRates = byGroup(\.truePositiveRate)
        scores.falsePositiveRates = byGroup(\.falsePositiveRate)
        return scores
    }
}
