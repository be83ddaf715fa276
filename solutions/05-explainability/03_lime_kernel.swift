// Exercise 3 of module 5: LIME's neighbourhood weights and its weighted local fit.
// Read the lesson section "LIME and its instability" (`learn lesson lime-kernel`).
// Check your work with `learn check lime-kernel`; stuck? `learn hint lime-kernel`.

import Foundation

/// LIME's default kernel for tabular data (Ribeiro, Singh & Guestrin 2016; lime 0.2's
/// `LimeTabularExplainer`): a neighbour at distance d from the explained row weighs
/// √(exp(−d² / w²)) for kernel width w. `nil` when w is not positive or d is negative
/// (or either is not finite).
func limeKernelWeight(distance: Double, kernelWidth: Double) -> Double? {
    guard distance.isFinite, kernelWidth.isFinite, distance >= 0, kernelWidth > 0 else { return nil }
    return exp(-(distance * distance) / (kernelWidth * kernelWidth)).squareRoot()
}

/// lime's default kernel width for tabular data: 0.75 · √(number of columns). `nil` for fewer
/// than one column.
func limeDefaultKernelWidth(columns: Int) -> Double? {
    guard columns >= 1 else { return nil }
    return 0.75 * Double(columns).squareRoot()
}

/// A local linear surrogate y ≈ intercept + slope · x.
struct LocalFit: Codable, Equatable {
    var intercept: Double
    var slope: Double
}

/// Weighted least squares of y on x (the surrogate LIME fits, with one feature and no ridge
/// penalty): with weighted means x̄ = Σ wx / Σ w and ȳ, slope = Σ w (x − x̄)(y − ȳ) / Σ w (x − x̄)²
/// and intercept = ȳ − slope · x̄. A row of weight 0 does not count. `nil` when the lists differ
/// in length, a weight is negative, the weights sum to 0, or x does not vary among the weighted
/// rows (no slope can be fitted).
func weightedLinearFit(x: [Double], y: [Double], weights: [Double]) -> LocalFit? {
    guard x.count == y.count, x.count == weights.count, weights.allSatisfy({ $0 >= 0 }) else { return nil }
    let total = weights.reduce(0, +)
    guard total > 0 else { return nil }
    var meanX = 0.0, meanY = 0.0
    for i in x.indices {
        meanX += weights[i] * x[i]
        meanY += weights[i] * y[i]
    }
    meanX /= total
    meanY /= total
    var covariance = 0.0, variance = 0.0
    for i in x.indices {
        covariance += weights[i] * (x[i] - meanX) * (y[i] - meanY)
        variance += weights[i] * (x[i] - meanX) * (x[i] - meanX)
    }
    guard variance > 0 else { return nil }
    let slope = covariance / variance
    return LocalFit(intercept: meanY - slope * meanX, slope: slope)
}
