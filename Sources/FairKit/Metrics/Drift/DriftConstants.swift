/// The tuning numbers of drift measurement, named and explained in one place.
public enum DriftConstants {
    /// Numeric PSI uses this many bins, cut at the baseline's quantiles k / 10 (deciles), so each
    /// bin holds about a tenth of the baseline: the usual choice in credit-risk monitoring
    /// (Siddiqi, "Credit Risk Scorecards", 2006, ch. 8; Yurdakul 2018, "Statistical properties of
    /// population stability index").
    public static let psiBins = 10
    /// A bin's share below this is raised to it before PSI's logarithm: an empty bin would make
    /// ln(q / p) infinite. 0.0001 (1e-4) is the common floor; raising it makes PSI forgive empty bins more.
    public static let psiFloor = 0.0001
    /// PSI below 0.1: no meaningful shift; 0.1 to 0.25: moderate; above 0.25: a significant shift
    /// that should be acted on (Siddiqi 2006; the industry rule of thumb).
    public static let psiModerate = 0.1, psiSignificant = 0.25
    /// A Kolmogorov-Smirnov p-value below this is an alert (the conventional 5% level).
    public static let ksAlpha = 0.05
}
