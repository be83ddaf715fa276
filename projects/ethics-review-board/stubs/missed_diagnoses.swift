// Step 3 of the ethics review board: missed diagnoses by group, and the board's decision.
// Read the brief (projects/ethics-review-board/brief.md, "Step 3"); check with `learn project check missed-diagnoses`.

/// Each group's false negative rate: among its patients who have the condition (label 1), the
/// share the tool did not refer (prediction 0): a missed diagnosis. Groups without a patient who
/// has the condition get no entry. Nil when the lists differ in length or a label or prediction
/// is not 0 or 1.
func falseNegativeRates(labels: [Int], predictions: [Int], groups: [String]) -> [String: Double]? {
    // TODO: count, per group, the patients with label 1 and those of them with prediction 0.
    return nil
}

/// What the board decides.
enum BoardDecision: String, Codable, Equatable {
    /// Deploy as reviewed.
    case approve
    /// Come back when the required artifacts are complete; nothing else is wrong.
    case postpone
    /// Do not deploy: the gap in missed diagnoses exceeds what the board tolerates.
    case reject
}

/// The board's rule: reject when the largest difference between two groups' false negative rates
/// is more than `maxGap` (fewer than two groups: no gap); otherwise defer while any required
/// artifact is incomplete (`incompleteArtifacts` > 0); otherwise approve.
func boardDecision(falseNegativeRates: [String: Double], maxGap: Double, incompleteArtifacts: Int) -> BoardDecision {
    // TODO: the gap first (max - min over the groups), then the artifacts.
    return .approve
}
