import Foundation

/// lime 0.2's `QuartileDiscretizer` for one numeric column: bin edges are the distinct 25th, 50th
/// and 75th percentiles of the training values (numpy's linear interpolation); a value's bin is
/// the number of edges strictly below it (`np.searchsorted(edges, x)`), so bin 0 is "x ≤ q25".
/// Each bin keeps the mean and standard deviation of the training values in it and its range
/// [lower edge or min, upper edge or max], from which `draw` samples a value back: a normal with
/// the bin's mean and sd (+1e-11) truncated to the range (lime's `undiscretize`).
///
/// Example: values 1…8: q = [2.75, 4.5, 6.25]; 3 is in bin 1 ("2.75 < x ≤ 4.50").
struct QuartileDiscretizer: Sendable {
    let edges: [Double]
    let means: [Double]
    let sds: [Double]
    let lows: [Double]
    let highs: [Double]

    init(values: [Double]) {
        let sorted = values.sorted()
        var edges: [Double] = []
        for q in linearQuantiles(sorted: sorted, at: [0.25, 0.5, 0.75]) where edges.last != q { edges.append(q) }
        self.edges = edges
        var members = [[Double]](repeating: [], count: edges.count + 1)
        for v in values { members[Self.bin(v, edges)].append(v) }
        means = members.map { $0.isEmpty ? 0 : $0.reduce(0, +) / Double($0.count) }
        sds = members.map { m in
            guard !m.isEmpty else { return ExplainConstants.limeSDFloor }
            let mean = m.reduce(0, +) / Double(m.count)
            return (m.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(m.count)).squareRoot() + ExplainConstants.limeSDFloor
        }
        lows = [sorted.first ?? 0] + edges
        highs = edges + [sorted.last ?? 0]
    }

    func bin(_ value: Double) -> Int { Self.bin(value, edges) }

    static func bin(_ value: Double, _ edges: [Double]) -> Int { edges.filter { $0 < value }.count }

    /// A readable name of bin b, as lime writes it ("name <= 2.75", "2.75 < name <= 4.50", "name > 6.25").
    func name(_ b: Int, feature: String) -> String {
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        if b == 0 { return "\(feature) <= \(f(edges[0]))" }
        if b == edges.count { return "\(feature) > \(f(edges[b - 1]))" }
        return "\(f(edges[b - 1])) < \(feature) <= \(f(edges[b]))"
    }

    /// A value drawn back from bin b: N(mean, sd) truncated to [low, high] by inverting the normal
    /// CDF between the bounds' probabilities (lime uses scipy's `truncnorm`; same distribution).
    func draw(bin b: Int, generator: inout SeededGenerator) -> Double {
        let (m, s) = (means[b], sds[b])
        let (a, z) = ((lows[b] - m) / s, (highs[b] - m) / s)
        guard a != z else { return a }   // lime returns the standardised bound here; kept as lime does
        return m + s * TruncatedNormal.draw(a, z, generator: &generator)
    }
}

/// A standard normal truncated to [a, b], by inverse CDF. In the upper tail the symmetric
/// lower-tail form is used so that Φ does not round to 1.
enum TruncatedNormal {
    static func draw(_ a: Double, _ b: Double, generator: inout SeededGenerator) -> Double {
        if a > 0 { return -draw(-b, -a, generator: &generator) }
        let (pa, pb) = (cdf(a), cdf(b))
        let u = pa + generator.nextDouble() * (pb - pa)
        return min(max(quantile(u), a), b)
    }

    static func cdf(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// Φ⁻¹(p): Acklam's rational approximation (relative error 1.15e-9) refined by one Halley step.
    static func quantile(_ p: Double) -> Double {
        guard p > 0 else { return -.infinity }
        guard p < 1 else { return .infinity }
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                 -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                 -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        var x: Double
        if p < 0.02425 {
            let q = (-2 * log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p > 1 - 0.02425 {
            let q = (-2 * log(1 - p)).squareRoot()
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        }
        let e = cdf(x) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }
}
