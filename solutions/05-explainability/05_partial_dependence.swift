// Exercise 5 of module 5: partial dependence and individual conditional expectation curves.
// Read the lesson section "Partial dependence and ICE" (`learn lesson partial-dependence`).
// Check your work with `learn check partial-dependence`; stuck? `learn hint partial-dependence`.

import Foundation

/// The curves of one feature over a grid: `individual[i][g]` is row i's ICE curve at grid value g,
/// `average[g]` the partial dependence, the mean of the ICE curves there.
struct DependenceCurves: Codable, Equatable {
    var grid: [Double]
    var average: [Double]
    var individual: [[Double]]
}

/// Partial dependence (Friedman 2001) and ICE (Goldstein et al. 2015) of a logistic model
/// f(x) = σ(w · x + b), σ(z) = 1 / (1 + e^(−z)), as scikit-learn's
/// `partial_dependence(method="brute", kind="both")` computes them: for every grid value v, every
/// row is evaluated with its feature `feature` set to v and its other features kept; row i's
/// outputs form its ICE curve, and their mean over the rows is the PD at v.
/// `nil` when there are no rows, a row's length differs from `weights`, or `feature` is not a
/// column. An empty grid gives empty curves (one empty ICE curve per row).
func partialDependence(rows: [[Double]], feature: Int, grid: [Double], weights: [Double], bias: Double) -> DependenceCurves? {
    guard !rows.isEmpty, weights.indices.contains(feature), rows.allSatisfy({ $0.count == weights.count }) else { return nil }
    let individual = rows.map { row in
        grid.map { value -> Double in
            var z = bias
            for j in weights.indices { z += weights[j] * (j == feature ? value : row[j]) }
            return 1 / (1 + exp(-z))
        }
    }
    let average = grid.indices.map { g in individual.reduce(0) { $0 + $1[g] } / Double(rows.count) }
    return DependenceCurves(grid: grid, average: average, individual: individual)
}
