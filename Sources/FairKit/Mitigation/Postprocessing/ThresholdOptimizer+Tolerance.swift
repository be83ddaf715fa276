extension ThresholdOptimizer {
    /// Fairlearn 0.15's relaxed threshold optimizer (`tol`, `_relaxed_constraints.py`,
    /// `maximize_objective_with_tolerance`, fairlearn PR #1453), for single-rate constraints.
    ///
    /// Problem: each group g reads its hull at its own grid point x_g ∈ {0, 1/G, …, 1}; maximise
    ///   Σ_g P(g) · y_g(x_g)   subject to   max_g x_g − min_g x_g ≤ tol.
    /// This is not a linear program (the x_g are grid points, and Fairlearn searches them exactly),
    /// so it is solved as Fairlearn does, by a sliding window over the sorted grid, not with the
    /// simplex: for each window end e, the window [s, e] is the widest with x_e − x_s ≤ tol, each
    /// group takes the index of its largest weighted y in the window (a monotone deque per group;
    /// ties go to the later index, because an equal newcomer pops the older one), and the window's
    /// sum replaces the best so far when it is larger, or equal with a spread max x − min x no
    /// larger (`<=`, so a later window wins an exact tie). There is no `tol_method` in Fairlearn
    /// 0.15: the tolerance bounds the spread between groups; equalized odds is rejected.
    /// Any tol ≥ 0 is feasible (all groups at one x is always allowed).
    ///
    /// Example (grid ½: x ∈ {0, ½, 1}): weighted y of group a [0.1, 0.4, 0.2], of b [0.3, 0.2, 0.0],
    /// tol ½. Window {0}: 0.1 + 0.3 = 0.4; window {0, ½}: a takes ½ (0.4), b takes 0 (0.3): 0.7 with
    /// spread ½; window {½, 1}: a ½ (0.4), b ½ (0.2): 0.6. Best: x_a = ½, x_b = 0, objective 0.7.
    /// (Strictly, the best common x is ½ with 0.6.)
    static func maximizeWithTolerance(weightedObjectives y: [[Double]], grid x: [Double],
                                      tolerance: Double) -> (indices: [Int], objective: Double) {
        var deques = [[Int]](repeating: [], count: y.count)
        var heads = [Int](repeating: 0, count: y.count)
        var best: [Int] = Array(repeating: 0, count: y.count)
        var bestObjective = -Double.infinity, smallestSpread = Double.infinity
        var start = 0
        for end in x.indices {
            for k in y.indices {
                while deques[k].count > heads[k], let last = deques[k].last, y[k][last] <= y[k][end] { deques[k].removeLast() }
                deques[k].append(end)
            }
            while x[end] - x[start] > tolerance {
                for k in y.indices where deques[k].count > heads[k] && deques[k][heads[k]] == start { heads[k] += 1 }
                start += 1
            }
            let current = y.indices.map { deques[$0][heads[$0]] }
            let objective = y.indices.reduce(0.0) { $0 + y[$1][current[$1]] }
            let spread = (current.map { x[$0] }.max() ?? 0) - (current.map { x[$0] }.min() ?? 0)
            if objective > bestObjective || (objective == bestObjective && spread <= smallestSpread) {
                (best, bestObjective, smallestSpread) = (current, objective, spread)
            }
        }
        return (best, bestObjective)
    }
}
