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
    if influencesDiagnosisOrTreatment { return .high }
    if patientFacing && !humanInTheLoop { return .high }
    return .low
}

/// The documents the board requires before a review, by tier: a model card for every model; a
/// bias audit report and a failure-mode analysis too for high-risk ones. In this order.
func requiredArtifacts(for tier: RiskTier) -> [String] {
    switch tier {
    case .low: return ["model card"]
    case .high: return ["bias audit report", "model card", "failure-mode analysis"]
    }
}

/// What keeps `document` (Markdown, nil when the file does not exist) from being complete: one
/// sentence per problem, in the order of `requiredHeadings`. A required heading is a line
/// `## Heading` (compared without surrounding spaces); its section is the lines up to the next
/// `## ` heading and needs at least `minimumWords` words (runs of characters between spaces and
/// line breaks). An empty list means complete.
func artifactProblems(document: String?, requiredHeadings: [String], minimumWords: Int) -> [String] {
    guard let document else { return ["the document does not exist"] }
    // The sections in document order; a heading written twice adds up both sections' words.
    var sections: [(heading: String, words: Int)] = []
    for line in document.split(separator: "\n") {
        if line.hasPrefix("## ") {
            sections.append((line.dropFirst("## ".count).trimmingCharacters(in: .whitespaces), 0))
        } else if !sections.isEmpty {
            sections[sections.count - 1].words += line.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
        }
    }
    var problems: [String] = []
    for heading in requiredHeadings {
        let matching = sections.filter { $0.heading == heading }
        if matching.isEmpty {
            problems.append("the section '\(heading)' is missing")
            continue
        }
        let words = matching.reduce(0) { $0 + $1.words }
        if words < minimumWords { problems.append("the section '\(heading)' has \(words) words, fewer than \(minimumWords)") }
    }
    return problems
}
