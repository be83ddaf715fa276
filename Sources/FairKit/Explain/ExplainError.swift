/// What can go wrong when explaining a model, each case with the fix in its description.
public enum ExplainError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A row index outside the data being explained.
    case rowOutOfRange(row: Int, rowCount: Int)
    /// A matrix whose width is not the model's number of features.
    case featureCountMismatch(expected: Int, got: Int, what: String)
    /// A value that is NaN or infinite where explainers need numbers.
    case nonFinite(what: String, row: Int, column: Int)
    /// An empty background, or background weights that are negative or sum to zero.
    case invalidBackground(String)
    /// More players than exact enumeration allows.
    case tooManyPlayers(players: Int, limit: Int)
    /// A setting outside its allowed range.
    case invalidSetting(name: String, value: String, requirement: String)
    /// The model returned the wrong number of outputs or a non-finite one.
    case badModelOutput(String)
    /// Feature groups that do not cover every feature exactly once.
    case invalidGroups(String)
    /// The weighted least-squares system of Kernel SHAP has no unique solution.
    case singularSystem(players: Int, coalitions: Int)
    /// The explainer needs something this model does not offer.
    case unsupportedModel(String)

    public var description: String {
        switch self {
        case let .rowOutOfRange(row, rowCount):
            return "row \(row) is outside the data (rows 0..\(rowCount - 1)); pick rows that exist"
        case let .featureCountMismatch(expected, got, what):
            return "\(what) has \(got) feature columns, the model takes \(expected); encode it with the model's encoder"
        case let .nonFinite(what, row, column):
            return "\(what) holds a missing, NaN or infinite value at row \(row), feature \(column); impute or drop it first"
        case .invalidBackground(let message):
            return "background: \(message)"
        case let .tooManyPlayers(players, limit):
            return "exact Shapley values enumerate 2^\(players) coalitions; the limit is \(limit) features or groups: "
                + "group one-hot columns by source column, or use Kernel SHAP or permutation SHAP"
        case let .invalidSetting(name, value, requirement):
            return "\(name) = \(value) is not allowed: \(requirement)"
        case .badModelOutput(let message):
            return "the model's output: \(message)"
        case .invalidGroups(let message):
            return "feature groups: \(message)"
        case let .singularSystem(players, coalitions):
            return "Kernel SHAP's least-squares system for \(players) players is singular with \(coalitions) coalitions; "
                + "raise the number of samples or group features"
        case .unsupportedModel(let message):
            return message
        }
    }
}
