/// The explainers' tuning numbers, each with why it has its value.
public enum ExplainConstants {
    /// Exact enumeration evaluates 2^M coalitions times the background: 2^16 · 100 rows is 6.5
    /// million model rows, seconds for a linear model; one more player doubles it.
    public static let maxExactPlayers = 16
    /// Rows per model call when batches are split over cores: large enough that a call's fixed
    /// cost vanishes, small enough (8,192 x 100 features = 6.5 MB) to stay in cache-friendly chunks.
    public static let batchRows = 8_192
    /// With a progress display, coalition batches run in waves of this many jobs per core, and
    /// progress is reported between waves: few enough waits for a wave's slowest job, often
    /// enough (a wave is 4 x 8,192 model rows per core) that a slow model's run visibly moves.
    public static let jobsPerWavePerCore = 4
    /// An additive index (`NaiveBayesIndex`) is used for coalitions only while every index and
    /// shift stays within this size: their sums then round by at most about 1e4 x 1e-16 x the
    /// number of features, far below sampling error. A one-hot column constant within a class
    /// has variance ε ≈ 1e-9 and terms near 5e8; such a row is evaluated on built rows instead.
    public static let additiveIndexLimit = 1e4
    /// Probabilities are clipped to [ε, 1 − ε] before taking log-odds, so a leaf with p = 0 or 1
    /// gives ±34.5 instead of infinity.
    public static let probabilityClip = 1e-15
    /// Efficiency (Σ φ = f(x) − E f) holds when the residual is within this fraction of
    /// max(1, |f(x) − E f|, Σ|φ|): enumeration and least squares leave rounding of ~1e-12.
    public static let efficiencyTolerance = 1e-9
    /// Kernel SHAP's default sample budget is 2M + this (shap's `nsamples="auto"`).
    public static let kernelSampleBase = 2_048
    /// shap draws four times the remaining budget of subset sizes, then stops (`4 * samples_left`).
    public static let kernelDrawFactor = 4
    /// Two values count as equal for "does this feature vary from the background" as numpy's
    /// `allclose`: |a − b| ≤ atol + rtol · |b| (shap's KernelExplainer uses it).
    public static let allcloseRelative = 1e-5
    public static let allcloseAbsolute = 1e-8
}

extension ExplainConstants {
    /// k-means runs from this many k-means++ seedings and keeps the best (scikit-learn's n_init=10,
    /// which shap's `kmeans` sets).
    public static let kmeansRestarts = 10
    /// Lloyd iterations at most (scikit-learn's max_iter=300).
    public static let kmeansIterations = 300
    /// Lloyd stops when the within-cluster sum of squares improves by less than this fraction.
    public static let kmeansTolerance = 1e-10
}

extension ExplainConstants {
    /// LIME's kernel width is this times √(number of features) (lime 0.2's default).
    public static let limeKernelWidthFactor = 0.75
    /// LIME's surrogate is a ridge regression with this penalty (lime's `Ridge(alpha=1)`).
    public static let limeRidgeAlpha = 1.0
    /// "highest_weights" selection ranks features by a ridge fit with this penalty (lime's 0.01).
    public static let limeSelectionAlpha = 0.01
    /// lime's "auto" selection is forward selection up to this many features, highest weights above.
    public static let limeForwardSelectionLimit = 6
    /// lime adds this to each bin's standard deviation so a one-value bin still has a spread.
    public static let limeSDFloor = 1e-11
}

extension ExplainConstants {
    /// A numeric column with more distinct training values is searched over its 5%…95% quantiles.
    public static let counterfactualValueLimit = 20
    /// Random combinations tried per number of changed columns (two and more).
    public static let counterfactualProposals = 4_000
    /// Options kept per number of changed columns, the closest, their numeric changes moved back
    /// towards x (`CounterfactualSearch.refinements`): each costs about log2(grid) model calls
    /// per column, and 50 leave plenty to choose a few diverse options from.
    public static let counterfactualRefined = 50
    /// A step grid longer than this (a column of many decimals) is searched on the training
    /// values instead; 2^20 points still bisect in 20 calls.
    public static let counterfactualGridLimit = 1 << 20
    /// DiCE's default weights: proximity 0.5, diversity 1.
    public static let counterfactualProximityWeight = 0.5
    public static let counterfactualDiversityWeight = 1.0
}
