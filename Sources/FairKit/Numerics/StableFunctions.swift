import Foundation

/// Numerically stable forms of the functions logistic models and naive Bayes evaluate, written so
/// that no intermediate overflows and no information is lost to cancellation.
/// Source: M. Mächler, "Accurately Computing log(1 − exp(−|a|))", Rmpfr vignette (2012), §3, for
/// the log1p/exp splits; the same forms as scikit-learn's `_loss` module.
public enum StableFunctions {
    /// The logistic (sigmoid) function σ(z) = 1 / (1 + e^(−z)).
    /// For z < 0 it is evaluated as e^z / (1 + e^z), so e^(−z) never overflows.
    @inlinable
    public static func logistic(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }

    /// Softplus log(1 + e^z), the log-loss of a logistic model at margin −z.
    /// Branches as Mächler's log1pexp: e^z below z = −37 (1 + e^z rounds to 1 there),
    /// log1p(e^z) up to 18, z + e^(−z) up to 33.3, and z itself beyond (e^(−z) is below z's ulp).
    @inlinable
    public static func softplus(_ z: Double) -> Double {
        if z <= -37 { return exp(z) }
        if z <= 18 { return log1p(exp(z)) }
        if z <= 33.3 { return z + exp(-z) }
        return z
    }

    /// log(e^a + e^b) = max + log1p(e^(−|a − b|)), exact when either argument is −∞.
    @inlinable
    public static func logSumExp(_ a: Double, _ b: Double) -> Double {
        let high = max(a, b), low = min(a, b)
        if high == -.infinity { return -.infinity }
        return high + log1p(exp(low - high))
    }
}
