/// Reject option classification's defaults, AIF360 0.6.1's `RejectOptionClassification` arguments.
public enum RejectOptionConstants {
    /// The classification thresholds searched: `thresholdCount` evenly spaced values from
    /// `lowThreshold` to `highThreshold` (numpy's linspace).
    public static let lowThreshold = 0.01
    public static let highThreshold = 0.99
    public static let thresholdCount = 100
    /// Margins searched per threshold t: `marginCount` evenly spaced values from 0 to min(t, 1 − t).
    public static let marginCount = 50
    /// The accepted range of the fairness metric (unprivileged minus privileged).
    public static let metricLowerBound = -0.05
    public static let metricUpperBound = 0.05
}
