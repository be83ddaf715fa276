import Foundation

/// A fitted `DummyClassifier` in a model file (kind `dummy_classifier`): `positive_rate` (π, the
/// weighted share of label 1 in training) and `hyperparameters.strategy` ("prior",
/// "most_frequent", "constant" with `constant` 0 or 1, "stratified" with `seed`).
struct DummyClassifierRecord: ModelFileRecord, Equatable {
    static let kind = ModelFile.Kind.dummyClassifier

    struct Hyperparameters: Codable, Equatable {
        var strategy: String
        var constant: Int?
        var seed: UInt64?
    }

    var formatVersion: Int?
    var kind: String
    var hyperparameters: Hyperparameters
    var positiveRate: Double
    var provenance: ProvenanceRecord?

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", kind, hyperparameters, positiveRate = "positive_rate", provenance
    }

    init(_ model: DummyClassifier) throws {
        guard let rate = model.positiveRate else { throw ModelError.notFitted(model: "DummyClassifier") }
        kind = Self.kind.rawValue
        switch model.strategy {
        case .prior: hyperparameters = Hyperparameters(strategy: "prior")
        case .mostFrequent: hyperparameters = Hyperparameters(strategy: "most_frequent")
        case .constant(let c): hyperparameters = Hyperparameters(strategy: "constant", constant: c)
        case .stratified(let seed): hyperparameters = Hyperparameters(strategy: "stratified", seed: seed)
        }
        positiveRate = rate
    }

    func model(at path: [any CodingKey]) throws -> DummyClassifier {
        let field = { (name: String) in ModelFile.path(path, "hyperparameters." + name) }
        let strategy: DummyClassifier.Strategy
        switch (hyperparameters.strategy, hyperparameters.constant, hyperparameters.seed) {
        case ("prior", _, _): strategy = .prior
        case ("most_frequent", _, _): strategy = .mostFrequent
        case ("constant", let c?, _): strategy = .constant(c)
        case ("stratified", _, let seed?): strategy = .stratified(seed: seed)
        case ("constant", nil, _): throw ModelFileError.missingField(field("constant"))
        case ("stratified", _, nil): throw ModelFileError.missingField(field("seed"))
        case (let other, _, _):
            throw ModelFileError.invalidValue(field: field("strategy"), problem: "'\(other)' is not prior, most_frequent, constant or stratified")
        }
        var model: DummyClassifier
        do { model = try DummyClassifier(strategy: strategy) } catch let error as ModelError {
            throw ModelFileError.invalidValue(field: field("constant"), problem: "\(error)")
        }
        guard positiveRate.isFinite, (0...1).contains(positiveRate) else {
            throw ModelFileError.invalidValue(field: ModelFile.path(path, "positive_rate"), problem: "\(positiveRate) is not a share in [0, 1]")
        }
        model.positiveRate = positiveRate
        return model
    }
}

extension DummyClassifier: ModelFileCodable {
    /// The fitted baseline as a model file (kind `dummy_classifier`).
    public func modelFileData() throws -> Data { try ModelFile.write(DummyClassifierRecord(self)) }

    /// The fitted baseline a `dummy_classifier` model file holds.
    public init(modelFileData data: Data) throws { self = try ModelFile.load(DummyClassifierRecord.self, from: data) }
}
