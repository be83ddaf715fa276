import Glibc

/// The two-sample Kolmogorov-Smirnov test: the largest gap between two empirical distribution
/// functions, and how surprising it is if both samples come from one distribution.
///
/// D = supₓ |F₁(x) - F₂(x)|, with Fᵢ the share of sample i at or below x (scipy.stats.ks_2samp's
/// statistic). The p-value is the asymptotic Kolmogorov distribution's tail at z = √(n·m / (n + m))·D:
/// P(K > z) = 2 Σₖ₌₁^∞ (-1)^(k-1) e^(-2k²z²) (Kolmogorov 1933; Smirnov 1948), `scipy.stats.kstwobign.sf`.
/// ks_2samp's own default p-value is exact for small samples and uses a finite-n distribution
/// otherwise, so for small samples it is larger than this one (scripts/reference/drift_ks.py
/// prints both); the statistic agrees exactly.
///
/// Example: samples 1, 2, 3, 4, 5 and 3, 4, 5, 6, 7. At x = 2, F₁ = 0.4 and F₂ = 0; at 3, 0.6 and
/// 0.2; at 5, 1 and 0.6: D = 0.4. Disjoint samples 1...5 and 6...10 give D = 1.
public struct KolmogorovSmirnov: Sendable, Equatable {
    /// The largest gap between the two empirical distribution functions, in [0, 1].
    public let statistic: Double
    /// The asymptotic two-sided p-value.
    public let pValue: Double

    /// The test on two non-empty samples of finite numbers; `nil` when either is empty.
    public init?(_ first: [Double], _ second: [Double]) {
        guard !first.isEmpty, !second.isEmpty else { return nil }
        let a = first.sorted(), b = second.sorted()
        var i = 0, j = 0, gap = 0.0
        while i < a.count, j < b.count {
            // Step past every copy of the smaller value in both samples, then compare.
            let x = min(a[i], b[j])
            while i < a.count, a[i] == x { i += 1 }
            while j < b.count, b[j] == x { j += 1 }
            gap = max(gap, abs(Double(i) / Double(a.count) - Double(j) / Double(b.count)))
        }
        statistic = gap
        let n = Double(a.count), m = Double(b.count)
        pValue = Self.kolmogorovSurvival((n * m / (n + m)).squareRoot() * gap)
    }

    /// P(K > z) for the Kolmogorov distribution; 1 for z at or below 0.
    static func kolmogorovSurvival(_ z: Double) -> Double {
        guard z > 0 else { return 1 }
        // Below z = 0.2 the alternating series converges slowly, and the tail there is within 6e-13
        // of 1 (the CDF is √(2π)/z · Σ e^(-(2k-1)²π²/(8z²)), at z = 0.2 about 5.3e-13).
        if z < 0.2 { return 1 }
        var sum = 0.0
        for k in 1...100 {
            let term = exp(-2 * Double(k * k) * z * z)
            sum += (k % 2 == 1 ? term : -term)
            if term < 1e-17 { break }
        }
        return min(1, max(0, 2 * sum))
    }
}
