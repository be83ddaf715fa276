/// The damped Newton iteration of `LogisticRegression` and the diagnosis of fits without an
/// optimum.
extension LogisticRegression {
    /// Minimises `objective` from `start` (Nocedal & Wright, Numerical Optimization, 2nd ed.,
    /// Algorithm 3.1 with Newton directions; constants in `NewtonConstants`). Returns the fit and
    /// its last point's margins (a later fit on the same rows may start there).
    func minimise(_ objective: LogisticObjective, gradientScale: Double,
                  start: LogisticObjective.Point) throws -> (FittedState, LogisticObjective.Margins) {
        var current = start
        var iterations = 0
        func finished() throws -> (FittedState, LogisticObjective.Margins) {
            if case .none = penalty, separates(objective, current.margins) { throw Self.separableClasses }
            let p = objective.featureCount
            let state = FittedState(coefficients: Array(current.theta.prefix(p)), intercept: objective.fitIntercept ? current.theta[p] : 0,
                                    iterations: iterations, objective: current.value,
                                    scaledGradient: current.gradient.maxAbsolute / gradientScale)
            return (state, current.at)
        }
        while true {
            let gradient = current.gradient
            let scaledGradient = gradient.maxAbsolute / gradientScale
            if scaledGradient <= tolerance { return try finished() }
            guard iterations < maxIterations else {
                throw ModelError.didNotConverge(model: "LogisticRegression", iterations: iterations, gradientNorm: scaledGradient)
            }
            iterations += 1
            let failure = ModelError.didNotConverge(model: "LogisticRegression", iterations: iterations, gradientNorm: scaledGradient)
            let step = try newtonFactor(objective, at: current.at, failure: failure).solve(gradient).map { -$0 }
            let decrement = -gradient.dot(step)
            if decrement / 2 <= NewtonConstants.roundoffDecrementFactor * max(1, abs(current.value)) {
                current = objective.evaluate(current.theta.adding(step, scaledBy: 1))
                return try finished()
            }
            var length = 1.0
            var accepted = false
            for _ in 0...NewtonConstants.maximumHalvings {
                let trial = objective.evaluate(current.theta.adding(step, scaledBy: length))
                if trial.value <= current.value - NewtonConstants.sufficientDecrease * length * decrement {
                    (current, accepted) = (trial, true)
                    break
                }
                length *= NewtonConstants.backtrackingFactor
            }
            guard accepted else { throw failure }
        }
    }

    /// The factorisation of the Hessian H, whose solve gives the Newton direction d = −H⁻¹∇f. A
    /// Hessian that is not positive definite can only arise without a penalty (with one, H ⪰ diag(1, …, 1) on β and Σ w p(1−p) > 0 on b), from collinear
    /// columns or from margins driven to infinity by separable classes; with a penalty, rounding
    /// broke the factorisation and `failure` is thrown.
    private func newtonFactor(_ objective: LogisticObjective, at point: LogisticObjective.Margins,
                              failure: ModelError) throws -> CholeskyFactorization {
        let factor: CholeskyFactorization
        do {
            factor = try CholeskyFactorization(objective.hessian(at: point))
        } catch let error as NumericsError {
            guard case .none = penalty else { throw failure }
            if separates(objective, point.margins) { throw Self.separableClasses }
            var pivot = 0
            if case .notPositiveDefinite(let p, _) = error { pivot = p }
            let column = pivot < objective.featureCount ? "feature column \(pivot + 1)" : "the intercept"
            throw ModelError.invalidSetting(
                name: "penalty", value: "none",
                requirement: "without a penalty the columns of x (with the intercept) must be linearly independent, "
                    + "but \(column) is a linear combination of the columns before it (for one-hot data: drop one level "
                    + "per categorical, or use .l2(c:))")
        }
        return factor
    }

    /// Without a penalty, a solution whose margins put every weighted row on its own label's side
    /// proves the classes separable: then the likelihood has no maximum (it grows as β is scaled
    /// up), and the "solution" is wherever the iteration stopped.
    private func separates(_ objective: LogisticObjective, _ margins: [Double]) -> Bool {
        margins.indices.allSatisfy { i in
            objective.weights[i] == 0 || (objective.labels[i] == 1 ? margins[i] > 0 : margins[i] < 0)
        }
    }

    private static let separableClasses = ModelError.invalidSetting(
        name: "penalty", value: "none",
        requirement: "the classes are perfectly separable, so the unpenalised likelihood has no maximum "
            + "(coefficients grow without bound); use .l2(c:)")
}
