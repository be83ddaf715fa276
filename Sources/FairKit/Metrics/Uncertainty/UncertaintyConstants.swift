/// The audit's defaults for uncertainty: the tuning numbers in one place.
public enum UncertaintyConstants {
    /// Confidence of every interval: 95%, the convention of the fields the audit serves.
    public static let confidence = 0.95
    /// Bootstrap resamples: 1,000 puts the 2.5% and 97.5% percentiles on the 25th and 975th of
    /// 1,000 sorted values, where their Monte Carlo error is small next to the interval's width
    /// (Efron & Tibshirani 1993, ch. 13, recommend at least 1,000 for percentile intervals).
    public static let bootstrapReplicates = 1_000
    /// The bootstrap's seed: fixed, so the same audit prints the same intervals.
    public static let bootstrapSeed: UInt64 = 19
    /// The significance level of the needed-rows calculation (two-sided).
    public static let alpha = 0.05
    /// The power of the needed-rows calculation: a true gap of the observed size is found four
    /// times in five, Cohen's (1988) convention.
    public static let power = 0.8
}
