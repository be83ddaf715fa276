// Exercise 3 of module 5: LIME's neighbourhood weights and its weighted local fit.
// Read the lesson section "LIME and its instability" (`learn lesson lime-kernel`).
// Check your work with `learn check lime-kernel`; stuck? `learn hint lime-kernel`.

import Foundation

/// LIME's default kernel for tabular data (Ribeiro, Singh & Guestrin 2016; lime 0.2's
/// `LimeTabularExplainer`): a neighbour at distance d from the explained row weighs
/// √(exp(−d² / w²)) for kernel width w. `nil` when w is not positive or d is negative
/// (or either is not finite).
func limeKernelWeight(distance: Double, kernelWidth: Double) -> Double? {
    // TODO: guard the inputs, then apply the kernel.
    return 0
}

/// lime's default kernel width for tabular data: 0.75 · √(number of columns). `nil` for fewer
/// than one column.
func limeDefaultKernelWidth(columns: Int) -> Double? {
    // TODO: 0.75 times the square root of the columns.
    return 0
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
    // TODO: weighted means, then the weighted covariance over the weighted variance.
    return LocalFit(intercept: 0, slope: 0)
}
