import Foundation

/// Aequitas's significance test of a disparity (dssg/aequitas `Bias.get_disparity_*` with
/// `check_significance=True`; `bias.py`, `_check_equal_variance` and `_calculate_significance`):
/// a two-sample t-test of the group's 0/1 outcomes against the reference group's, Student's or
/// Welch's depending on a test of equal variances chosen by a test of normality.
///
/// The procedure, as Aequitas runs it at α = 0.05:
/// 1. Normality of each sample: D'Agostino and Pearson's omnibus test (scipy's `normaltest`,
///    K² = Z(skewness)² + Z(kurtosis)², p = P(χ²₂ > K²) = e^(-K²/2)) when it has more than 20 values;
///    20 or fewer count as not normal.
/// 2. Equal variances of group and reference: if the reference is not normal, Levene's test
///    (centred on the median, Brown-Forsythe) for every group; otherwise Levene's for a group that
///    is not normal and Bartlett's for one that is. Equal when that test's p >= α.
/// 3. `scipy.stats.ttest_ind(reference, group, equal_var=...)`: Student's pooled t-test with equal
///    variances, Welch's otherwise; two-sided p-value.
///
/// Samples: the rows of the metric's denominator, 1 where its numerator counts them (for the TPR,
/// the rows with a positive label, 1 where predicted positive). Aequitas builds the samples of the
/// selection rate, PPV, FDR, NPV and FOR this way; for TPR, FNR, FPR and TNR its code reuses the
/// FOR and FDR samples (the rows predicted negative or positive), which test a different rate, so
/// FairKit uses each metric's own rows there. 0/1 samples are summed up by their size n and count
/// of ones x: mean x/n, central moments of a Bernoulli(p) sample. Weighted counts are used as counts.
///
/// Example: 8 of 20 against a reference of 30 of 50. The group has only 20 values, so it counts as
/// not normal and Levene's test decides: both medians' deviations |x - median| average 0.4 (8 ones
/// at median 0; 20 zeros at median 1), so W = 0, p = 1: equal variances. Student's t-test:
/// pooled variance (19 · 0.252632 + 49 · 0.244898)/68 = 0.247059, t = 0.2 / √(0.247059 · 0.07) =
/// 1.5208 on 68 degrees of freedom, p = 0.1329: not significant at 0.05.
public enum AequitasSignificance {
    /// Aequitas's significance level.
    public static let alpha = 0.05

    /// Which test decided whether the variances are equal.
    public enum VarianceTest: String, Sendable, Codable {
        case levene, bartlett
    }

    /// The outcome: the t-test's p-value (`nil` when undefined: a sample of one value, or constant
    /// samples), whether equal variances were assumed, and by which test.
    public struct Result: Sendable, Codable, Equatable {
        public let pValue: Double?
        public let equalVariance: Bool
        public let varianceTest: VarianceTest

        /// Whether Aequitas would call the disparity significant: p < 0.05.
        public var significant: Bool { (pValue ?? 1) < AequitasSignificance.alpha }

        private enum CodingKeys: String, CodingKey {
            case pValue = "p_value", equalVariance = "equal_variance", varianceTest = "variance_test", significant
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(pValue, forKey: .pValue)
            try container.encode(equalVariance, forKey: .equalVariance)
            try container.encode(varianceTest, forKey: .varianceTest)
            try container.encode(significant, forKey: .significant)
        }

        public init(pValue: Double?, equalVariance: Bool, varianceTest: VarianceTest) {
            self.pValue = pValue
            self.equalVariance = equalVariance
            self.varianceTest = varianceTest
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            pValue = try container.decodeIfPresent(Double.self, forKey: .pValue)
            equalVariance = try container.decode(Bool.self, forKey: .equalVariance)
            varianceTest = try container.decode(VarianceTest.self, forKey: .varianceTest)
        }
    }

    /// A 0/1 sample: n values, x of them 1.
    public struct Sample: Sendable {
        public let ones: Double
        public let count: Double

        public init(ones: Double, count: Double) {
            self.ones = ones
            self.count = count
        }

        var mean: Double { ones / count }
        /// Central moment k of the sample (divided by n).
        func moment(_ k: Int) -> Double {
            let p = mean, q = 1 - p
            switch k {
            case 2: return p * q
            case 3: return p * q * (q - p)
            default: return p * q * (1 - 3 * p * q)
            }
        }
        /// Sample variance (n - 1 in the denominator).
        var variance: Double { count / (count - 1) * moment(2) }
    }

    /// The test of `group` against `reference`.
    public static func test(group: Sample, reference: Sample) -> Result {
        let referenceNormal = isNormal(reference)
        let varianceTest: VarianceTest = referenceNormal && isNormal(group) ? .bartlett : .levene
        let varianceP = varianceTest == .bartlett ? bartlett(reference, group) : levene(reference, group)
        let equal = (varianceP ?? -1) >= alpha
        return Result(pValue: tTest(reference, group, equalVariance: equal), equalVariance: equal, varianceTest: varianceTest)
    }

