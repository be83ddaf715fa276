/// Many fits of one `LogisticRegression` on the same rows with different labels and weights: the
/// oracle of the mitigation reductions (exponentiated gradient, grid search), which refit the
/// base model 20 to 50 times on relabelled, reweighted copies of one design.
///
/// What is done once instead of per fit: the check that every feature is finite and the sparse
/// form [X 1] of the design. What each fit returns besides the model: its margins x·β + b on the
/// rows, so the caller reads the fitted labels off them instead of multiplying the dense design
/// again. (On Adult those three passes over the dense design were a third of exponentiated
/// gradient's time.)
///
/// Warm starts: the last `NewtonConstants.warmStartCandidates` solutions are kept with their
/// margins, and each fit starts from the one (or from the cold start, the intercept-only
/// optimum) with the smallest objective under the new labels and weights, evaluated from the
/// stored margins without touching the design. The objective is strictly convex (with the L2
/// penalty), so the optimum does not depend on the start; a start near it saves Newton steps.
/// Why not simply the last fit: exponentiated gradient alternates between problems whose labels
/// differ for a whole group (the multipliers ×1, 2, 5, 10 of its gap bound flip them), and on
/// Adult a flipped problem started from an unflipped solution took 11–15 Newton steps with
/// halvings instead of 4.
struct LogisticRefits: Sendable {
    let model: LogisticRegression
    let design: SparseRowMatrix
    private(set) var recent: [LogisticObjective.Margins] = []

    /// Prepares `x` for refits of `model` (its settings); throws if a feature is not finite.
    init(model: LogisticRegression, x: Matrix) throws {
        try ModelInput.features(x)
        self.model = model
        self.design = SparseRowMatrix(x, appendingOnes: model.fitIntercept)
    }

    /// Fits the model to `labels` with `weights` (the checks of `LogisticRegression.fit`) and
    /// returns it with its margins on the rows.
    mutating func fit(labels: [Int], weights: [Double]) throws -> (model: LogisticRegression, margins: [Double]) {
        var fitted = model
        fitted.fitted = nil
        let (weights, total) = try ModelInput.labelsAndWeights(labels, sampleWeight: weights, rows: design.rows)
        let objective = try model.objective(design, labels, weights)
        let columns = objective.featureCount
        var best = objective.constantMargins(model.startingPoint(labels, weights, total: total, columns: columns))
        var bestValue = objective.value(at: best)
        for candidate in recent {
            let value = objective.value(at: candidate)
            if value < bestValue { (best, bestValue) = (candidate, value) }
        }
        let (state, end) = try model.minimise(objective, gradientScale: objective.dataScale * total, start: objective.point(at: best))
        fitted.fitted = state
        recent.append(end)
        if recent.count > NewtonConstants.warmStartCandidates { recent.removeFirst() }
        return (fitted, end.margins)
    }
}
