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
    guard names.count == attributions.count else { return [] }
    let moved = zip(names, attributions).filter { $0.1 != 0 }.map { Reason(feature: $0.0, attribution: $0.1) }
    let ranked = moved.sorted { (-abs($0.attribution), $0.feature) < (-abs($1.attribution), $1.feature) }
    return Array(ranked.prefix(max(k, 0)))
}

/// One sentence for a non-technical reader:
/// "declined, mainly because of status (-0.91), month (+0.24) and savings (+0.22)."
/// The decision, then ", mainly because of ", then each reason as its name and its signed
/// attribution with two decimals in parentheses, joined by ", " except the last two, which are
/// joined by " and ", then a full stop. With no reasons: "declined: no single feature stood out."
func reasonSentence(decision: String, reasons: [Reason]) -> String {
    guard !reasons.isEmpty else { return "\(decision): no single feature stood out." }
    let parts = reasons.map { "\($0.feature) (\(String(format: "%+.2f", $0.attribution)))" }
    let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
    return "\(decision), mainly because of \(list)."
}
