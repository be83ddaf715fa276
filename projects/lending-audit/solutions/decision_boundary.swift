// Step 3 of the lending audit: where a two-feature logistic model draws its line.
// Read the brief (projects/lending-audit/brief.md, "Step 3"); check with `learn project check decision-boundary`.

import Foundation

/// The boundary as a line x2 = intercept + slope · x1 in the plane of the model's two features.
struct BoundaryLine: Codable, Equatable {
    var slope: Double
    var intercept: Double
}

/// ln(p / (1 − p)), the score at which the model's probability is `p`; nil unless 0 < p < 1.
func logit(_ p: Double) -> Double? {
    guard p > 0, p < 1 else { return nil }
    return log(p / (1 - p))
}

/// The model σ(w0 + w1·x1 + w2·x2) approves when its probability is at least `threshold`, that is
/// when w0 + w1·x1 + w2·x2 ≥ logit(threshold). Its boundary solved for x2:
/// x2 = (logit(threshold) − w0 − w1·x1) / w2. Nil when `weights` is not [w1, w2], w2 is 0 (the
/// line is vertical: no x2 for it) or the threshold is not strictly between 0 and 1.
func boundaryLine(intercept w0: Double, weights: [Double], threshold: Double) -> BoundaryLine? {
    guard weights.count == 2, weights[1] != 0, let level = logit(threshold) else { return nil }
    return BoundaryLine(slope: -weights[0] / weights[1], intercept: (level - w0) / weights[1])
}

/// The model's decisions for the points (x1[i], x2[i]): 1 when w0 + w1·x1 + w2·x2 ≥ logit(threshold)
/// (a point on the line is approved), else 0. Nil when the lists differ in length, `weights` is not
/// [w1, w2] or the threshold is not strictly between 0 and 1.
func decisions(intercept w0: Double, weights: [Double], threshold: Double, x1: [Double], x2: [Double]) -> [Int]? {
    guard weights.count == 2, x1.count == x2.count, let level = logit(threshold) else { return nil }
    return zip(x1, x2).map { w0 + weights[0] * $0 + weights[1] * $1 >= level ? 1 : 0 }
}
