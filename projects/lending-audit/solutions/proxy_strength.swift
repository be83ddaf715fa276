// Step 4 of the lending audit: which feature stands in for a protected attribute.
// Read the brief (projects/lending-audit/brief.md, "Step 4"); check with `learn project check proxy-strength`.

import Foundation

/// Cramér's V between two categorical columns: V = √(χ² / (n · (min(r, c) − 1))), where χ² sums
/// (observed − expected)² / expected over the r × c table of counts and expected = row total ·
/// column total / n. 0 when the columns are independent, 1 when one determines the other. Nil when
/// the lists differ in length, are empty, or either column has a single value.
func cramersV(_ a: [String], _ b: [String]) -> Double? {
    guard a.count == b.count, !a.isEmpty else { return nil }
    var cells: [String: [String: Int]] = [:], rowTotals: [String: Int] = [:], columnTotals: [String: Int] = [:]
    for (x, y) in zip(a, b) {
        cells[x, default: [:]][y, default: 0] += 1
        rowTotals[x, default: 0] += 1
        columnTotals[y, default: 0] += 1
    }
    let k = min(rowTotals.count, columnTotals.count) - 1
    guard k > 0 else { return nil }
    let n = Double(a.count)
    var chiSquare = 0.0
    for (x, rowTotal) in rowTotals {
        for (y, columnTotal) in columnTotals {
            let expected = Double(rowTotal) * Double(columnTotal) / n
            let observed = Double(cells[x]?[y] ?? 0)
            chiSquare += (observed - expected) * (observed - expected) / expected
        }
    }
    return (chiSquare / (n * Double(k))).squareRoot()
}

/// A feature and how strongly it is associated with the protected attribute.
struct ProxyCandidate: Codable, Equatable {
    var feature: String
    var cramersV: Double
}

/// The `limit` features most associated with `protected`, strongest first (equal V: by name).
/// Features whose V is undefined (nil) are left out.
func strongestProxies(features: [String: [String]], protected: [String], limit: Int) -> [ProxyCandidate] {
    let scored = features.compactMap { name, values in cramersV(values, protected).map { ProxyCandidate(feature: name, cramersV: $0) } }
    let ranked = scored.sorted { $0.cramersV != $1.cramersV ? $0.cramersV > $1.cramersV : $0.feature < $1.feature }
    return Array(ranked.prefix(max(0, limit)))
}
