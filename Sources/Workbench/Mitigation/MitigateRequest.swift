import FairKit

/// What `learn mitigate` was asked, option values still text (parsed and checked in
/// `MitigateRequest+Run`). The data and model options are `learn train`'s.
public struct MitigateRequest: Sendable, Equatable {
    /// The training options, as `learn train` reads them (`out` unused there).
    public var train: TrainRequest
    /// The one protected column whose groups the mitigation compares.
    public var protectedColumn: String
    /// Privileged values of the protected column, comma-separated (AIF360's post-processors).
    public var privileged: String?
    /// One of `MitigateRequest.methods`.
    public var method: String
    /// A constraint name (see `constraints(for:)`); nil for the method's default.
    public var constraint: String?
    /// Exponentiated gradient's ε (default 0.01).
    public var eps: String?
    /// Bounded group loss's ζ, the largest error rate a group may have (no default).
    public var upperBound: String?
    /// A CSV file of held-out rows to compare on (default: the training rows).
    public var test: String?
    /// The seed of the randomised decisions (default 0).
    public var seed: String?
    /// Where to write the mitigated model file: a pipeline for reweighing, a mitigated_pipeline otherwise.
    public var out: String?
    /// The option that named `out` (`--out` or `--model-out`), for error messages.
    public var outOption = "--out"
    /// The disparate impact remover's repair level in [0, 1] (default 1).
    public var repairLevel: String?
    /// The correlation remover's alpha in [0, 1] (default 1).
    public var alpha: String?
    /// The prejudice remover's η >= 0 (default 1).
    public var eta: String?
    /// Where the disparate impact remover writes the repaired training rows (CSV, every column).
    public var repairedOut: String?
    /// Where it writes the repaired `--test` rows, repaired on their own as AIF360's `fit_transform` does.
    public var repairedTestOut: String?
    /// The threshold optimizer's `flip` (Fairlearn's, default false): allow "score < t" rules.
    public var flip = false
    /// The threshold optimizer's `tol` >= 0 (Fairlearn's, default none): how far the groups'
    /// constrained rates may differ.
    public var tol: String?

    public init(train: TrainRequest, protectedColumn: String, privileged: String? = nil, method: String,
                constraint: String? = nil, eps: String? = nil, test: String? = nil, seed: String? = nil, out: String? = nil) {
        self.train = train
        self.protectedColumn = protectedColumn
        self.privileged = privileged
        self.method = method
        self.constraint = constraint
        self.eps = eps
        self.test = test
        self.seed = seed
        self.out = out
    }

    /// The methods `--method` takes.
    public static let methods = ["reweighing", "di-remover", "correlation-remover", "exponentiated-gradient", "grid-search", "threshold-optimizer",
                                 "eq-odds", "calibrated-eq-odds", "reject-option", "prejudice-remover", "adversarial-debiasing"]
}
