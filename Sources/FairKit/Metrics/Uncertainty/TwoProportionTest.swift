import Foundation

/// The two-proportion z-test of whether two groups' rates differ, and the rows each group would
/// need for the test to tell an observed gap from parity.
///
/// **Test** (pooled, as statsmodels' `proportions_ztest([x1, x2], [n1, n2])`): p̄ = (x1 + x2)/(n1 + n2),
/// z = (p̂1 - p̂2) / √(p̄(1 - p̄)(1/n1 + 1/n2)), two-sided p = 2(1 - Φ(|z|)). When p̄ is 0 or 1
/// both rates are equal (all 0 or all 1) and p = 1.
///
/// **Rows needed** (Cohen 1988, ch. 6, the arcsine effect size h; statsmodels'
/// `NormalIndPower().solve_power(effect_size=h, alpha=α, power=1-β, ratio=1)` solves the same
/// equation, also counting the far tail's negligible rejections): with h = |2 asin√p1 - 2 asin√p2|,
///
///     n per group = 2 ((z_{1-α/2} + z_{1-β}) / h)²,  rounded up,
///
/// at α = 0.05 and power 1 - β = 0.8 (z's 1.95996 and 0.84162): the rows each group needs for a gap
/// as large as the observed one to be found significant four times in five.
///
/// Example: 20 of 100 against 50 of 200: p̄ = 70/300, z = -0.05 / √(0.233333 · 0.766667 · 0.015) =
/// -0.9652, p = 0.3344. h = 2 asin√0.5 - 2 asin√0.2 = 1.570796 - 0.927295 = 0.643501, n = 2 (2.801585 /
/// 0.643501)² = 37.91, so 38 rows per group.
public enum TwoProportionTest {
    /// Two-sided p-value of the difference between x1/n1 and x2/n2; `nil` when a group has no rows.
    public static func pValue(_ x1: Double, _ n1: Double, _ x2: Double, _ n2: Double) -> Double? {
        guard n1 > 0, n2 > 0 else { return nil }
        let pooled = (x1 + x2) / (n1 + n2)
        let variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2)
        guard variance > 0 else { return 1 }
        let z = (x1 / n1 - x2 / n2) / variance.squareRoot()
        return min(1, 2 * NormalDistribution.survival(abs(z)))
    }

    /// Rows per group for the two-sided test at level `alpha` to detect the gap between rates `p1`
    /// and `p2` with probability `power`; `nil` when the rates are equal (no gap to detect).
    public static func rowsNeeded(_ p1: Double, _ p2: Double, alpha: Double = UncertaintyConstants.alpha,
                                  power: Double = UncertaintyConstants.power) -> Int? {
        let h = abs(2 * asin(p1.squareRoot()) - 2 * asin(p2.squareRoot()))
        guard h > 0, h.isFinite else { return nil }
        let z = NormalDistribution.quantile(1 - alpha / 2) + NormalDistribution.quantile(power)
        let n = 2 * (z / h) * (z / h)
        return Int((n - 1e-9).rounded(.up))
    }
}
