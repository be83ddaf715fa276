import Foundation

/// A linear map from data values (the domain) to pixels (the range), as every axis of a chart uses.
/// The range may run backwards (a y axis grows upwards while SVG's y grows downwards).
///
/// x ↦ r₀ + (x − d₀) · (r₁ − r₀) / (d₁ − d₀).
/// Example: domain 0...1 onto pixels 400 → 100 (a y axis): 0.25 ↦ 400 − 0.25 · 300 = 325.
public struct LinearScale: Sendable, Equatable {
    /// The data values at the two ends.
    public let domain: ClosedRange<Double>
    /// The pixels of `domain.lowerBound` and `domain.upperBound`.
    public let start: Double
    public let end: Double

    /// A scale of `domain` onto `start...end` (or `end...start`).
    public init(domain: ClosedRange<Double>, start: Double, end: Double) {
        // A domain of one value would divide by zero; widen it so the value sits in the middle.
        self.domain = domain.lowerBound < domain.upperBound ? domain : (domain.lowerBound - 1)...(domain.upperBound + 1)
        self.start = start
        self.end = end
    }

    /// The pixel of `x` (values outside the domain map outside the range).
    public func callAsFunction(_ x: Double) -> Double {
        start + (x - domain.lowerBound) * (end - start) / (domain.upperBound - domain.lowerBound)
    }

    /// The pixel of `x` held to the range, for bars and markers of values off the axis.
    public func clamped(_ x: Double) -> Double {
        let lowest = min(start, end), highest = max(start, end)
        return min(max(self(x), lowest), highest)
    }
}

/// Axis ticks at round numbers, by Heckbert's "loose labeling" ("Nice numbers for graph labels",
/// Graphics Gems, 1990, pp. 61-63): the tick spacing is a nice number (1, 2 or 5 times a power of
/// ten), and the axis runs from the last tick at or below the data to the first at or above it.
///
/// range = nice(max − min, round: false); step = nice(range / (count − 1), round: true);
/// lower = ⌊min/step⌋·step; upper = ⌈max/step⌉·step; decimals = max(0, −⌊log₁₀ step⌋).
/// Example: data 0.03...0.87, 5 ticks: nice(0.84) = 1, step = nice(0.25, round) = 0.2, ticks
/// 0, 0.2, 0.4, 0.6, 0.8, 1 with 1 decimal.
public struct NiceTicks: Sendable, Equatable {
    /// The first tick, at or below the data.
    public let lower: Double
    /// The last tick, at or above the data.
    public let upper: Double
    /// The distance between ticks, 1, 2 or 5 times a power of ten.
    public let step: Double
    /// Decimals that show every tick exactly (the step's).
    public let decimals: Int

    /// Ticks covering `minimum...maximum` with about `count` ticks.
    public init(covering minimum: Double, _ maximum: Double, count: Int = ChartStyle.tickCount) {
        var low = minimum.isFinite ? minimum : 0, high = maximum.isFinite ? maximum : 1
        if low > high { swap(&low, &high) }
        if low == high {
            // One value: an axis from zero (or a unit around it when it is zero) so a bar shows.
            if low == 0 { high = 1 } else if low > 0 { low = 0 } else { high = 0 }
        }
        let range = Self.niceNumber(high - low, round: false)
        step = Self.niceNumber(range / Double(max(count - 1, 1)), round: true)
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
        decimals = max(0, Int(-log10(step).rounded(.down)))
    }

    /// The tick values from `lower` to `upper`, each rounded to `decimals` so that 0.1 + 0.2 is 0.3.
    public var values: [Double] {
        let count = Int(((upper - lower) / step).rounded()) + 1
        let unit = pow(10, Double(decimals))
        return (0..<count).map { ((lower + Double($0) * step) * unit).rounded() / unit }
    }

    /// `x` as a tick label: `decimals` decimals, "0" never signed.
    public func label(_ x: Double) -> String {
        let text = String(format: "%.\(decimals)f", x)
        return Double(text) == 0 ? String(format: "%.\(decimals)f", 0.0) : text
    }

    /// The domain the ticks span.
    public var domain: ClosedRange<Double> { lower...upper }

    /// Heckbert's nice number near `x` (x > 0): the fraction f = x / 10^⌊log₁₀ x⌋ becomes 1, 2, 5
    /// or 10, rounded to the nearest (`round`) or the next at or above it.
    /// Example: nice(0.84, round: false) = 1; nice(0.25, round: true) = 0.2; nice(37, round: true) = 50.
    public static func niceNumber(_ x: Double, round: Bool) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let exponent = log10(x).rounded(.down)
        let power = pow(10, exponent)
        let fraction = x / power
        let nice: Double
        if round {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return nice * power
    }
}