    /// Aequitas's normality verdict: more than 20 values and normaltest's p not below α (a NaN p,
    /// from a constant sample, is not below α either).
    static func isNormal(_ sample: Sample) -> Bool {
        guard sample.count > 20 else { return false }
        guard let p = normalTestP(sample) else { return true }
        return p >= alpha
    }

    /// scipy's `normaltest` p-value; `nil` for a constant sample (scipy gives NaN).
    static func normalTestP(_ sample: Sample) -> Double? {
        let n = sample.count, m2 = sample.moment(2)
        guard m2 > 0 else { return nil }
        // skewtest
        let b2 = sample.moment(3) / pow(m2, 1.5)
        var y = b2 * ((n + 1) * (n + 3) / (6 * (n - 2))).squareRoot()
        let beta2 = 3 * (n * n + 27 * n - 70) * (n + 1) * (n + 3) / ((n - 2) * (n + 5) * (n + 7) * (n + 9))
        let w2 = -1 + (2 * (beta2 - 1)).squareRoot()
        let delta = 1 / (0.5 * log(w2)).squareRoot()
        let alphaS = (2 / (w2 - 1)).squareRoot()
        if y == 0 { y = 1 } // scipy's own substitution
        let zs = delta * log(y / alphaS + ((y / alphaS) * (y / alphaS) + 1).squareRoot())
        // kurtosistest
        let k = sample.moment(4) / (m2 * m2)
        let e = 3 * (n - 1) / (n + 1)
        let varb2 = 24 * n * (n - 2) * (n - 3) / ((n + 1) * (n + 1) * (n + 3) * (n + 5))
        let x = (k - e) / varb2.squareRoot()
        let sqrtBeta1 = 6 * (n * n - 5 * n + 2) / ((n + 7) * (n + 9)) * (6 * (n + 3) * (n + 5) / (n * (n - 2) * (n - 3))).squareRoot()
        let a = 6 + 8 / sqrtBeta1 * (2 / sqrtBeta1 + (1 + 4 / (sqrtBeta1 * sqrtBeta1)).squareRoot())
        let term1 = 1 - 2 / (9 * a)
        let denominator = 1 + x * (2 / (a - 4)).squareRoot()
        guard denominator != 0 else { return nil }
        let term2 = (denominator < 0 ? -1.0 : 1.0) * pow((1 - 2 / a) / abs(denominator), 1.0 / 3)
        let zk = (term1 - term2) / (2 / (9 * a)).squareRoot()
        return exp(-(zs * zs + zk * zk) / 2)
    }

    /// Levene's test centred on the median (scipy `levene(a, b, center="median")`), p-value.
    static func levene(_ a: Sample, _ b: Sample) -> Double? {
        // |x - median| of a 0/1 sample: the median is 0, 1 or ½ (an even sample split in half).
        func deviations(_ s: Sample) -> (mean: Double, squares: Double) {
            let p = s.mean
            if p == 0.5, Int(s.count) % 2 == 0 { return (0.5, 0) }
            let share = p > 0.5 ? 1 - p : p // the share of values away from the median, each at distance 1
            return (share, s.count * share * (1 - share))
        }
        let (za, sa) = deviations(a), (zb, sb) = deviations(b)
        let n = a.count + b.count
        let grand = (a.count * za + b.count * zb) / n
        let between = a.count * (za - grand) * (za - grand) + b.count * (zb - grand) * (zb - grand)
        let within = sa + sb
        guard within > 0 else { return between > 0 ? 0 : nil }
        let w = (n - 2) * between / within
        return BetaDistribution.fisherSurvival(w, 1, n - 2)
    }

    /// Bartlett's test (scipy `bartlett(a, b)`), p-value.
    static func bartlett(_ a: Sample, _ b: Sample) -> Double? {
        let va = a.variance, vb = b.variance
        guard va > 0, vb > 0 else { return nil }
        let n = a.count + b.count
        let pooled = ((a.count - 1) * va + (b.count - 1) * vb) / (n - 2)
        let numerator = (n - 2) * log(pooled) - (a.count - 1) * log(va) - (b.count - 1) * log(vb)
        let denominator = 1 + (1 / (a.count - 1) + 1 / (b.count - 1) - 1 / (n - 2)) / 3
        return ChiSquareDistribution.survival(numerator / denominator, degreesOfFreedom: 1)
    }

    /// scipy `ttest_ind(a, b, equal_var=...)`, two-sided p-value.
    static func tTest(_ a: Sample, _ b: Sample, equalVariance: Bool) -> Double? {
        guard a.count > 1, b.count > 1 else { return nil }
        let va = a.variance, vb = b.variance
        let df: Double, se: Double
        if equalVariance {
            df = a.count + b.count - 2
            se = (((a.count - 1) * va + (b.count - 1) * vb) / df * (1 / a.count + 1 / b.count)).squareRoot()
        } else {
            let qa = va / a.count, qb = vb / b.count
            df = (qa + qb) * (qa + qb) / (qa * qa / (a.count - 1) + qb * qb / (b.count - 1))
            se = (qa + qb).squareRoot()
        }
        guard se > 0, df.isFinite else { return nil }
        let t = (a.mean - b.mean) / se
        return min(1, 2 * BetaDistribution.studentSurvival(abs(t), degreesOfFreedom: df))
    }
}
