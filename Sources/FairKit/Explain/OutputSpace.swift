/// The scale an explanation's numbers live on: attributions add up to f(x) − E f on this scale.
///
/// Log-odds is where a logistic model is additive (Linear SHAP is exact there); probability is
/// what a reader understands, but a Shapley value in probability depends on the other features.
public enum OutputSpace: String, Sendable, Equatable, CaseIterable {
    /// log(p / (1 − p)), the logistic model's decision function x·β + b.
    case logOdds = "log-odds"
    /// P(y = 1 | x).
    case probability
}
