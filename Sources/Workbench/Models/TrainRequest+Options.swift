import FairKit
import Foundation

extension TrainRequest {
    /// The pipeline settings and the classifier the options describe. Every problem is a usage
    /// error naming the option and the form it takes.
    func settings() throws -> (settings: Pipeline.Settings, classifier: any Classifier) {
        if features != nil, exclude != nil {
            throw RequestFailure.usage("--exclude", "give either --features or --exclude, not both")
        }
        let selection: Pipeline.FeatureSelection
        if let features { selection = .columns(Self.list(features)) } else if let exclude { selection = .allExcept(Self.list(exclude)) } else { selection = .all }
        if case .columns(let names) = selection, names.isEmpty { throw RequestFailure.usage("--features", "name at least one column") }
        let missingPolicy: Pipeline.MissingValuePolicy
        switch missing ?? "impute" {
        case "impute": missingPolicy = .impute
        case "drop-rows": missingPolicy = .dropRows
        case "error": missingPolicy = .error
        case let other: throw RequestFailure.usage("--missing", "'\(other)' is not impute, drop-rows or error")
        }
        let unknown: UnknownCategoryHandling
        switch unknownCategories ?? "error" {
        case "error": unknown = .error
        case "ignore": unknown = .ignore
        case let other: throw RequestFailure.usage("--unknown-categories", "'\(other)' is not error or ignore")
        }
        let settings = Pipeline.Settings(label: label, positive: positive, features: selection,
                                         protected: protected.map(Self.list) ?? [], includeProtected: includeProtected,
                                         weight: weight, standardizeNumeric: !noStandardize, missingValues: missingPolicy,
                                         unknownCategories: unknown)
        return (settings, try classifier())
    }

    private func classifier() throws -> any Classifier {
        let kind = model ?? "logistic"
        if kind != "logistic", c != nil { throw RequestFailure.usage("--c", "applies to --model logistic only") }
        if kind != "tree", maxDepth != nil { throw RequestFailure.usage("--max-depth", "applies to --model tree only") }
        do {
            switch kind {
            case "logistic":
                let strength = try c.map { try Self.number($0, option: "--c", expected: "a number > 0, such as 1.0") } ?? 1
                return try LogisticRegression(penalty: .l2(c: strength))
            case "tree":
                let depth = try maxDepth.map { text -> Int in
                    guard let n = Int(text.trimmingCharacters(in: .whitespaces)), n >= 1 else {
                        throw RequestFailure.usage("--max-depth", "'\(text)' is not a whole number >= 1")
                    }
                    return n
                }
                return try DecisionTree(maxDepth: depth)
            case "naive-bayes":
                return try GaussianNaiveBayes()
            default:
                throw RequestFailure.usage("--model", "'\(kind)' is not one of \(Self.modelKinds.joined(separator: ", "))")
            }
        } catch let error as ModelError {
            throw RequestFailure.usage(kind == "logistic" ? "--c" : "--max-depth", "\(error)")
        }
    }

    /// The held-out share and the seed, or nil without `--test-fraction`.
    func split() throws -> (fraction: Double, seed: UInt64)? {
        guard let testFraction else {
            if seed != nil { throw RequestFailure.usage("--seed", "applies with --test-fraction only") }
            return nil
        }
        let fraction = try Self.number(testFraction, option: "--test-fraction", expected: "a share in (0, 1), such as 0.3")
        guard fraction > 0, fraction < 1 else { throw RequestFailure.usage("--test-fraction", "\(testFraction) is not in (0, 1); 0.3 holds out 30% of the rows") }
        let seed = try self.seed.map { text -> UInt64 in
            guard let s = UInt64(text.trimmingCharacters(in: .whitespaces)) else {
                throw RequestFailure.usage("--seed", "'\(text)' is not a whole number >= 0")
            }
            return s
        } ?? Self.defaultSeed
        return (fraction, seed)
    }

    static func list(_ text: String) -> [String] { OptionValues.list(text) }

    /// `text` as a finite number, or a usage error naming `option` and what it takes.
    static func number(_ text: String, option: String, expected: String) throws -> Double {
        guard let x = OptionValues.finiteNumber(text) else { throw RequestFailure.usage(option, "'\(text)' is not \(expected)") }
        return x
    }
}
