// Exercise 3 of module 2: a proxy score, Cramér's V.
// Read the lesson section "Proxies: the postal-code case" (`learn lesson proxy-cramers-v`).
// Check your work with `learn check proxy-cramers-v`; stuck? `learn hint proxy-cramers-v`.

/// Cramér's V between two categorical columns (a feature and a protected attribute), row by row:
/// V = √(X² / (n · (min(r, c) − 1))), where r and c are the numbers of distinct values of each
/// column, and X² = Σ (O − E)² / E over the r × c table of counts, with E = row total · column
/// total / n. 0 means the columns are independent; 1 means each one determines the other.
/// Returns `nil` when the lists differ in length, are empty, or when either column has a single
/// distinct value (then min(r, c) − 1 = 0 and V is undefined).
func cramersV(_ feature: [String], _ group: [String]) -> Double? {
    guard feature.count == group.count, !feature.isEmpty else { return nil }
    var cells: [String: [String: Int]] = [:]
    var rowTotals: [String: Int] = [:]
    var columnTotals: [String: Int] = [:]
    for (f, g) in zip(feature, group) {
        cells[f, default: [:]][g, default: 0] += 1
        rowTotals[f, default: 0] += 1
        columnTotals[g, default: 0] += 1
    }
    let smaller = min(rowTotals.count, columnTotals.count)
    guard smaller > 1 else { return nil }
    let n = Double(feature.count)
    var chiSquare = 0.0
    for (f, rowTotal) in rowTotals {
        for (g, columnTotal) in columnTotals {
            let expected = Double(rowTotal) * Double(columnTotal) / n
            let difference = Double(cells[f]?[g] ?? 0) - expected
            chiSquare += difference * difference / expected
        }
    }
    return (chiSquare / (n * Double(smaller - 1))).squareRoot()
}
