// Exercise 7 of module 5: the top reasons behind one decision, in words a stakeholder can read.
// Read the lesson section "Explaining a decision to a sceptical stakeholder" (`learn lesson top-reasons`).
// Check your work with `learn check top-reasons`; stuck? `learn hint top-reasons`.

import Foundation

/// One reason: a feature and its attribution (positive pushed the score up, negative down).
struct Reason: Codable, Equatable {
    var feature: String
    var attribution: Double
}

/// The `k` attributions of largest magnitude |φ|, largest first; equal magnitudes in alphabetical
/// order of the feature's name, so the ranking does not depend on the column order. A feature
/// with attribution 0 did nothing and is never a reason. `[]` when `names` and `attributions`
/// differ in length or k < 1; fewer than k when fewer features moved the score.
func topReasons(names: [String], attributions: [Double], k: Int) -> [Reason] {
    // TODO: drop the zeros, sort by magnitude (ties by name) and keep k.
    return []
}

/// One sentence for a non-technical reader:
/// "declined, mainly because of status (-0.91), month (+0.24) and savings (+0.22)."
/// The decision, then ", mainly because of ", then each reason as its name and its signed
/// attribution with two decimals in parentheses, joined by ", " except the last two, which are
/// joined by " and ", then a full stop. With no reasons: "declined: no single feature stood out."
func reasonSentence(decision: String, reasons: [Reason]) -> String {
    // TODO: format each reason, join them, and handle the case of no reasons.
    return ""
}
