/// Holm's step-down correction of p-values for the number of comparisons made (Holm 1979,
/// "A simple sequentially rejective multiple test procedure", Scand. J. Statist. 6), as statsmodels'
/// `multipletests(p, method="holm")` adjusts them.
///
/// With m p-values sorted increasingly, p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted value of the i-th is
/// max over j ≤ i of min(1, (m - j + 1) p₍ⱼ₎). A comparison is distinguishable at level α when its
/// adjusted p-value is below α. This controls the chance of calling any parity a disparity (the
/// family-wise error rate) at α, like Bonferroni's m·p, but rejects at least as much.
///
/// Example: p = [0.01, 0.04, 0.03] (m = 3): sorted 0.01, 0.03, 0.04 give 3·0.01 = 0.03,
/// max(0.03, 2·0.03) = 0.06, max(0.06, 1·0.04) = 0.06; in input order [0.03, 0.06, 0.06].
public enum MultipleComparisons {
    /// Holm-adjusted p-values, in the order given.
    public static func holm(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
        var adjusted = [Double](repeating: 1, count: m)
        var running = 0.0
        for (rank, i) in order.enumerated() {
            running = max(running, min(1, Double(m - rank) * pValues[i]))
            adjusted[i] = running
        }
        return adjusted
    }
}
