// Exercise 6 of module 4: the fairness/accuracy trade-off, its Pareto front and a recommendation.
// Read the lesson section "Measuring the trade-off" (`learn lesson pareto-front`).
// Check your work with `learn check pareto-front`; stuck? `learn hint pareto-front`.

/// One model of a sweep, scored on held-out rows: its accuracy (higher is better) and its disparity,
/// for example the demographic parity difference (lower is better).
struct Candidate: Codable, Equatable {
    var name: String
    var accuracy: Double
    var disparity: Double
}

/// The point a brief would recommend, and whether it meets the disparity tolerance.
struct Recommendation: Codable, Equatable {
    var name: String
    var meetsTolerance: Bool
}

/// The names of the candidates on the Pareto front, in input order: a candidate is on it when no other
/// candidate is at least as accurate and at most as disparate while strictly better in one of the two.
/// Two identical candidates do not dominate each other, so both stay.
func paretoFront(_ candidates: [Candidate]) -> [String] {
    candidates.filter { p in
        !candidates.contains { q in
            q.accuracy >= p.accuracy && q.disparity <= p.disparity && (q.accuracy > p.accuracy || q.disparity < p.disparity)
        }
    }.map(\.name)
}

/// The most accurate candidate whose disparity is at most `tolerance` (a tie in accuracy goes to the
/// lower disparity, then to the earlier candidate), with `meetsTolerance` true; when none meets it, the
/// least disparate candidate (ties: the more accurate, then the earlier) with `meetsTolerance` false.
/// `nil` for no candidates or a negative tolerance.
func recommend(_ candidates: [Candidate], tolerance: Double) -> Recommendation? {
    guard tolerance >= 0 else { return nil }
    var best: Candidate?
    for c in candidates where c.disparity <= tolerance {
        if let current = best, c.accuracy < current.accuracy || (c.accuracy == current.accuracy && c.disparity >= current.disparity) { continue }
        best = c
    }
    if let best { return Recommendation(name: best.name, meetsTolerance: true) }
    var fallback: Candidate?
    for c in candidates {
        if let current = fallback, c.disparity > current.disparity || (c.disparity == current.disparity && c.accuracy <= current.accuracy) { continue }
        fallback = c
    }
    return fallback.map { Recommendation(name: $0.name, meetsTolerance: false) }
}
