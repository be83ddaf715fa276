// Exercise 3 of module 4: per-group thresholds for demographic parity.
// Read the lesson section "The threshold optimizer" (`learn lesson parity-thresholds`).
// Check your work with `learn check parity-thresholds`; stuck? `learn hint parity-thresholds`.

/// One group's decision rule: predict 1 when score >= threshold; its share of rows predicted 1.
struct GroupThreshold: Codable, Equatable {
    var group: String
    var threshold: Double
    var selectionRate: Double
}

/// The chosen pair of thresholds, the rows they get right, accuracy = correct / rows, and the
/// selection-rate gap |rate of the first group − rate of the second|.
struct ThresholdChoice: Codable, Equatable {
    var thresholds: [GroupThreshold]
    var correct: Int
    var accuracy: Double
    var gap: Double
}

/// The per-group thresholds that maximise accuracy subject to demographic parity within a tolerance,
/// for scores in [0, 1] and exactly two groups. Each group's candidate thresholds are its own distinct
/// scores plus 2.0, which selects nobody. Among all pairs whose selection-rate gap is at most
/// `tolerance`, choose the most correct rows; on a tie, the smaller gap; on a further tie, the lower
/// threshold of the first group (groups sorted by name), then of the second. `thresholds` lists the two
/// groups sorted by name. `nil` when the lists differ in length, the tolerance is negative, or there
/// are not exactly two groups (an empty group leaves nothing to compare).
func parityThresholds(scores: [Double], labels: [Int], groups: [String], tolerance: Double) -> ThresholdChoice? {
    guard scores.count == labels.count, scores.count == groups.count, tolerance >= 0 else { return nil }
    let names = Set(groups).sorted()
    guard names.count == 2 else { return nil }
    let first = outcomes(of: names[0], scores: scores, labels: labels, groups: groups)
    let second = outcomes(of: names[1], scores: scores, labels: labels, groups: groups)
    var best: ThresholdChoice?
    for a in first {
        for b in second {
            let gap = abs(a.selectionRate - b.selectionRate)
            let correct = a.correct + b.correct
            guard gap <= tolerance else { continue }
            if let current = best, correct < current.correct || (correct == current.correct && gap >= current.gap) { continue }
            best = ThresholdChoice(thresholds: [a.rule, b.rule], correct: correct,
                                   accuracy: Double(correct) / Double(scores.count), gap: gap)
        }
    }
    return best
}

/// Every candidate threshold of `group`, in increasing order, with its selection rate and correct rows.
private func outcomes(of group: String, scores: [Double], labels: [Int], groups: [String]) -> [(rule: GroupThreshold, selectionRate: Double, correct: Int)] {
    let rows = groups.indices.filter { groups[$0] == group }
    let thresholds = Set(rows.map { scores[$0] }).sorted() + [2.0]
    return thresholds.map { threshold in
        var selected = 0, correct = 0
        for row in rows {
            let prediction = scores[row] >= threshold ? 1 : 0
            selected += prediction
            if prediction == labels[row] { correct += 1 }
        }
        let rate = Double(selected) / Double(rows.count)
        return (GroupThreshold(group: group, threshold: threshold, selectionRate: rate), rate, correct)
    }
}
