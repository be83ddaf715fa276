/// Which way a metric moves when a group is treated better, so that a summary can say which group
/// a disparity disadvantages.
///
/// The directions assume, as AIF360's "favorable label" does, that a positive prediction is the
/// outcome people want (a loan, an interview), and they count every error as a harm to the group it
/// falls on, as Aequitas's audit does: a higher selection rate, TPR or accuracy favours a group; a
/// higher FPR, FNR, FDR, FOR or error rate harms it. Base rates and counts describe the data, not
/// the treatment, and are neutral. Where the positive prediction is punitive (a "high risk" flag),
/// the caller who knows that should say so: `FairnessAudit.Options.positiveIsHarmful` then reads
/// the metrics from the affected person's view (selection rate and TPR reversed, FNR and FOR too).
public enum MetricDirection: String, Sendable, Codable, CaseIterable {
    case higherIsFavorable = "higher_is_favorable"
    case lowerIsFavorable = "lower_is_favorable"
    case neutral

    /// Whether a group whose value is `value` is favoured over one whose value is `reference`:
    /// `true` favoured, `false` disfavoured, `nil` when the values are equal or the metric is neutral.
    public func favours(_ value: Double, over reference: Double) -> Bool? {
        guard value != reference else { return nil }
        switch self {
        case .higherIsFavorable: return value > reference
        case .lowerIsFavorable: return value < reference
        case .neutral: return nil
        }
    }
}
