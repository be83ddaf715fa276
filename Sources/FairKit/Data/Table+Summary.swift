/// A describe-style summary of one column, as pandas' `DataFrame.describe(include="all")` gives.
public struct ColumnSummary: Sendable, Equatable {
    /// The column's name.
    public let name: String
    /// The column's kind.
    public let kind: ColumnKind
    /// Non-missing values.
    public let count: Int
    /// Missing values.
    public let missing: Int
    /// Numeric and boolean columns (flags as 1 and 0); `nil` otherwise or without values.
    public let mean: Double?
    /// Sample standard deviation (divisor n - 1, as pandas); `nil` with fewer than 2 values.
    public let standardDeviation: Double?
    /// Minimum, quartiles and maximum: `[min, 25%, 50%, 75%, max]`, quartiles by linear
    /// interpolation between order statistics (numpy's and pandas' default): the p-quantile of
    /// sorted x₀..xₙ₋₁ is x_⌊h⌋ + (h - ⌊h⌋)(x_⌊h⌋₊₁ - x_⌊h⌋) with h = (n - 1)p.
    public let quantiles: [Double]?
    /// Categorical and boolean columns: how many distinct values (`nil` for numeric columns).
    public let distinct: Int?
    /// Categorical and boolean columns: the most frequent value (ties: the first seen).
    public let top: CellValue?
    /// How often `top` occurs.
    public let topCount: Int?
}

extension Table {
    /// One summary per column, in column order.
    ///
    /// Example: a numeric column [1, 2, 3, 4, nil] has count 4, missing 1, mean 2.5,
    /// standard deviation √(((1.5)² + (0.5)² + (0.5)² + (1.5)²)/3) = √(5/3) ≈ 1.291, and quantiles
    /// [1, 1.75, 2.5, 3.25, 4] (25%: h = 0.75, 1 + 0.75·(2 - 1) = 1.75).
    public func describe() -> [ColumnSummary] {
        columns.map { column in
            let missing = column.missingCount
            var mean: Double?, sd: Double?, quantiles: [Double]?
            if let numbers = column.numbers {
                let values = numbers.compactMap { $0 }
                let moments = WeightedMoments(values)
                mean = moments.mean
                sd = moments.variance(ddof: 1).map { $0.squareRoot() }
                if !values.isEmpty {
                    let sorted = values.sorted()
                    quantiles = linearQuantiles(sorted: sorted, at: [0, 0.25, 0.5, 0.75, 1])
                }
            }
            var distinct: Int?, top: CellValue?, topCount: Int?
            if column.kind != .numeric, let counts = try? valueCounts(column.name) {
                let present = counts.filter { !$0.value.isMissing }
                distinct = present.count
                top = present.first?.value
                topCount = present.first?.count
            }
            return ColumnSummary(name: column.name, kind: column.kind, count: column.count - missing, missing: missing,
                                 mean: mean, standardDeviation: sd, quantiles: quantiles,
                                 distinct: distinct, top: top, topCount: topCount)
        }
    }
}
