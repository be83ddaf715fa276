/// The tuning numbers of exponentiated gradient, Fairlearn 0.15's defaults
/// (`fairlearn/reductions/_exponentiated_gradient/_constants.py` and the estimator's arguments),
/// named so a reader can find each one in the algorithm.
public enum ExponentiatedGradientConstants {
    /// ε, the allowed constraint violation (Fairlearn's `eps`).
    public static let eps = 0.01
    /// Iterations of the game at most (`max_iter`).
    public static let maxIterations = 50
    /// The initial step size η₀; the step is η = η₀ / B with B = 1/ε (`eta0`).
    public static let eta0 = 2.0
    /// ν, the duality gap at which the game stops, when not given: `accuracyMultiplier` times the
    /// standard deviation of the first predictor's errors |h(x) − y| divided by √n.
    public static let accuracyMultiplier = 0.5
    /// Never stop before this many iterations (`_MIN_ITER`).
    public static let minimumIterations = 5
    /// The step-size shrink: at iteration t ≥ `regretCheckStart` · `regretCheckIncrease`^k, if the
    /// best gap so far has not fallen below `shrinkRegret` times the gap at the last check, η is
    /// multiplied by `shrinkEta`.
    public static let regretCheckStart = 5.0
    public static let regretCheckIncrease = 1.6
    public static let shrinkRegret = 0.8
    public static let shrinkEta = 0.8
    /// A new predictor must improve the Lagrangian by more than this to be kept; gaps within it
    /// of the best count as equal (`_PRECISION`).
    public static let precision = 1e-8
    /// The multiples of λ̂ whose best responses bound the Lagrangian from below (`eval_gap`).
    public static let lowerBoundMultipliers: [Double] = [1, 2, 5, 10]
}
