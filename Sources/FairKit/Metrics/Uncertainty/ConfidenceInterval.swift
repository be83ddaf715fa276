import Foundation

/// A confidence interval [lower, upper] around an estimate, and the Wilson score interval of a
/// proportion.
///
/// **Wilson score interval** (Wilson 1927, JASA 22; Brown, Cai & DasGupta 2001 recommend it over
/// the Wald interval p̂ ± z√(p̂(1-p̂)/n), which collapses to a point at p̂ = 0 or 1 and undercovers
/// for small n): with x successes in n trials, p̂ = x/n and z = Φ⁻¹(1 - α/2),
///
///     centre = (p̂ + z²/(2n)) / (1 + z²/n)
///     half   = z / (1 + z²/n) · √(p̂(1 - p̂)/n + z²/(4n²))
///
/// the interval is centre ± half, always inside [0, 1]. statsmodels'
/// `proportion_confint(x, n, alpha, method="wilson")` computes the same
/// (scripts/reference/audit_uncertainty.py). With instance weights, x and n are the weighted counts.
///
/// Example: x = 20, n = 100, 95% (z = 1.95996): p̂ = 0.2, z² = 3.84146, centre = (0.2 + 0.0192073) /
/// 1.0384146 = 0.211098, half = 1.887456 · √(0.0016 + 0.0000960) = 0.0777313, so [0.133367, 0.288829].
public struct ConfidenceInterval: Sendable, Codable, Equatable {
    /// The lower end.
    public let lower: Double
    /// The upper end.
    public let upper: Double
    /// For a bootstrap interval: resamples in which the quantity was undefined (a group without
    /// positives, a zero denominator), left out of the percentiles; absent when none.
    public var undefinedResamples: Int?

    /// An interval; `undefinedResamples` only for a bootstrap interval that left some out.
    public init(lower: Double, upper: Double, undefinedResamples: Int? = nil) {
        self.lower = lower
        self.upper = upper
        self.undefinedResamples = undefinedResamples
    }

    private enum CodingKeys: String, CodingKey {
        case lower, upper, undefinedResamples = "undefined_resamples"
    }

    /// Whether `x` lies inside (ends included).
    public func contains(_ x: Double) -> Bool { lower <= x && x <= upper }

    /// The Wilson score interval of `successes` out of `trials` at `confidence` (0.95 for 95%);
    /// `nil` when there are no trials (the proportion is undefined).
    public static func wilson(successes: Double, trials: Double, confidence: Double) -> ConfidenceInterval? {
        guard trials > 0 else { return nil }
        let z = NormalDistribution.quantile(1 - (1 - confidence) / 2)
        let p = successes / trials, z2 = z * z
        let denominator = 1 + z2 / trials
        let centre = (p + z2 / (2 * trials)) / denominator
        let half = z / denominator * (p * (1 - p) / trials + z2 / (4 * trials * trials)).squareRoot()
        return ConfidenceInterval(lower: max(0, centre - half), upper: min(1, centre + half))
    }
}
