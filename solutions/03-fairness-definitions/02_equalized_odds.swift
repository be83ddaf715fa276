// Exercise 2 of module 3: equal opportunity and equalized odds across groups.
// Read the lesson section "Equal opportunity and equalized odds" (`learn lesson equalized-odds`).
// Check your work with `learn check equalized-odds`; stuck? `learn hint equalized-odds`.

/// Equal opportunity difference: the largest true positive rate, TP / (TP + FN), among the groups
/// minus the smallest (Fairlearn's `between_groups` difference). `nil` when the lists differ in
/// length, there are no rows, or any group has no positive labels (its TPR is undefined, so the
/// comparison cannot be made).
func equalOpportunityDifference(labels: [Int], predictions: [Int], groups: [String]) -> Double? {
    guard let rates = ratesByGroup(labels: labels, predictions: predictions, groups: groups) else { return nil }
    return spread(rates.map(\.tpr))
}

/// Equalized odds difference: the larger of the TPR spread and the false positive rate spread,
/// FP / (FP + TN), each largest minus smallest over the groups (Fairlearn's worst case). `nil` when
/// the lists differ in length, there are no rows, or any group lacks positive labels (no TPR) or
/// negative labels (no FPR).
func equalizedOddsDifference(labels: [Int], predictions: [Int], groups: [String]) -> Double? {
    guard let rates = ratesByGroup(labels: labels, predictions: predictions, groups: groups),
          let tprSpread = spread(rates.map(\.tpr)), let fprSpread = spread(rates.map(\.fpr)) else { return nil }
    return max(tprSpread, fprSpread)
}

/// Each group's TPR and FPR (nil where undefined), or nil for input that cannot be counted.
private func ratesByGroup(labels: [Int], predictions: [Int], groups: [String]) -> [(tpr: Double?, fpr: Double?)]? {
    guard labels.count == groups.count, predictions.count == groups.count, !groups.isEmpty else { return nil }
    var cells: [String: (tp: Int, fn: Int, fp: Int, tn: Int)] = [:]
    for i in groups.indices {
        var cell = cells[groups[i], default: (0, 0, 0, 0)]
        switch (labels[i], predictions[i]) {
        case (1, 1): cell.tp += 1
        case (1, _): cell.fn += 1
        case (_, 1): cell.fp += 1
        default: cell.tn += 1
        }
        cells[groups[i]] = cell
    }
    return cells.values.map { cell in
        (tpr: cell.tp + cell.fn > 0 ? Double(cell.tp) / Double(cell.tp + cell.fn) : nil,
         fpr: cell.fp + cell.tn > 0 ? Double(cell.fp) / Double(cell.fp + cell.tn) : nil)
    }
}

/// Largest minus smallest, or nil when any value is undefined.
private func spread(_ values: [Double?]) -> Double? {
    let defined = values.compactMap { $0 }
    guard defined.count == values.count, let high = defined.max(), let low = defined.min() else { return nil }
    return high - low
}
