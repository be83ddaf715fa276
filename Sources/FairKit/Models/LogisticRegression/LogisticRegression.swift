import Foundation

/// Binary logistic regression with an optional L2 penalty, fitted to the exact optimum by
/// Newton's method.
///
/// Model: P(y = 1 | x) = σ(x·β + b), σ(z) = 1 / (1 + e^(−z)) (Cox, "The regression analysis of
/// binary sequences", JRSS B 20, 1958).
/// Objective, scikit-learn's `LogisticRegression` with `penalty="l2"` and inverse strength C:
///   minimise  C Σ_i w_i ℓ_i(β, b) + ½‖β‖²,   ℓ_i = −y_i log p_i − (1 − y_i) log(1 − p_i),
/// the intercept b not penalised. (scikit-learn ≥ 1.2 minimises this divided by C Σ w_i, which
/// has the same optimum.) With `.none` the objective is Σ_i w_i ℓ_i alone.
///
/// Solver: Newton's method (iteratively reweighted least squares) with an Armijo backtracking
/// line search (`NewtonConstants`), each step solved by a scaled Cholesky factorisation of the
/// Hessian built from the non-zeros of the design only (`SparseRowMatrix.weightedGram`). It stops
/// when max_j |∂f/∂θ_j| ≤ `tolerance` · c Σ w_i (c = C, or 1 without a penalty) — the scaled
/// gradient scikit-learn's lbfgs compares with its `tol` — or when the predicted decrease is at
/// the rounding level of f. scikit-learn's lbfgs default `tol=1e-4` stops noticeably short of the
/// optimum (on German Credit's one-hot design, coefficients 0.025 off with standardised numeric
/// columns, 3.7 off with raw ones; GermanCreditLogisticTests); the default here, 1e-10, does not.
///
/// scikit-learn counterpart: `LogisticRegression(C=c, tol=1e-10, max_iter=10_000)` once converged
/// (`solver="newton-cholesky"` gets there on badly scaled data, where lbfgs may not); without a
/// penalty, `C=np.inf`.
public struct LogisticRegression: Classifier {
    /// The penalty on the coefficients (never on the intercept).
    public enum Penalty: Sendable, Equatable {
        /// ½‖β‖² added to C times the weighted log-loss; `c` is scikit-learn's C, the inverse of
        /// the regularisation strength (smaller c: smaller coefficients).
        case l2(c: Double)
        /// No penalty: the maximum-likelihood fit. It has no finite optimum when the classes are
        /// perfectly separable or the columns are collinear (e.g. every one-hot level plus an
        /// intercept); `fit` says which.
        case none
    }

    /// What a fit found.
    public struct FittedState: Sendable, Equatable {
        /// β, one per feature column.
        public let coefficients: [Double]
        /// b (0 when `fitIntercept` is false).
        public let intercept: Double
        /// Newton steps taken.
        public let iterations: Int
        /// The objective at the solution, C Σ w_i ℓ_i + ½‖β‖² (Σ w_i ℓ_i without a penalty).
        public let objective: Double
        /// max_j |∂f/∂θ_j| / (c Σ w_i) at the solution: the quantity compared with `tolerance`.
        public let scaledGradient: Double
    }

    /// The penalty and its strength (default L2 with C = 1, scikit-learn's default).
    public let penalty: Penalty
    /// Whether to fit the (unpenalised) intercept b.
    public let fitIntercept: Bool
    /// Newton steps before giving up with `ModelError.didNotConverge`.
    public let maxIterations: Int
    /// The fit stops when max_j |∂f/∂θ_j| ≤ tolerance · c Σ w_i.
    public let tolerance: Double
    /// The fitted coefficients and diagnostics; `nil` until `fit` succeeds.
    public internal(set) var fitted: FittedState?

