import Glibc

/// Exact draws from the binomial distribution Bin(n, p), for the bootstrap's cell counts.
///
/// Inversion from the mode (Kachitvichyanukul & Schmeiser 1988 discuss inversion; starting at the
/// mode keeps the search short): with u uniform on [0, 1), take the mode m = ⌊(n + 1)p⌋ and
/// subtract from u the probabilities of m, m + 1, m - 1, m + 2, m - 2, ... (each from the last by
/// P(k + 1) = P(k) · (n - k)/(k + 1) · p/q and P(k - 1) = P(k) · k/(n - k + 1) · q/p) until u
/// falls below 0; the value reached is the draw. Every value k is returned for a set of u of
/// length P(k), so the draw has the binomial distribution; the search visits O(√(npq)) values.
///
/// Example: Bin(2, ½) has mode 1 with P = ½: u < 0.5 gives 1, then u < 0.75 gives 2, else 0.
enum Binomial {
    /// One draw of Bin(n, p), n >= 0, p in [0, 1].
    static func sample(_ n: Int, _ p: Double, using generator: inout SeededGenerator) -> Int {
        guard n > 0, p > 0 else { return 0 }
        guard p < 1 else { return n }
        let q = 1 - p, odds = p / q
        let mode = min(n, Int((Double(n + 1) * p).rounded(.down)))
        let logMode = lgamma(Double(n + 1)) - lgamma(Double(mode + 1)) - lgamma(Double(n - mode + 1))
            + Double(mode) * log(p) + Double(n - mode) * log(q)
        var u = generator.nextDouble()
        var up = mode, down = mode
        var pUp = exp(logMode), pDown = pUp
        u -= pUp
        if u < 0 { return mode }
        while up < n || down > 0 {
            if up < n {
                pUp *= Double(n - up) / Double(up + 1) * odds
                up += 1
                u -= pUp
                if u < 0 { return up }
            }
            if down > 0 {
                pDown *= Double(down) / Double(n - down + 1) / odds
                down -= 1
                u -= pDown
                if u < 0 { return down }
            }
        }
        // u exceeded the total by rounding (probability of order 1e-16): the likeliest value.
        return mode
    }
}
