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
    // TODO: compare accuracy (higher wins) and disparity (lower wins); equal on both is not domination.
    return false
}

/// The indices of the variants no other variant dominates, fairest first (ties in disparity: the
/// lower index first). Variants with a non-finite accuracy or disparity are left out, and cannot
/// dominate others.
func paretoFront(_ variants: [Variant]) -> [Int] {
    // TODO: keep the finite variants that no finite variant dominates, then sort them by disparity.
    return []
}
