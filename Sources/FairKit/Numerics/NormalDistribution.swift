import Glibc

/// The standard normal distribution: its CDF Φ and quantile Φ⁻¹, for confidence intervals,
/// z-tests and sample sizes.
///
/// Φ(x) = ½ erfc(-x/√2) (C's erfc, accurate in both tails). Φ⁻¹ is Wichura's algorithm AS 241
/// (PPND16, Applied Statistics 37, 1988): rational approximations accurate to about 1e-16, the
/// algorithm scipy's `ndtri` and R's `qnorm` use.
///
/// Example: Φ(0) = ½; Φ⁻¹(0.975) = 1.959963984540054 (the 95% interval's z), Φ⁻¹(0.8) = 0.8416212335729143.
enum NormalDistribution {
    /// Φ(x) = P(Z ≤ x).
    static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// P(Z > x), accurate for large x.
    static func survival(_ x: Double) -> Double {
        0.5 * erfc(x / 2.0.squareRoot())
    }

    /// Φ⁻¹(p) for 0 < p < 1 (-∞ at 0, +∞ at 1).
    static func quantile(_ p: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            return q * poly(a, r) / poly(b, r)
        }
        var r = q < 0 ? p : 1 - p
        r = (-log(r)).squareRoot()
        let x: Double
        if r <= 5 {
            r -= 1.6
            x = poly(c, r) / poly(d, r)
        } else {
            r -= 5
            x = poly(e, r) / poly(f, r)
        }
        return q < 0 ? -x : x
    }

    /// Σ coefficients[i] rⁱ by Horner's rule.
    private static func poly(_ coefficients: [Double], _ r: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * r + $1 }
    }

    // AS 241's coefficients, lowest power first.
    private static let a = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
                            45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727]
    private static let b = [1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
                            21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852545925]
    private static let c = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
                            1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4]
    private static let d = [1.0, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
                            0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9]
    private static let e = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
                            0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7]
    private static let f = [1.0, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
                            7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15]
}
