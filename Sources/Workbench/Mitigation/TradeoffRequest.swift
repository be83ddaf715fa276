import FairKit
import Foundation

/// What `learn tradeoff` was asked: the data and model options of `learn train`, the protected
/// column, which mitigations to sweep, exponentiated gradient's eps grid, the constraint, the
/// tolerance the recommendation must meet, the held-out rows and where to write the JSON. Run it
/// with `run(currentDirectory:)` (TradeoffRequest+Run.swift).
public struct TradeoffRequest: Sendable, Equatable {
    public var train: TrainRequest
    public var protectedColumn: String
    /// Comma-separated: exponentiated-gradient, grid-search, threshold-optimizer (default all).
    public var methods: String?
    /// Comma-separated eps values > 0 for exponentiated gradient (default 0.01,0.02,0.05,0.1).
    public var epsGrid: String?
    /// The reductions' constraint (default demographic_parity); the disparity measured follows it.
    public var constraint: String?
    /// The largest disparity the recommended point may have (default 0.05).
    public var tolerance: String?
    /// Held-out rows to score on (default the training rows).
    public var test: String?
    /// Where to write the sweep as JSON.
    public var out: String?
    /// The option that named `out` (`--out` or `--sweep-out`), for error messages.
    public var outOption = "--out"

    public init(train: TrainRequest, protectedColumn: String, methods: String? = nil, epsGrid: String? = nil, constraint: String? = nil,
                tolerance: String? = nil, test: String? = nil, out: String? = nil) {
        (self.train, self.protectedColumn, self.methods, self.epsGrid, self.constraint, self.tolerance, self.test, self.out) =
            (train, protectedColumn, methods, epsGrid, constraint, tolerance, test, out)
    }

    /// The methods `--methods` takes.
    public static let methodNames = ["exponentiated-gradient", "grid-search", "threshold-optimizer"]
    /// The tolerance without `--tolerance`.
    public static let defaultTolerance = 0.05
}
