// Step 4 of the lending audit: which feature stands in for a protected attribute.
// Read the brief (projects/lending-audit/brief.md, "Step 4"); check with `learn project check proxy-strength`.

import Foundation

/// Cramér's V between two categorical columns: V = √(χ² / (n · (min(r, c) − 1))), where χ² sums
/// (observed − expected)² / expected over the r × c table of counts and expected = row total ·
/// column total / n. 0 when the columns are independent, 1 when one determines the other. Nil when
/// the lists differ in length, are empty, or either column has a single value.
func cramersV(_ a: [String], _ b: [String]) -> Double? {
    // TODO: count the table, sum (observed - expected)^2 / expected, then take the root.
    return nil
}

/// A feature and how strongly it is associated with the protected attribute.
struct ProxyCandidate: Codable, Equatable {
    var feature: String
    var cramersV: Double
}

/// The `limit` features most associated with `protected`, strongest first (equal V: by name).
/// Features whose V is undefined (nil) are left out.
func strongestProxies(features: [String: [String]], protected: [String], limit: Int) -> [ProxyCandidate] {
    // TODO: Cramer's V of every feature against the protected column, strongest first.
    return []
}
