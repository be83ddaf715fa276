/// The damped Newton iteration of `LogisticRegression` and the diagnosis of fits without an
/// optimum.
extension LogisticRegression {
    /// Minimises `objective` from `start` (Nocedal & Wright, Numerical Optimization, 2nd ed.,
    /// Algorithm 3.1 with Newton directions; constants in `NewtonConstants`).
    func minimise(_ objective: LogisticObjective, gradientScale: Double, start: [Double]) throws -> FittedState {
        var theta = start
        var margins = objective.margins(theta)
        var value = objective.value(theta, margins: margins)
        var iterations = 0
        func finished() throws -> FittedState {
            if case .none = penalty, separates(objective, margins) { throw Self.separableClasses }
            let p = objective.design.columns
            return FittedState(coefficients: Array(theta.prefix(p)), intercept: objective.fitIntercept ? theta[p] : 0,
                               iterations: iterations, objective: value,
                               scaledGradient: objective.gradient(theta, margins: margins).maxAbsolute / gradientScale)
        }
        while true {
            let gradient = objective.gradient(theta, margins: margins)
            let scaledGradient = gradient.maxAbsolute / gradientScale
            if scaledGradient <= tolerance { return try finished() }
            guard iterations < maxIterations else {
                throw ModelError.didNotConverge(model: "LogisticRegression", iterations: iterations, gradientNorm: scaledGradient)
            }
            iterations += 1
            let step = try newtonStep(objective, margins: margins, gradient: gradient,
                                      failure: .didNotConverge(model: "LogisticRegression", iterations: iterations,
                                                               gradientNorm: scaledGradient))
            let decrement = -gradient.dot(step)
            if decrement / 2 <= NewtonConstants.roundoffDecrementFactor * max(1, abs(value)) {
                theta = theta.adding(step, scaledBy: 1)
                margins = objective.margins(theta)
                value = objective.value(theta, margins: margins)
                return try finished()
            }
            var length = 1.0
            var accepted = false
            for _ in 0...NewtonConstants.maximumHalvings {
                let trial = theta.adding(step, scaledBy: length)
                let trialMargins = objective.margins(trial)
                let trialValue = objective.value(trial, margins: trialMargins)
                if trialValue <= value - NewtonConstants.sufficientDecrease * length * decrement {
                    (theta, margins, value, accepted) = (trial, trialMargins, trialValue, true)
                    break
                }
                length *= NewtonConstants.backtrackingFactor
            }
            guard accepted else {
                throw ModelError.didNotConverge(model: "LogisticRegression", iterations: iterations, gradientNorm: scaledGradient)
            }
        }
    }

    /// The Newton direction d = −H⁻¹∇f. A Hessian that is not positive definite can only arise
    /// without a penalty (with one, H ⪰ diag(1, …, 1) on β and Σ w p(1−p) > 0 on b), from collinear
    /// columns or from margins driven to infinity by separable classes; with a penalty, rounding
    /// broke the factorisation and `failure` is thrown.
    private func newtonStep(_ objective: LogisticObjective, margins: [Double], gradient: [Double],
                            failure: ModelError) throws -> [Double] {
        let factor: CholeskyFactorization
        do {
            factor = try CholeskyFactorization(objective.hessian(margins: margins))
        } catch let error as NumericsError {
            guard case .none = penalty else { throw failure }
            if separates(objective, margins) { throw Self.separableClasses }
            var pivot = 0
            if case .notPositiveDefinite(let p, _) = error { pivot = p }
            let column = pivot < objective.design.columns ? "feature column \(pivot + 1)" : "the intercept"
            throw ModelError.invalidSetting(
                name: "penalty", value: "none",
                requirement: "without a penalty the columns of x (with the intercept) must be linearly independent, "
                    + "but \(column) is a linear combination of the columns before it (for one-hot data: drop one level "
                    + "per categorical, or use .l2(c:))")
        }
        return try factor.solve(gradient).map { -$0 }
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
