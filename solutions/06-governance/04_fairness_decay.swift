// Exercise 4 of module 6: a monitoring rule for fairness decay.
// Read the lesson section "Fairness decay" (`learn lesson fairness-decay`).
// Check your work with `learn check fairness-decay`; stuck? `learn hint fairness-decay`.

/// One batch of decisions in production: each row's group and the model's decision (1 = yes).
struct Batch: Codable, Equatable {
    var groups: [String]
    var predictions: [Int]
}

/// The selection-rate ratio of `group` to `reference` in `batch`: the group's share of 1s over the
/// reference's. `nil` when the lists differ in length, when either group has no rows in the batch,
/// or when the reference's rate is 0 (the ratio is undefined).
func selectionRateRatio(_ batch: Batch, group: String, reference: String) -> Double? {
    guard batch.groups.count == batch.predictions.count else { return nil }
    var rows: [String: Int] = [:], selected: [String: Int] = [:]
    for (g, p) in zip(batch.groups, batch.predictions) {
        rows[g, default: 0] += 1
        if p == 1 { selected[g, default: 0] += 1 }
    }
    guard let n = rows[group], let m = rows[reference] else { return nil }
    let referenceRate = Double(selected[reference] ?? 0) / Double(m)
    guard referenceRate > 0 else { return nil }
    return Double(selected[group] ?? 0) / Double(n) / referenceRate
}

/// The index of the batch at which the alert fires: the first batch that ends a run of
/// `persistence` batches whose ratio is below `threshold`. A batch where the ratio is undefined
/// is no evidence either way: it neither extends nor breaks a run. A ratio exactly at the
/// threshold is not a breach and breaks the run. `nil` when no alert fires or `persistence` < 1.
func firstSustainedBreach(_ batches: [Batch], group: String, reference: String, threshold: Double,
                          persistence: Int) -> Int? {
    guard persistence >= 1 else { return nil }
    var run = 0
    for (index, batch) in batches.enumerated() {
        guard let ratio = selectionRateRatio(batch, group: group, reference: reference) else { continue }
        if ratio < threshold {
            run += 1
            if run >= persistence { return index }
        } else {
            run = 0
        }
    }
    return nil
}