    /// Stores and checks the settings: C finite and > 0, at least one iteration, a tolerance > 0.
    public init(penalty: Penalty = .l2(c: 1), fitIntercept: Bool = true,
                maxIterations: Int = 100, tolerance: Double = 1e-10) throws {
        if case .l2(let c) = penalty, !(c > 0 && c.isFinite) {
            throw ModelError.invalidSetting(name: "C", value: "\(c)",
                                            requirement: "C must be a finite number > 0 (use .none for no penalty)")
        }
        guard maxIterations >= 1 else {
            throw ModelError.invalidSetting(name: "maxIterations", value: "\(maxIterations)", requirement: "at least 1")
        }
        guard tolerance > 0, tolerance.isFinite else {
            throw ModelError.invalidSetting(name: "tolerance", value: "\(tolerance)", requirement: "a finite number > 0")
        }
        self.penalty = penalty
        self.fitIntercept = fitIntercept
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }

    /// Finds the optimum of the objective for `x`, `y` and optional weights; both labels must
    /// occur among rows of positive weight.
    public mutating func fit(_ x: Matrix, _ y: [Int], sampleWeight: [Double]?) throws {
        try fit(x, y, sampleWeight: sampleWeight, warmStart: nil)
    }

    /// `fit`, with Newton's method started from `warmStart`'s coefficients and intercept (when
    /// their count fits `x`) instead of the intercept-only optimum. The objective is strictly
    /// convex, so the optimum is the same; from a nearby start it takes fewer steps, as when a
    /// mitigation reduction refits on rows reweighted a little differently each time.
    public mutating func fit(_ x: Matrix, _ y: [Int], sampleWeight: [Double]?, warmStart: FittedState?) throws {
        fitted = nil
        let input = try ModelInput.training(x, y, sampleWeight: sampleWeight)
        let objective = try self.objective(SparseRowMatrix(x, appendingOnes: fitIntercept), y, input.weights)
        var start = startingPoint(input.labels, input.weights, total: input.totalWeight, columns: x.columns)
        if let warmStart, warmStart.coefficients.count == x.columns {
            start = warmStart.coefficients + (fitIntercept ? [warmStart.intercept] : [])
        }
        fitted = try minimise(objective, gradientScale: objective.dataScale * input.totalWeight, start: objective.evaluate(start)).0
    }

    /// The objective of this model's settings on a design ([X 1] with an intercept), once both
    /// labels occur among rows of positive weight.
    func objective(_ design: SparseRowMatrix, _ y: [Int], _ weights: [Double]) throws -> LogisticObjective {
        var seen = [false, false]
        for i in y.indices where weights[i] > 0 { seen[y[i]] = true }
        let classes = seen.filter { $0 }
        guard classes.count == 2 else {
            // One class only: the unpenalised intercept would run to ±infinity (scikit-learn refuses too).
            throw ModelError.dimensionMismatch(expected: 2, got: classes.count,
                                               what: "number of classes among the weighted labels (logistic regression needs rows labelled 0 and rows labelled 1)")
        }
        var dataScale = 1.0, ridge = 0.0
        if case .l2(let c) = penalty { (dataScale, ridge) = (c, 1) }
        return LogisticObjective(design: design, labels: y, weights: weights, dataScale: dataScale, ridge: ridge, fitIntercept: fitIntercept)
    }

    /// The decision function x·β + b for each row.
    public func decisionFunction(_ x: Matrix) throws -> [Double] {
        guard let fitted else { throw ModelError.notFitted(model: "LogisticRegression") }
        try ModelInput.features(x, expectedColumns: fitted.coefficients.count)
        return x.multiplied(by: fitted.coefficients).map { $0 + fitted.intercept }
    }

    /// σ(x·β + b) for each row.
    public func predictProbability(_ x: Matrix) throws -> [Double] {
        try decisionFunction(x).map(StableFunctions.logistic)
    }

    /// β = 0 and, with an intercept, b at the weighted log-odds of the labels: the optimum of the
    /// intercept-only model, one Newton phase saved (scikit-learn starts from b = 0).
    func startingPoint(_ labels: [Int], _ weights: [Double], total: Double, columns: Int) -> [Double] {
        var theta = [Double](repeating: 0, count: columns + (fitIntercept ? 1 : 0))
        guard fitIntercept else { return theta }
        var positive = 0.0
        for i in labels.indices where labels[i] == 1 { positive += weights[i] }
        let negative = total - positive
        if positive > 0, negative > 0 { theta[columns] = log(positive / negative) }
        return theta
    }
}
