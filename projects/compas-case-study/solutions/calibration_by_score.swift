// Step 3 of the COMPAS case study: calibration by race.
// Read the brief (projects/compas-case-study/brief.md, "Step 3"); check with `learn project check calibration`.

/// Defendants of one group with one score, and the share who re-offended.
struct ScoreCell: Codable, Equatable {
    var score: Int
    var rows: Int
    var reoffended: Int
    /// reoffended / rows.
    var rate: Double
}

/// For each group, a cell per score the group holds, lowest score first. Nil when the lists differ
/// in length or a label is not 0 or 1.
func reoffendingByScore(scores: [Int], labels: [Int], groups: [String]) -> [String: [ScoreCell]]? {
    guard scores.count == labels.count, scores.count == groups.count else { return nil }
    var counts: [String: [Int: (rows: Int, reoffended: Int)]] = [:]
    for i in scores.indices {
        guard labels[i] == 0 || labels[i] == 1 else { return nil }
        let old = counts[groups[i]]?[scores[i]] ?? (0, 0)
        counts[groups[i], default: [:]][scores[i]] = (old.rows + 1, old.reoffended + labels[i])
    }
    return counts.mapValues { byScore in
        byScore.keys.sorted().compactMap { score in
            byScore[score].map { c in ScoreCell(score: score, rows: c.rows, reoffended: c.reoffended, rate: Double(c.reoffended) / Double(c.rows)) }
        }
    }
}

/// How far apart two groups' calibration is: the mean of |rate_a(s) − rate_b(s)| over the scores
/// both hold. Nil when they share no score.
func meanCalibrationGap(_ a: [ScoreCell], _ b: [ScoreCell]) -> Double? {
    let rates = Dictionary(b.map { ($0.score, $0.rate) }, uniquingKeysWith: { first, _ in first })
    let gaps = a.compactMap { cell in rates[cell.score].map { abs(cell.rate - $0) } }
    return gaps.isEmpty ? nil : gaps.reduce(0, +) / Double(gaps.count)
}
