/// The tuning numbers of the damped Newton method `LogisticRegression` uses, named and explained
/// in one place (Nocedal & Wright, Numerical Optimization, 2nd ed., 2006, §3.1 and §3.5).
enum NewtonConstants {
    /// Armijo's sufficient-decrease constant c₁: a step t is accepted when
    /// f(θ + t d) ≤ f(θ) − c₁ t λ², with λ² = −∇f·d the Newton decrement squared. 10⁻⁴ is
    /// Nocedal & Wright's recommended value: it accepts almost any real decrease.
    static let sufficientDecrease = 1e-4

    /// Backtracking factor: each rejected step length is halved.
    static let backtrackingFactor = 0.5

    /// Halvings before the line search gives up: 2⁻⁶⁰ ≈ 10⁻¹⁸ is below any step that could still
    /// change θ in double precision.
    static let maximumHalvings = 60

    /// When half the Newton decrement, λ²/2 (the predicted decrease of f), falls below this many
    /// units of roundoff of f, no step can decrease f measurably any more: the full Newton step is
    /// taken without a line search and the fit stops. Near the optimum Newton's method converges
    /// quadratically, so that step leaves the gradient at rounding level (Boyd & Vandenberghe,
    /// Convex Optimization, 2004, §9.5.1, uses λ²/2 ≤ ε as its stopping rule).
    static let roundoffDecrementFactor = 16 * Double.ulpOfOne

    /// Solutions `LogisticRefits` keeps as warm starts. Each costs three arrays of the row count
    /// (margins, e^(−|z|), log1p of it: 0.8 MB on Adult's 32,561 rows) and one O(n) objective
    /// evaluation per fit; 8 covers the 3–5 fits of an exponentiated-gradient iteration and
    /// the one before it.
    static let warmStartCandidates = 8
}
