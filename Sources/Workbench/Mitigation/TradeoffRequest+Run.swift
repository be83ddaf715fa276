import FairKit
import Foundation

extension TradeoffRequest {
    /// Trains the base pipeline on `--data`, runs `TradeoffSweep` over the chosen methods on its
    /// encoded features, scores every point on the `--test` rows (or the training rows), marks
    /// the Pareto front and recommends the most accurate point within `--tolerance`; with `--out`
    /// the result's JSON is written there (atomically). Command-line problems are
    /// `RequestFailure.usage`, data problems `.badInput`.
    public func run(currentDirectory: URL) throws -> TradeoffResult {
        let chosen = methods.map(TrainRequest.list) ?? Self.methodNames
        if let unknown = chosen.first(where: { !Self.methodNames.contains($0) }) {
            throw RequestFailure.usage("--methods", "'\(unknown)' is not one of \(Self.methodNames.joined(separator: ", "))")
        }
        let grid = try (epsGrid.map(TrainRequest.list) ?? ["0.01", "0.02", "0.05", "0.1"]).map { text -> Double in
            let eps = try TrainRequest.number(text, option: "--eps-grid", expected: "a number > 0, such as 0.01")
            guard eps > 0 else { throw RequestFailure.usage("--eps-grid", "'\(text)' is not > 0") }
            return eps
        }
        let tolerance = try self.tolerance.map { text -> Double in
            let t = try TrainRequest.number(text, option: "--tolerance", expected: "a number >= 0, such as 0.05")
            guard t >= 0 else { throw RequestFailure.usage("--tolerance", "'\(text)' is not >= 0") }
            return t
        } ?? Self.defaultTolerance
        let constraint = try constraint.map { raw -> ParityConstraint in
            guard let c = ParityConstraint(rawValue: raw) else {
                throw RequestFailure.usage("--constraint", "'\(raw)' is not one of " + ParityConstraint.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return c
        } ?? .demographicParity
        let disparity: FairlearnDisparity = constraint == .equalizedOdds ? .equalizedOdds : .demographicParity
        let thresholdConstraints: [ThresholdOptimizer.Constraint] = chosen.contains("threshold-optimizer") ? [.demographicParity, .equalizedOdds] : []
        var trainOptions = train
        trainOptions.protected = ([protectedColumn] + (train.protected.map(TrainRequest.list) ?? [])).joined(separator: ",")
        let (settings, classifier) = try trainOptions.settings()
        let trainFile = try TableFile.read(train.data, from: currentDirectory)
        let testFile = try test.map { try TableFile.read($0, from: currentDirectory) }
        do {
            var pipeline = Pipeline(settings: settings, classifier: classifier)
            try pipeline.fit(trainFile.table)
            let trainRows = try MitigateRequest.Rows(pipeline, trainFile.table, protectedColumn, file: train.data)
            let compared = try testFile.map { try MitigateRequest.Rows(pipeline, $0.table, protectedColumn, file: test ?? "") } ?? trainRows
            let sweep = try TradeoffSweep(constraint: constraint, disparity: disparity, epsGrid: chosen.contains("exponentiated-gradient") ? grid : [],
                                          includeGridSearch: chosen.contains("grid-search"), thresholdConstraints: thresholdConstraints)
            let points = try Self.sweep(sweep, classifier, trainRows, compared)
            let result = TradeoffResult(protectedColumn: protectedColumn, constraint: constraint.rawValue, disparity: disparity.id,
                                        rowsCompared: testFile == nil ? "training" : "test", rowCount: compared.y.count, tolerance: tolerance,
                                        points: points, recommendation: TradeoffFront.recommend(points, tolerance: tolerance), jsonFile: nil)
            guard let out else { return result }
            var written = result
            written.jsonFile = try OutputFile.write(try result.json(), to: out, currentDirectory: currentDirectory, option: outOption)
            return written
        } catch let failure as RequestFailure {
            throw failure
        } catch {
            throw RequestFailure(.badInput, "\(train.data): \(error)")
        }
    }

    /// The sweep with the classifier's concrete type opened.
    private static func sweep<Base: Classifier>(_ sweep: TradeoffSweep, _ base: Base, _ train: MitigateRequest.Rows,
                                                _ test: MitigateRequest.Rows) throws -> [TradeoffPoint] {
        try sweep.run(base: base, train: (train.x, train.y, train.sensitive), test: (test.x, test.y, test.sensitive))
    }
}
