/// One counterfactual: the changed row, the model's output there, and the changes in words.
public struct Counterfactual: Sendable, Equatable {
    /// One changed source column.
    public struct Change: Sendable, Equatable {
        public let column: String
        public let from: String
        public let to: String

        public init(column: String, from: String, to: String) {
            self.column = column
            self.from = from
            self.to = to
        }
    }

    /// The encoded row.
    public let values: [Double]
    /// The model's output on it (on the other side of the threshold).
    public let output: Double
    public let changes: [Change]
    /// DiCE's distance to the original: MAD-scaled for numeric columns, 0/1 for categorical ones,
    /// averaged over all columns.
    public let distance: Double
}

/// What a counterfactual search found, or the explicit statement that it found nothing within
/// its constraints, with what it searched.
public struct CounterfactualResult: Sendable, Equatable {
    public let row: Int
    /// The model's output on the original row and its decision (1 when above the threshold).
    public let output: Double
    public let decision: Int
    /// The chosen options, closest first; empty when none was found.
    public let options: [Counterfactual]
    /// DiCE's scores of the chosen set (nil without options; diversity needs two).
    public let proximity: Double?
    public let sparsity: Double?
    public let diversity: Double?
    /// Rows evaluated, whether the time limit stopped the search, and how many columns at once it reached.
    public let evaluated: Int
    public let timedOut: Bool
    public let maxChangesSearched: Int
    public let immutable: [String]
    public let elapsed: Double

    /// Whether the search came back empty.
    public var noneFound: Bool { options.isEmpty }

    /// "none found within these constraints", said precisely.
    public var noneFoundReason: String? {
        guard options.isEmpty else { return nil }
        let kept = immutable.isEmpty ? "" : " keeping \(immutable.joined(separator: ", ")) fixed,"
        let stop = timedOut ? " before the time limit stopped the search" : ""
        return "no counterfactual found within these constraints: changing up to \(maxChangesSearched) column(s) at once,"
            + "\(kept) within the training data's values (\(evaluated) candidates tried\(stop))"
    }
}
