import Foundation

/// A fitted `GaussianNaiveBayes` in a model file (kind `gaussian_naive_bayes`): `classes` seen in
/// training ([0, 1], or one of them), and per class its fitted `priors` entry, a row of `means`
/// and a row of `variances` (already smoothed, one per feature), and `epsilon`, the smoothing
/// added. `hyperparameters` (`priors` given or null, `var_smoothing`) are optional.
struct GaussianNaiveBayesRecord: ModelFileRecord, Equatable {
    static let kind = ModelFile.Kind.gaussianNaiveBayes

    struct Hyperparameters: Codable, Equatable {
        var priors: [Double]?
        var varSmoothing: Double?
        enum CodingKeys: String, CodingKey { case priors, varSmoothing = "var_smoothing" }
    }

    var formatVersion: Int?
    var kind: String
    var hyperparameters: Hyperparameters?
    var classes: [Int]
    var priors: [Double]
    var means: [[Double]]
    var variances: [[Double]]
    var epsilon: Double?
    var provenance: ProvenanceRecord?

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", kind, hyperparameters, classes, priors, means, variances, epsilon, provenance
    }

    init(_ model: GaussianNaiveBayes) throws {
        guard let fitted = model.fitted else { throw ModelError.notFitted(model: "GaussianNaiveBayes") }
        kind = Self.kind.rawValue
        hyperparameters = Hyperparameters(priors: model.priors, varSmoothing: model.varSmoothing)
        (classes, priors, means, variances, epsilon) = (fitted.classes, fitted.priors, fitted.means, fitted.variances, fitted.epsilon)
    }

    /// The number of features the means describe.
    var featureCount: Int { means.first?.count ?? 0 }

    func model(at path: [any CodingKey]) throws -> GaussianNaiveBayes {
        let field = { (name: String) in ModelFile.path(path, name) }
        var model: GaussianNaiveBayes
        do {
            model = try GaussianNaiveBayes(priors: hyperparameters?.priors, varSmoothing: hyperparameters?.varSmoothing ?? 1e-9)
        } catch let error as ModelError {
            throw ModelFileError.invalidValue(field: field("hyperparameters"), problem: "\(error)")
        }
        guard !classes.isEmpty, classes.allSatisfy({ $0 == 0 || $0 == 1 }), classes == Array(Set(classes)).sorted() else {
            throw ModelFileError.invalidValue(field: field("classes"), problem: "give [0, 1], [0] or [1]")
        }
        for (name, count) in [("priors", priors.count), ("means", means.count), ("variances", variances.count)] where count != classes.count {
            throw ModelFileError.invalidValue(field: field(name), problem: "\(count) entries for \(classes.count) classes; give one per class")
        }
        guard featureCount >= 1 else { throw ModelFileError.invalidValue(field: field("means"), problem: "give one mean per feature for each class") }
        for k in classes.indices {
            for (name, row) in [("means", means[k]), ("variances", variances[k])] {
                guard row.count == featureCount else {
                    throw ModelFileError.invalidValue(field: field(name) + "[\(k)]", problem: "\(row.count) entries, but means[0] has \(featureCount)")
                }
                try requireFinite(row, field: field(name) + "[\(k)]")
            }
            if let j = variances[k].firstIndex(where: { !($0 > 0) }) {
                throw ModelFileError.invalidValue(field: field("variances") + "[\(k)][\(j)]", problem: "a variance must be > 0")
            }
        }
        try requireFinite(priors, field: field("priors"))
        guard priors.allSatisfy({ $0 > 0 && $0 <= 1 }) else { throw ModelFileError.invalidValue(field: field("priors"), problem: "priors lie in (0, 1]") }
        model.fitted = .init(classes: classes, priors: priors, means: means, variances: variances, epsilon: epsilon ?? 0)
        return model
    }
}

extension GaussianNaiveBayes: ModelFileCodable {
    /// The fitted model as a model file (kind `gaussian_naive_bayes`).
    public func modelFileData() throws -> Data { try ModelFile.write(GaussianNaiveBayesRecord(self)) }

    /// The fitted model a `gaussian_naive_bayes` model file holds.
    public init(modelFileData data: Data) throws { self = try ModelFile.load(GaussianNaiveBayesRecord.self, from: data) }
}
