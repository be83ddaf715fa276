/// Which coalitions Kernel SHAP evaluates and with what weights, built as shap 0.51's
/// `KernelExplainer.explain` builds them (Lundberg & Lee, NeurIPS 2017, Theorem 2; shap
/// `explainers/_kernel.py`), with FairKit's seeded generator in place of numpy's:
///
/// 1. Subset sizes s = 1..⌈(M−1)/2⌉ get the Shapley kernel's total weight
///    (M − 1) / (s (M − s)), doubled for sizes whose complement size differs (s ≤ ⌊(M−1)/2⌋),
///    normalised to sum to 1.
/// 2. From s = 1 up, while the remaining budget times the size's (renormalised) weight covers
///    all C(M, s) subsets (and their complements), every subset of that size is enumerated, each
///    with weight w_s / C(M, s) (halved when paired, the complement getting the same).
/// 3. The rest of the budget is sampled: a size drawn from the remaining sizes' weights (halved
///    for paired sizes, as each draw adds two coalitions), a uniform subset of that size, and its
///    complement when paired; a coalition drawn again adds 1 to its count instead of being
///    evaluated again; at most 4 x the remaining budget draws. The sampled counts are scaled to
///    the remaining sizes' total weight.
///
/// With a budget of at least 2^M − 2 every coalition is enumerated and the weighted least squares
/// gives the exact Shapley values. Example: M = 3, budget 6: sizes {1} (paired) weight 1, all 3
/// singletons and their 3 complements with weight 1/6 each.
struct KernelShapleyPlan: Sendable {
    /// coalitions[k][p]: whether player p (of the M varying ones) is in coalition k.
    var coalitions: [[Bool]] = []
    /// The kernel weight of each coalition.
    var weights: [Double] = []

    init(players m: Int, budget requested: Int, generator: inout SeededGenerator) {
        let budget = Self.size(players: m, budget: requested)
        let sizes = Int((Double(m - 1) / 2).rounded(.up))
        let pairedSizes = (m - 1) / 2
        var weightVector = (1...max(sizes, 1)).map { s in Double(m - 1) / Double(s * (m - s)) }
        for s in 0..<pairedSizes { weightVector[s] *= 2 }
        let total = weightVector.reduce(0, +)
        weightVector = weightVector.map { $0 / total }

        var fullSizes = 0
        var left = budget
        var remaining = weightVector
        for s in 1...sizes {
            var count = binomial(m, s)
            if s <= pairedSizes { count *= 2 }
            guard Double(left) * remaining[s - 1] / count >= 1 - 1e-8 else { break }
            fullSizes += 1
            left -= Int(count)
            if remaining[s - 1] < 1 { remaining = remaining.map { $0 / (1 - remaining[s - 1]) } }
            var w = weightVector[s - 1] / binomial(m, s)
            if s <= pairedSizes { w /= 2 }
            forEachSubset(of: m, size: s) { mask in
                add(mask, w)
                if s <= pairedSizes { add(mask.map { !$0 }, w) }
            }
        }
        guard fullSizes != sizes else { return }

        let fixed = coalitions.count
        var samplesLeft = budget - fixed
        var sizeWeights = weightVector
        for s in 0..<pairedSizes { sizeWeights[s] /= 2 }
        sizeWeights = Array(sizeWeights[fullSizes...])
        let sizeTotal = sizeWeights.reduce(0, +)
        var cumulative = [Double]()
        var running = 0.0
        for w in sizeWeights { running += w / sizeTotal; cumulative.append(running) }
        var seen: [[UInt64]: Int] = [:]   // coalitions as bitsets: cheaper to hash than [Bool]
        var draws = ExplainConstants.kernelDrawFactor * samplesLeft
        while samplesLeft > 0, draws > 0 {
            draws -= 1
            let u = generator.nextDouble()
            let index = cumulative.firstIndex { u < $0 } ?? cumulative.count - 1
            let s = index + fullSizes + 1
            var mask = [Bool](repeating: false, count: m)
            for p in generator.permutation(m).prefix(s) { mask[p] = true }
            var key = [UInt64](repeating: 0, count: (m + 63) / 64)
            for (p, inside) in mask.enumerated() where inside { key[p >> 6] |= 1 << UInt64(p & 63) }
            if let at = seen[key] {
                weights[at] += 1
                if samplesLeft > 0, s <= pairedSizes { weights[at + 1] += 1 }
            } else {
                seen[key] = coalitions.count
                add(mask, 1)
                samplesLeft -= 1
                if samplesLeft > 0, s <= pairedSizes {
                    add(mask.map { !$0 }, 1)
                    samplesLeft -= 1
                }
            }
        }
        let weightLeft = weightVector[fullSizes...].reduce(0, +)
        let sampledTotal = weights[fixed...].reduce(0, +)
        for k in fixed..<weights.count { weights[k] *= weightLeft / sampledTotal }
    }

    /// The coalitions a plan holds for a requested budget: the budget, capped at the 2^M − 2
    /// coalitions there are (sampling that runs out of draws may hold fewer).
    static func size(players m: Int, budget: Int) -> Int {
        m <= 30 ? min(budget, (1 << m) - 2) : budget
    }

    private mutating func add(_ mask: [Bool], _ weight: Double) {
        coalitions.append(mask)
        weights.append(weight)
    }
}

/// C(n, k) as a Double (exact for the sizes Kernel SHAP meets).
func binomial(_ n: Int, _ k: Int) -> Double {
    guard k >= 0, k <= n else { return 0 }
    var result = 1.0
    for i in 0..<min(k, n - k) { result = result * Double(n - i) / Double(i + 1) }
    return result.rounded()
}

/// Calls `body` with every subset of `0..<n` of size `k`, in lexicographic order (as
/// `itertools.combinations`).
func forEachSubset(of n: Int, size k: Int, _ body: ([Bool]) -> Void) {
    var index = Array(0..<k)
    while true {
        var mask = [Bool](repeating: false, count: n)
        for i in index { mask[i] = true }
        body(mask)
        var i = k - 1
        while i >= 0, index[i] == n - k + i { i -= 1 }
        if i < 0 { return }
        index[i] += 1
        for j in (i + 1)..<k { index[j] = index[j - 1] + 1 }
    }
}
