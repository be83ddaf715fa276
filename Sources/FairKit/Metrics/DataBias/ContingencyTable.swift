import Glibc

/// The counts of two coded variables crossed, and the association measures read from them:
/// Pearson's chi-square test of independence, Cramér's V (plain and bias-corrected) and
/// normalised mutual information.
///
/// Only rows where both variables have a value are counted (pairwise exclusion), and levels no
/// counted row holds are dropped, so every row and column total is positive: a level that does
/// not occur must not count as a category (it would lower V's min(r, c) - 1 and leave 0/0
/// expected counts, where scipy returns NaN).
struct ContingencyTable: Sendable {
    /// Levels of the first variable that occur.
    let rowCount: Int
    /// Levels of the second variable that occur.
    let columnCount: Int
    /// nᵢⱼ, row-major.
    let counts: [Double]
    /// nᵢ. = Σⱼ nᵢⱼ.
    let rowTotals: [Double]
    /// n.ⱼ = Σᵢ nᵢⱼ.
    let columnTotals: [Double]
    /// n, the rows where both variables have a value.
    let total: Double
    /// What the two variables are, for the reasons of undefined values.
    let names: (first: String, second: String)

    /// Beyond this many cells (two columns with thousands of values each) no table is built:
    /// it would take gigabytes, and an association between two such columns means nothing anyway.
    static let maxCells = 4_000_000

    /// Crosses two coded variables of one length (a negative code is a missing value).
    init(_ first: CodedColumn, _ second: CodedColumn) {
        names = (first.name, second.name)
        // Margins over the full level lists first, so the cells are allocated for the levels that
        // occur only.
        var fullRowTotals = [Double](repeating: 0, count: first.levelCount)
        var fullColumnTotals = [Double](repeating: 0, count: second.levelCount)
        for (a, b) in zip(first.codes, second.codes) where a >= 0 && b >= 0 {
            fullRowTotals[Int(a)] += 1
            fullColumnTotals[Int(b)] += 1
        }
        func compacted(_ totals: [Double]) -> (index: [Int], kept: [Double]) {
            var next = 0
            let index = totals.map { t -> Int in
                guard t > 0 else { return -1 }
                defer { next += 1 }
                return next
            }
            return (index, totals.filter { $0 > 0 })
        }
        let rows = compacted(fullRowTotals), columns = compacted(fullColumnTotals)
        rowCount = rows.kept.count
        columnCount = columns.kept.count
        rowTotals = rows.kept
        columnTotals = columns.kept
        total = rowTotals.reduce(0, +)
        guard rowCount * columnCount <= Self.maxCells else {
            counts = []
            return
        }
        var cells = [Double](repeating: 0, count: rowCount * columnCount)
        for (a, b) in zip(first.codes, second.codes) where a >= 0 && b >= 0 {
            cells[rows.index[Int(a)] * columnCount + columns.index[Int(b)]] += 1
        }
        counts = cells
    }

    /// Eᵢⱼ = nᵢ. n.ⱼ / n, the count expected under independence.
    func expected(_ i: Int, _ j: Int) -> Double { rowTotals[i] * columnTotals[j] / total }

    /// Why no association can be measured, or `nil` when both variables vary.
    var degenerateReason: String? {
        if total == 0 { return "no row has a value in both \(names.first) and \(names.second)" }
        if counts.isEmpty {
            return "\(names.first) (\(rowCount) values) x \(names.second) (\(columnCount) values) is too large a table to measure; "
                + "columns with thousands of values, such as identifiers, carry no meaningful association"
        }
        if rowCount < 2 || columnCount < 2 {
            let which = rowCount < 2 ? names.first : names.second
            return "\(which) holds a single value in the \(rowsText(Int(total))) where both \(names.first) and \(names.second) have one"
        }
        return nil
    }

    /// Pearson's X² = Σᵢⱼ (nᵢⱼ - Eᵢⱼ)² / Eᵢⱼ, with (r - 1)(c - 1) degrees of freedom.
    var chiSquare: Double {
        var sum = 0.0
        for i in 0..<rowCount {
            for j in 0..<columnCount {
                let e = expected(i, j)
                let d = counts[i * columnCount + j] - e
                sum += d * d / e
            }
        }
        return sum
    }

    var degreesOfFreedom: Int { (rowCount - 1) * (columnCount - 1) }

    /// The chi-square test of independence (no continuity correction; scipy's
    /// `chi2_contingency(correction=False)`): statistic, degrees of freedom, p-value.
    func independenceTest() -> ChiSquareTest {
        if let reason = degenerateReason {
            return ChiSquareTest(statistic: .undefined(reason: reason), degreesOfFreedom: 0, pValue: .undefined(reason: reason))
        }
        let x2 = chiSquare
        let df = degreesOfFreedom
        return ChiSquareTest(statistic: .value(x2), degreesOfFreedom: df,
                             pValue: .value(ChiSquareDistribution.survival(x2, degreesOfFreedom: Double(df))))
    }

