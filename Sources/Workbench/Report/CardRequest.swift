import FairKit
import Foundation

/// What `learn card` was asked: a model card (`ModelCard`, docs/model-cards.md) for a model file,
/// measured on labelled evaluation (test) data, with the fields a person writes read from an
/// intended-use file. Run it with `run(currentDirectory:)`, or `report(currentDirectory:)` for
/// the report route; projects call it from Swift the same way:
///
/// ```swift
/// let card = try CardRequest(model: "german.model.json", data: "test.csv", protected: "sex,age_group",
///                            intendedUse: "intended-use.yaml").run(currentDirectory: folder)
/// if !card.completeness.isComplete { print(card.completeness.requiredToBeWritten) }
/// ```
public struct CardRequest: Sendable, Equatable {
    /// The model file (`learn train --out`, `learn mitigate --out`, or written by hand).
    public var model: String
    /// The labelled CSV file the model is evaluated on: the model's columns and its label column.
    public var data: String
    /// Protected columns, comma-separated, as `learn audit --protected` takes them.
    public var protected: String
    /// Privileged groups, as `learn audit --privileged` takes them.
    public var privileged: String?
    /// Ranges of numeric protected columns, as `learn audit --bins` takes them.
    public var bins: String?
    /// The intended-use file (JSON, or the YAML subset `WrittenAnswers` reads).
    public var intendedUse: String?
    /// The decision threshold (default 0.5): the decision is positive when P > threshold.
    public var threshold: String?

    /// A request; privileged groups, bins, the intended-use file and the threshold may be left out.
    public init(model: String, data: String, protected: String, privileged: String? = nil, bins: String? = nil,
                intendedUse: String? = nil, threshold: String? = nil) {
        self.model = model
        self.data = data
        self.protected = protected
        self.privileged = privileged
        self.bins = bins
        self.intendedUse = intendedUse
        self.threshold = threshold
    }

    /// The card on the report route (`--format`, `--out`); its findings are the fields still to
    /// be written.
    public func report(currentDirectory: URL) throws -> PreparedReport {
        let card = try run(currentDirectory: currentDirectory)
        return PreparedReport(card, name: "the model card", findings: card.completeness.toBeWritten.count, finding: "unwritten field")
    }

    /// Reads the intended-use file first (so a malformed one stops before any work), scores the
    /// data with the model (`PredictRequest`), audits the predictions by protected column and their
    /// intersection, and builds the card. A wrong option is `usage`; an unreadable or malformed
    /// model, data or intended-use file is `badInput` naming the file and the field.
    public func run(currentDirectory: URL) throws -> ModelCard {
        let answers = try Self.readAnswers(intendedUse, fields: ModelCard.writtenFields, currentDirectory: currentDirectory)
        let predict = PredictRequest(model: model, data: data, threshold: threshold)
        let scored = try predict.run(currentDirectory: currentDirectory)
        let details: ModelCard.ModelDetails
        do {
            details = try ModelCard.ModelDetails(modelFileData: try Data(contentsOf: URL.resolving(model, from: currentDirectory)), file: model)
        } catch {
            throw RequestFailure(.badInput, "\(model): \(error)")
        }
        let fairness = try AuditRequest.predictions(scored, data: data, protected: protected, privileged: privileged, bins: bins)
        let bytes = try? Data(contentsOf: URL.resolving(data, from: currentDirectory))
        return ModelCard(model: details, audit: fairness, answers: answers, answersFile: intendedUse,
                         evaluationDataSHA256: bytes.map { SHA256.hexDigest(of: $0) }, decisionThreshold: scored.threshold)
    }

    /// The answers in `file` for `fields` (none when `file` is nil); an unreadable or malformed
    /// file is `badInput` naming the file, and the field or line.
    static func readAnswers(_ file: String?, fields: [WrittenField], currentDirectory: URL) throws -> WrittenAnswers {
        guard let file else { return WrittenAnswers() }
        let url = URL.resolving(file, from: currentDirectory)
        guard let data = try? Data(contentsOf: url) else {
            throw RequestFailure(.badInput, "\(file): cannot read the file (\(FileManager.default.fileExists(atPath: url.path) ? "not readable" : "no such file"))")
        }
        do {
            return try WrittenAnswers(data: data, file: file, fields: fields)
        } catch {
            throw RequestFailure(.badInput, "\(error)")
        }
    }
}
