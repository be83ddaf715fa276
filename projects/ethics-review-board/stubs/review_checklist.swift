// Step 2 of the ethics review board: the tiered checklist and the artifact check.
// Read the brief (projects/ethics-review-board/brief.md, "Step 2"); check with `learn project check review-checklist`.

import Foundation

/// How much harm a model can do, which decides how closely the board reviews it.
enum RiskTier: String, Codable, Equatable {
    /// Administrative automation: scheduling, billing codes, inventory.
    case low
    /// Anything that shapes a patient's diagnosis or treatment.
    case high
}

/// High when the model influences diagnosis or treatment, or decides about a patient without a
/// clinician in the loop; low otherwise.
func riskTier(influencesDiagnosisOrTreatment: Bool, patientFacing: Bool, humanInTheLoop: Bool) -> RiskTier {
    // TODO: diagnosis or treatment is high; so is a patient-facing model without a clinician in the loop.
    return .low
}

/// The documents the board requires before a review, by tier: a model card for every model; a
/// bias audit report and a failure-mode analysis too for high-risk ones. In this order.
func requiredArtifacts(for tier: RiskTier) -> [String] {
    // TODO: the list for each tier, in the order the comment gives.
    return []
}

/// What keeps `document` (Markdown, nil when the file does not exist) from being complete: one
/// sentence per problem, in the order of `requiredHeadings`. A required heading is a line
/// `## Heading` (compared without surrounding spaces); its section is the lines up to the next
/// `## ` heading and needs at least `minimumWords` words (runs of characters between spaces and
/// line breaks). An empty list means complete.
func artifactProblems(document: String?, requiredHeadings: [String], minimumWords: Int) -> [String] {
    // TODO: no document is one problem; otherwise find each '## ' section, count its words, and report
    // every required heading that is missing or too short.
    return ["not written yet"]
}
