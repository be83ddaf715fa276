import Foundation

/// A fitted `LogisticRegression` in a model file (kind `logistic_regression`):
/// `coefficients` (β, one per feature) and `intercept` (b) are required; `hyperparameters`
/// (`penalty` "l2" or "none", `c`, `fit_intercept`, `max_iterations`, `tolerance`) and the fit's
/// diagnostics (`iterations`, `objective`, `scaled_gradient`) may be left out of a hand-written
/// file: they do not change predictions, σ(x·β + b).
struct LogisticRegressionRecord: ModelFileRecord, Equatable {
    static let kind = ModelFile.Kind.logisticRegression

    struct Hyperparameters: Codable, Equatable {
        var penalty: String?
        var c: Double?
        var fitIntercept: Bool?
        var maxIterations: Int?
        var tolerance: Double?
        enum CodingKeys: String, CodingKey {
            case penalty, c = "C", fitIntercept = "fit_intercept", maxIterations = "max_iterations", tolerance
        }
    }

    var formatVersion: Int?
    var kind: String
    var hyperparameters: Hyperparameters?
    var coefficients: [Double]
    var intercept: Double
    var iterations: Int?
    var objective: Double?
    var scaledGradient: Double?
    var provenance: ProvenanceRecord?

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", kind, hyperparameters, coefficients, intercept, iterations, objective
        case scaledGradient = "scaled_gradient", provenance
    }

    init(_ model: LogisticRegression) throws {
        guard let fitted = model.fitted else { throw ModelError.notFitted(model: "LogisticRegression") }
        kind = Self.kind.rawValue
        var c: Double?
        if case .l2(let strength) = model.penalty { c = strength }
        hyperparameters = Hyperparameters(penalty: c == nil ? "none" : "l2", c: c, fitIntercept: model.fitIntercept,
                                          maxIterations: model.maxIterations, tolerance: model.tolerance)
        coefficients = fitted.coefficients
        intercept = fitted.intercept
        (iterations, objective, scaledGradient) = (fitted.iterations, fitted.objective, fitted.scaledGradient)
    }

    /// The model; `at` is the record's path in the file ("model" in a pipeline, "" alone).
    func model(at path: [any CodingKey]) throws -> LogisticRegression {
        let h = hyperparameters ?? Hyperparameters()
        let penalty: LogisticRegression.Penalty
        switch h.penalty ?? "l2" {
        case "l2": penalty = .l2(c: h.c ?? 1)
        case "none": penalty = .none
        case let other:
            throw ModelFileError.invalidValue(field: ModelFile.path(path, "hyperparameters.penalty"), problem: "'\(other)' is not l2 or none")
        }
        var model: LogisticRegression
        do {
            model = try LogisticRegression(penalty: penalty, fitIntercept: h.fitIntercept ?? true,
                                           maxIterations: h.maxIterations ?? 100, tolerance: h.tolerance ?? 1e-10)
        } catch let error as ModelError {
            throw ModelFileError.invalidValue(field: ModelFile.path(path, "hyperparameters"), problem: "\(error)")
        }
        try requireFinite(coefficients, field: ModelFile.path(path, "coefficients"))
        try requireFinite([intercept], field: ModelFile.path(path, "intercept"))
        model.fitted = .init(coefficients: coefficients, intercept: intercept, iterations: iterations ?? 0,
                             objective: objective ?? 0, scaledGradient: scaledGradient ?? 0)
        return model
    }
}

/// Throws naming `field` (and the entry) when a number is NaN or infinite.
func requireFinite(_ values: [Double], field: String) throws {
    if let i = values.firstIndex(where: { !$0.isFinite }) {
        throw ModelFileError.invalidValue(field: values.count == 1 ? field : "\(field)[\(i)]", problem: "\(values[i]) is not a finite number")
    }
}

extension LogisticRegression: ModelFileCodable {
    /// The fitted model as a model file (kind `logistic_regression`).
    public func modelFileData() throws -> Data { try ModelFile.write(LogisticRegressionRecord(self)) }

    /// The fitted model a `logistic_regression` model file holds.
    public init(modelFileData data: Data) throws { self = try ModelFile.load(LogisticRegressionRecord.self, from: data) }
}
