import FairKit

/// What `learn train` was asked, as the command line wrote it: option values still text, so that
/// parsing them and saying what is wrong with them happen in one place (`TrainRequest+Options`).
/// Run it with `run(currentDirectory:)`.
public struct TrainRequest: Sendable, Equatable {
    /// The training CSV file (relative paths from the current folder).
    public var data: String
    /// The label column.
    public var label: String
    /// The label value that is 1 (needed unless the label is 0/1 or true/false).
    public var positive: String?
    /// Feature columns, comma-separated (default: every column but the label, weight and protected ones).
    public var features: String?
    /// Columns to leave out of the default features, comma-separated.
    public var exclude: String?
    /// Protected columns, comma-separated: kept out of the features and recorded in the model file.
    public var protected: String?
    /// Keep the protected columns among the features.
    public var includeProtected: Bool
    /// "logistic" (default), "tree" or "naive-bayes".
    public var model: String?
    /// Logistic regression's C (default 1).
    public var c: String?
    /// The tree's maximum depth (default none).
    public var maxDepth: String?
    /// Leave numeric columns unstandardised.
    public var noStandardize: Bool
    /// A column of sample weights.
    public var weight: String?
    /// The share of rows held out for testing, in (0, 1).
    public var testFraction: String?
    /// The split's seed (default 0).
    public var seed: String?
    /// "impute" (default), "drop-rows" or "error".
    public var missing: String?
    /// "error" (default) or "ignore".
    public var unknownCategories: String?
    /// Where the model file goes.
    public var out: String

    /// A request; every option but the data file, the label and the output may be left out.
    public init(data: String, label: String, positive: String? = nil, features: String? = nil, exclude: String? = nil,
                protected: String? = nil, includeProtected: Bool = false, model: String? = nil, c: String? = nil,
                maxDepth: String? = nil, noStandardize: Bool = false, weight: String? = nil, testFraction: String? = nil,
                seed: String? = nil, missing: String? = nil, unknownCategories: String? = nil, out: String) {
        self.data = data
        self.label = label
        self.positive = positive
        self.features = features
        self.exclude = exclude
        self.protected = protected
        self.includeProtected = includeProtected
        self.model = model
        self.c = c
        self.maxDepth = maxDepth
        self.noStandardize = noStandardize
        self.weight = weight
        self.testFraction = testFraction
        self.seed = seed
        self.missing = missing
        self.unknownCategories = unknownCategories
        self.out = out
    }

    /// The model kinds `--model` takes.
    public static let modelKinds = ["logistic", "tree", "naive-bayes"]
    /// The split seed when `--seed` is not given.
    public static let defaultSeed: UInt64 = 0
}
