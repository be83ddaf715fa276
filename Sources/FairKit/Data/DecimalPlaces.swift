import Foundation

/// The precision a numeric column's values are written with, so a computed value prints as the
/// data does: a column of whole numbers prints whole numbers, a column of amounts in cents two
/// decimals. A counterfactual's credit amount 708.9500000000003 (a quantile, or a value
/// standardised and back) in a column of whole numbers prints as 709.
///
/// `of(_:)` is the most decimals any finite value needs in its shortest round-trip form (Swift's
/// `description`, as DiCE's `get_decimal_precisions` reads Python's `str`), capped at
/// `maximum`: [1, 2.5, 3.25] → 2; [1200, 350] → 0; [1e-5] → 5.
public enum DecimalPlaces {
    /// More decimals than this are noise of binary arithmetic, not the data's precision.
    public static let maximum = 10

    public static func of<S: Sequence>(_ values: S) -> Int where S.Element == Double {
        values.reduce(0) { max($0, $1.isFinite ? decimals(of: $1) : 0) }
    }

    /// The decimals of one value's shortest form: "2.25" → 2, "1e-05" → 5, "1.5e-07" → 8.
    static func decimals(of x: Double) -> Int {
        let text = "\(abs(x))"
        let parts = text.lowercased().split(separator: "e")
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        var fraction = mantissa.split(separator: ".", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return min(maximum, max(0, fraction.count - exponent))
    }

    /// x with `decimals` decimals ("%.*f"), without a minus sign on a value that rounds to zero:
    /// format(708.9500000000003, decimals: 0) = "709", format(2.5, decimals: 2) = "2.50".
    public static func format(_ x: Double, decimals: Int) -> String {
        guard x.isFinite else { return "\(x)" }
        let text = String(format: "%.\(max(0, min(decimals, maximum)))f", x)
        let negativeZero = text.hasPrefix("-") && text.dropFirst().allSatisfy { $0 == "0" || $0 == "." }
        return negativeZero ? String(text.dropFirst()) : text
    }
}
