// Step 2 of the mitigated loan approval: the variant to recommend under the business's constraints.
// Read the brief (projects/loan-tradeoff/brief.md, "Step 2"); check with `learn project check recommend-variant`.

/// Variant i has accuracy `accuracies[i]` and disparity `disparities[i]`. The index of the most
/// accurate variant whose disparity is at most `maxDisparity` and whose accuracy is at least the
/// baseline's (`accuracies[baseline]`) minus `maxAccuracyLoss`. Ties in accuracy go to the lower
/// disparity, then the lower index; variants with a non-finite number never qualify. Nil when no
/// variant qualifies, the lists differ in length, `baseline` is not an index, or a limit is
/// negative or not finite.
func recommendVariant(accuracies: [Double], disparities: [Double], baseline: Int, maxDisparity: Double, maxAccuracyLoss: Double) -> Int? {
    guard accuracies.count == disparities.count, accuracies.indices.contains(baseline), maxDisparity.isFinite,
          maxAccuracyLoss.isFinite, maxDisparity >= 0, maxAccuracyLoss >= 0 else { return nil }
    let floor = accuracies[baseline] - maxAccuracyLoss
    var best: Int?
    for i in accuracies.indices where accuracies[i].isFinite && disparities[i].isFinite {
        guard disparities[i] <= maxDisparity, accuracies[i] >= floor else { continue }
        if let b = best {
            if accuracies[i] > accuracies[b] || (accuracies[i] == accuracies[b] && disparities[i] < disparities[b]) { best = i }
        } else {
            best = i
        }
    }
    return best
}
