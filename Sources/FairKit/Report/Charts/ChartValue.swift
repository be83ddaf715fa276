/// How a chart writes its values (in value labels and its table), as `ReportNumber` does in the
/// rest of the report, so chart and table agree digit for digit.
public enum ChartValueFormat: String, Sendable, Equatable {
    /// Rates and other proportions: 3 decimals.
    case rate
    /// Ratios such as a disparity: 2 decimals.
    case ratio

    /// `x` as text.
    public func text(_ x: Double) -> String {
        switch self {
        case .rate: return ReportNumber.rate(x)
        case .ratio: return ReportNumber.ratio(x)
        }
    }
}

/// A value's interval (a confidence interval), drawn as an error bar.
public struct ChartInterval: Sendable, Equatable {
    /// The interval's ends.
    public var lower: Double
    public var upper: Double

    /// The interval from `lower` to `upper`.
    public init(lower: Double, upper: Double) {
        self.lower = min(lower, upper)
        self.upper = max(lower, upper)
    }
}

/// The range of values judged fair, shaded on bar charts: [τ, 1/τ] for ratios to the reference
/// group, [τ·r, r/τ] for the values themselves when the reference group's value is r (a group is
/// within it exactly when its ratio to the reference is within [τ, 1/τ]).
///
/// Example: τ = 0.8, the reference group's selection rate 0.30: the band is [0.24, 0.375].
public struct FairBand: Sendable, Equatable {
    /// The band's ends.
    public let lower: Double
    public let upper: Double
    /// The threshold τ it was made from.
    public let tau: Double

    /// [τ, 1/τ] (τ in (0, 1]; a τ above 1 is read as its reciprocal).
    public static func ratio(tau: Double) -> FairBand {
        let t = tau > 1 ? 1 / tau : tau
        return FairBand(lower: t, upper: 1 / t, tau: t)
    }

    /// [τ·r, r/τ] around the reference value `r` (r ≥ 0).
    public static func around(reference r: Double, tau: Double) -> FairBand {
        let t = tau > 1 ? 1 / tau : tau
        return FairBand(lower: t * r, upper: r / t, tau: t)
    }

    /// Whether `x` lies in the band (ends included, as the four-fifths rule reads).
    public func contains(_ x: Double) -> Bool { x >= lower && x <= upper }
}