    /// Cramér's V = √(X² / (n (min(r, c) - 1))) (Cramér, Mathematical Methods of Statistics, 1946,
    /// §21.9), as scipy's `association(method="cramer")`; or, when `biasCorrected`, Bergsma's
    /// Ṽ = √(φ̃² / min(r̃ - 1, c̃ - 1)) with φ̃² = max(0, X²/n - (r - 1)(c - 1)/(n - 1)),
    /// r̃ = r - (r - 1)²/(n - 1), c̃ = c - (c - 1)²/(n - 1) (Bergsma, "A bias-correction for
    /// Cramér's V and Tschuprow's T", Journal of the Korean Statistical Society 42, 2013), which
    /// removes most of the upward bias plain V has in small samples with many levels.
    func cramersV(biasCorrected: Bool) -> MetricValue {
        if let reason = degenerateReason { return .undefined(reason: reason) }
        let n = total, r = Double(rowCount), c = Double(columnCount)
        let phi2 = chiSquare / n
        guard biasCorrected else { return .value((phi2 / (min(r, c) - 1)).squareRoot()) }
        guard n > 1 else { return .undefined(reason: "the bias correction needs at least 2 rows") }
        let corrected = max(0, phi2 - (r - 1) * (c - 1) / (n - 1))
        let rTilde = r - (r - 1) * (r - 1) / (n - 1)
        let cTilde = c - (c - 1) * (c - 1) / (n - 1)
        let denominator = min(rTilde - 1, cTilde - 1)
        guard denominator > 0 else {
            return .undefined(reason: "too few rows (\(Int(n))) for the bias-corrected V with \(rowCount) x \(columnCount) levels")
        }
        return .value((corrected / denominator).squareRoot())
    }

    /// Mutual information in nats, I = Σᵢⱼ (nᵢⱼ/n) ln(n nᵢⱼ / (nᵢ. n.ⱼ)).
    var mutualInformation: Double {
        var sum = 0.0
        for i in 0..<rowCount {
            for j in 0..<columnCount {
                let nij = counts[i * columnCount + j]
                if nij > 0 { sum += nij / total * log(total * nij / (rowTotals[i] * columnTotals[j])) }
            }
        }
        return max(0, sum)
    }

    /// Entropy in nats of a marginal, H = -Σ (nₖ/n) ln(nₖ/n).
    private func entropy(_ totals: [Double]) -> Double {
        totals.reduce(0) { $0 - $1 / total * log($1 / total) }
    }

    /// Normalised mutual information I / ((H(first) + H(second)) / 2), scikit-learn's
    /// `normalized_mutual_info_score` with its default arithmetic mean (Vinh, Epps & Bailey,
    /// "Information theoretic measures for clusterings comparison", JMLR 11, 2010): 0 when the
    /// variables are independent in the sample, 1 when each determines the other. Where a variable
    /// is constant scikit-learn returns 1 or 0 by convention; here it is undefined.
    var normalizedMutualInformation: MetricValue {
        if let reason = degenerateReason { return .undefined(reason: reason) }
        let mean = (entropy(rowTotals) + entropy(columnTotals)) / 2
        return .value(min(1, mutualInformation / mean))
    }

    /// The share of cells whose expected count is below 5. Cochran's rule ("Some methods for
    /// strengthening the common χ² tests", Biometrics 10, 1954): the chi-square approximation,
    /// and with it V, is unreliable when more than 20% of cells fall below 5.
    var sparseCellShare: Double {
        guard rowCount > 0, columnCount > 0 else { return 0 }
        var sparse = 0
        for i in 0..<rowCount { for j in 0..<columnCount where expected(i, j) < 5 { sparse += 1 } }
        return Double(sparse) / Double(rowCount * columnCount)
    }
}

/// A chi-square test's result: X², its degrees of freedom, and P(X² ≥ observed) under the null.
public struct ChiSquareTest: Sendable, Equatable, Codable {
    /// X²; undefined when the test cannot be run (fewer than two categories, no rows).
    public let statistic: MetricValue
    /// Degrees of freedom (0 when undefined).
    public let degreesOfFreedom: Int
    /// The p-value, from the chi-square survival function.
    public let pValue: MetricValue

    enum CodingKeys: String, CodingKey {
        case statistic, degreesOfFreedom = "degrees_of_freedom", pValue = "p_value"
    }
}
