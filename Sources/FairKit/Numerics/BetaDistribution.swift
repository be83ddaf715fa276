import Glibc

/// The regularized incomplete beta function I_x(a, b), and through it the upper tails of
/// Student's t and Snedecor's F distributions, for the t-test and Levene's test.
///
/// I_x(a, b) = B(x; a, b) / B(a, b) is evaluated as Numerical Recipes does (Press et al., 3rd ed.,
/// 2007, §6.4): the continued fraction of Abramowitz & Stegun 26.5.8 by the modified Lentz method,
/// on x itself when x < (a + 1)/(a + b + 2) and on 1 - x through I_x(a, b) = 1 - I_{1-x}(b, a)
/// otherwise, where it converges fast. Then (A&S 26.7.1, 26.6.2)
///
///     P(T > t) = ½ I_{ν/(ν + t²)}(ν/2, ½)  for t ≥ 0,   P(F > f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2).
///
/// Example: ν = 1 is the Cauchy distribution, P(T > 1) = 1/4; I_x(1, 1) = x.
enum BetaDistribution {
    /// I_x(a, b) for a, b > 0 and x in [0, 1].
    static func regularized(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x, a, b) / a
        }
        return 1 - exp(logFront) * continuedFraction(1 - x, b, a) / b
    }

    /// P(T > t) for Student's t with `degreesOfFreedom` ν > 0.
    static func studentSurvival(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let tail = 0.5 * regularized(nu / (nu + t * t), nu / 2, 0.5)
        return t >= 0 ? tail : 1 - tail
    }

    /// P(F > f) for Snedecor's F with d1 and d2 degrees of freedom.
    static func fisherSurvival(_ f: Double, _ d1: Double, _ d2: Double) -> Double {
        guard f > 0 else { return 1 }
        return regularized(d2 / (d2 + d1 * f), d2 / 2, d1 / 2)
    }

    private static let maxIterations = 10_000
    private static let epsilon = Double.ulpOfOne
    private static let tiny = Double.leastNormalMagnitude / Double.ulpOfOne

    /// The continued fraction for I_x(a, b) (NR's betacf), by the modified Lentz method.
    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...maxIterations {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= epsilon { break }
        }
        return h
    }
}
