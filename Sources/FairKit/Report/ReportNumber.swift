import Foundation

/// How every report shows numbers, in one place, so the terminal, Markdown and HTML renderings of
/// a report agree digit for digit. (JSON carries the numbers unrounded.)
///
/// | kind | rule | examples |
/// |---|---|---|
/// | rate, value in [0, 1] | 3 decimals; a non-zero value under 0.001 with 2 significant digits, unless it is within `noise` of 0 | 0.113, 1.000, 0.00042, 0.000 for 5.6e-17 |
/// | ratio | 2 decimals (0 decimals from 100 up); a flagged one never rounds onto τ or 1/τ | 0.36, 1.50, 250 |
/// | difference | signed, 3 decimals | +0.125, -0.190, 0.000 |
/// | count | whole numbers with thousands separators; others 1 decimal | 48,842, 1,234.5 |
/// | share | percent, 1 decimal | 33.2% |
/// | gap between shares | percentage points, 1 decimal | 8.4 |
/// | p-value | 3 decimals, or "p < 0.001" | p = 0.004 |
/// | test statistic | 1 decimal | 12.3 |
/// | setting (τ, a threshold) | shortest exact form up to 4 decimals, else 2 decimals | 0.8, 1.25, 1.43 |
public enum ReportNumber {
    /// How close to 0 a rate or a ratio must be to be rounding left over from arithmetic rather
    /// than a value: rates of [0, 1] computed in doubles carry errors near 1e-16, while the smallest
    /// real non-zero rate, one row in a billion, is 1e-9. Two equal selection rates of 0.128 can
    /// differ by 5.6e-17 after a subtraction; that difference is shown as 0.000, not 5.6e-17.
    public static let noise = 1e-12

    /// A rate or any value of a metric table entry that is a proportion.
    public static func rate(_ x: Double) -> String {
        guard x.isFinite else { return String(x) }
        if abs(x) <= noise { return "0.000" }
        if abs(x) < 0.001 { return String(format: "%.2g", x) }
        return String(format: "%.3f", x)
    }

    /// A ratio of two values, such as a disparity.
    public static func ratio(_ x: Double) -> String {
        guard x.isFinite else { return String(x) }
        if abs(x) <= noise { return "0.00" }
        if abs(x) < 0.01 { return String(format: "%.2g", x) }
        return abs(x) >= 100 ? String(format: "%.0f", x) : String(format: "%.2f", x)
    }

    /// A ratio judged against a closed fair range [τ, 1/τ]: 2 decimals like every ratio, except
    /// that a value outside the range that would round onto a bound is rounded away from it, so a
    /// flagged value never reads as a fair one. 0.7996 against [0.8, 1.25] shows "0.79", 1.2503
    /// "1.26"; 1.2497, inside, shows "1.25", which the closed range counts as fair.
    public static func ratio(_ x: Double, judgedWithin range: ClosedRange<Double>) -> String {
        let text = ratio(x)
        guard x.isFinite, abs(x) < 100, !range.contains(x) else { return text }
        for bound in [range.lowerBound, range.upperBound] where ratio(bound) == text {
            let hundredths = x < bound ? (x * 100).rounded(.down) : (x * 100).rounded(.up)
            return String(format: "%.2f", hundredths / 100)
        }
        return text
    }

    /// A signed difference.
    public static func difference(_ x: Double) -> String {
        guard x.isFinite else { return String(x) }
        let text = String(format: "%+.3f", x)
        return text == "+0.000" || text == "-0.000" ? "0.000" : text
    }

    /// A count of rows or a total weight.
    public static func count(_ x: Double) -> String {
        guard x.isFinite else { return String(x) }
        if x == x.rounded(), abs(x) < 1e15 { return grouped(String(Int64(x))) }
        let text = String(format: "%.1f", x)
        let parts = text.split(separator: ".", maxSplits: 1)
        return grouped(String(parts[0])) + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// A count of rows.
    public static func count(_ n: Int) -> String { count(Double(n)) }

    /// A share as a percentage.
    public static func percent(_ x: Double) -> String {
        x.isFinite ? String(format: "%.1f%%", 100 * x) : String(x)
    }

    /// A difference of two shares in percentage points: 0.0843 is "8.4".
    public static func points(_ x: Double) -> String {
        x.isFinite ? String(format: "%.1f", 100 * x) : String(x)
    }

    /// A test's p-value: 3 decimals, or "p < 0.001".
    public static func pValue(_ p: Double) -> String {
        p < 0.001 ? "p < 0.001" : String(format: "p = %.3f", p)
    }

    /// A test statistic (chi-square): 1 decimal.
    public static func statistic(_ x: Double) -> String {
        x.isFinite ? String(format: "%.1f", x) : String(x)
    }

    /// An inequality index (Theil, generalized entropy), whose values are small: 4 decimals.
    public static func index(_ x: Double) -> String {
        x.isFinite ? String(format: "%.4f", x) : String(x)
    }

    /// A setting the user chose, such as τ = 0.8 or a score threshold.
    public static func setting(_ x: Double) -> String {
        guard x.isFinite else { return String(x) }
        for decimals in 0...4 {
            let text = String(format: "%.\(decimals)f", x)
            if Double(text) == x { return text }
        }
        return String(format: "%.2f", x)
    }

    /// A metric's value: a rate, or a count for the metrics that count rows.
    public static func metric(_ value: MetricValue, id: String) -> String {
        guard let x = value.number else { return undefined }
        return countMetricIDs.contains(id) ? count(x) : rate(x)
    }

    /// What an undefined value shows; its reason goes in a note.
    public static let undefined = "undefined"

    /// The metrics of the metric table whose values are counts, not proportions.
    public static let countMetricIDs: Set<String> = Set([
        GroupMetric.count, .truePositives, .falsePositives, .trueNegatives, .falseNegatives,
    ].map(\.id))

    /// "48842" as "48,842".
    private static func grouped(_ digits: String) -> String {
        let negative = digits.hasPrefix("-")
        let body = Array(negative ? digits.dropFirst() : Substring(digits))
        var out = ""
        for (i, character) in body.enumerated() {
            if i > 0, (body.count - i) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (negative ? "-" : "") + out
    }
}
