import FairKit
import Foundation

/// What `learn whatif` was asked, as the command line wrote it: a pipeline model file, a CSV file
/// of rows with the label and the protected columns, and how many rows to put in the page. Run it
/// with `run(currentDirectory:)`; the result holds the page (`WhatIfPage`, docs/whatif.md).
public struct WhatIfRequest: Sendable, Equatable {
    /// The pipeline model file (`learn train --out`).
    public var model: String
    /// The CSV file of rows (with the label column, for TPR and FPR).
    public var data: String
    /// The protected columns, comma-separated: each is a way to group the rows.
    public var protected: String
    /// At most this many rows, a seeded sample (default every row).
    public var rows: String?
    /// The sample's seed (default 0).
    public var seed: String?

    public init(model: String, data: String, protected: String, rows: String? = nil, seed: String? = nil) {
        self.model = model
        self.data = data
        self.protected = protected
        self.rows = rows
        self.seed = seed
    }

    /// The page and what it holds.
    public struct Result: Sendable {
        /// The HTML document.
        public let html: String
        /// Rows in the page, and in the data file.
        public let rows: Int, dataRows: Int
        /// The model kind and the attribution method the page uses.
        public let modelKind: String, attribution: String
    }

    /// Loads the model (a `mitigated_pipeline` is refused: its randomised, group-aware decision
    /// is not a score a threshold cuts), reads the rows, samples them and builds the page. Bad
    /// options are `usage` failures; files that do not fit are `badInput` naming the file.
    public func run(currentDirectory: URL) throws -> Result {
        let columns = OptionValues.list(protected)
        guard !columns.isEmpty else { throw RequestFailure.usage("--protected", "name at least one column, such as sex or sex,race") }
        let count = try rows.map { text -> Int in
            guard let n = Int(text), n >= 1 else { throw RequestFailure.usage("--rows", "'\(text)' is not a whole number >= 1") }
            return n
        }
        let seedValue = try seed.map { text -> UInt64 in
            guard let s = UInt64(text) else { throw RequestFailure.usage("--seed", "'\(text)' is not a whole number >= 0") }
            return s
        } ?? 0
        let pipeline = try loadPipeline(currentDirectory)
        let input = try TableFile.read(data, from: currentDirectory, schema: PredictRequest.schema(of: pipeline))
        let table = input.table
        do {
            let positions = count.map { WhatIfPage.sample(count: $0, of: table.rowCount, seed: seedValue) }
            let page = try WhatIfPage(pipeline: pipeline, table: table, protected: columns,
                                      title: URL(fileURLWithPath: data).lastPathComponent, rows: positions)
            return Result(html: page.html(), rows: page.rowCount, dataRows: table.rowCount, modelKind: page.modelKind, attribution: page.attribution)
        } catch let error as WhatIfError {
            throw RequestFailure(.badInput, "\(data): \(error)")
        } catch {
            throw RequestFailure.badInput(data, error)
        }
    }

    private func loadPipeline(_ folder: URL) throws -> Pipeline {
        let (pipeline, mitigated) = try PredictRequest(model: model, data: data).loadModel(folder, allowMitigated: true)
        if mitigated != nil {
            throw RequestFailure(.badInput, "\(model): a mitigated_pipeline's decision depends on the group and a seeded draw, "
                                 + "not on one threshold, so the what-if page cannot show it; give its base model (learn train --out) instead")
        }
        do {
            try WhatIfPage.requireSupported(pipeline.classifier)
        } catch {
            throw RequestFailure(.badInput, "\(model): \(error)")
        }
        return pipeline
    }
}
