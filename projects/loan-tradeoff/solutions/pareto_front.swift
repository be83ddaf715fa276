// Step 1 of the mitigated loan approval: the Pareto front of the variants.
// Read the brief (projects/loan-tradeoff/brief.md, "Step 1"); check with `learn project check pareto-front`.

/// One trained variant of the loan model, scored on the held-out applicants.
struct Variant: Codable, Equatable {
    /// "unmitigated", "exponentiated_gradient eps=0.01", ...
    var name: String
    /// The share of test applicants classified correctly (higher is better).
    var accuracy: Double
    /// The demographic parity difference between age groups (lower is fairer).
    var disparity: Double
}

/// Whether `a` dominates `b`: at least as accurate, at most as unfair, and strictly better on one.
func dominates(_ a: Variant, _ b: Variant) -> Bool {
    a.accuracy >= b.accuracy && a.disparity <= b.disparity && (a.accuracy > b.accuracy || a.disparity < b.disparity)
}

/// The indices of the variants no other variant dominates, fairest first (ties in disparity: the
/// lower index first). Variants with a non-finite accuracy or disparity are left out, and cannot
/// dominate others.
func paretoFront(_ variants: [Variant]) -> [Int] {
    let finite = variants.indices.filter { variants[$0].accuracy.isFinite && variants[$0].disparity.isFinite }
    let front = finite.filter { i in !finite.contains { j in dominates(variants[j], variants[i]) } }
    return front.sorted { (variants[$0].disparity, $0) < (variants[$1].disparity, $1) }
}
