import Glibc

/// The chi-square distribution's upper tail, for the p-values of goodness-of-fit and independence
/// tests, from the regularized incomplete gamma function.
///
/// For k degrees of freedom, P(X² ≥ x) = Q(k/2, x/2), where Q(a, x) = Γ(a, x)/Γ(a) =
/// (1/Γ(a)) ∫ₓ^∞ t^(a-1) e^(-t) dt is the regularized upper incomplete gamma function
/// (Abramowitz & Stegun, Handbook of Mathematical Functions, 1964, 26.4.19 and 6.5.3).
///
/// Q is evaluated as Numerical Recipes does (Press et al., 3rd ed., 2007, §6.2): for x < a + 1 the
/// series P(a, x) = e^(-x) x^a / Γ(a + 1) · Σₙ xⁿ / ((a + 1)⋯(a + n)) converges fast and Q = 1 - P;
/// beyond it, the continued fraction Γ(a, x) = e^(-x) x^a · 1/(x + 1 - a - 1·(1 - a)/(x + 3 - a - ⋯))
/// converges fast, evaluated by the modified Lentz method, and gives small tail probabilities to
/// full relative precision instead of as 1 minus a number close to 1. Agrees with
/// `scipy.special.gammaincc` and `scipy.stats.chi2.sf` to about 1e-13 relative
/// (scripts/reference/databias_chisquare.py).
///
/// Example: with 2 degrees of freedom the tail is e^(-x/2), so P(X² ≥ 2) = e^(-1) ≈ 0.367879.
enum ChiSquareDistribution {
    /// P(X² ≥ statistic) for `degreesOfFreedom` > 0; 1 at statistic 0 (and below).
    static func survival(_ statistic: Double, degreesOfFreedom: Double) -> Double {
        regularizedUpperGamma(degreesOfFreedom / 2, statistic / 2)
    }

    /// Q(a, x) for a > 0 and x ≥ 0 (x ≤ 0 gives 1; an infinite x gives 0).
    static func regularizedUpperGamma(_ a: Double, _ x: Double) -> Double {
        if x <= 0 { return 1 }
        if x == .infinity { return 0 }
        return x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x)
    }

    /// The largest number of terms either expansion takes; near x ≈ a + 1 both need about
    /// √a terms, so this bound is only reached for a beyond 10¹⁰.
    private static let maxTerms = 100_000
    private static let epsilon = Double.ulpOfOne
    /// Stands in for a zero denominator in Lentz's method.
    private static let tiny = Double.leastNormalMagnitude / Double.ulpOfOne

    /// log(e^(-x) x^a / Γ(a)), the factor both expansions share.
    private static func logPrefactor(_ a: Double, _ x: Double) -> Double {
        var sign: Int32 = 0
        // lgamma_r, not lgamma: the latter writes the global signgam, a data race across threads.
        return -x + a * log(x) - lgamma_r(a, &sign)
    }

    /// P(a, x) by its power series.
    private static func lowerSeries(_ a: Double, _ x: Double) -> Double {
        var denominator = a
        var term = 1 / a
        var sum = term
        for _ in 0..<maxTerms {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * epsilon { break }
        }
        return sum * exp(logPrefactor(a, x))
    }

    /// Q(a, x) by its continued fraction (modified Lentz).
    private static func upperContinuedFraction(_ a: Double, _ x: Double) -> Double {
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1...maxTerms {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return exp(logPrefactor(a, x)) * h
    }
}
