// Step 3 of HR screening: a narrative of one candidate's score for an HR manager.
// Read the brief (projects/hr-screening/brief.md, "Step 3"); check with `learn project check candidate-narrative`.

import Foundation

/// What one attribute of a candidate did to the score (a Shapley value or a LIME weight).
struct Contribution: Codable, Equatable {
    /// The attribute ("education").
    var feature: String
    /// The candidate's value of it ("Bachelors").
    var value: String
    /// Its push on the score: positive for, negative against.
    var amount: Double
}

/// Two sentences for an HR manager, exactly in this form:
/// "Candidate 7 is recommended (score 0.73, threshold 0.50). For: education = Bachelors (+0.41),
/// hours_per_week = 50 (+0.22). Against: age = 23 (-0.35)."
/// - "recommended" when score >= threshold, else "not recommended"; numbers with two decimals.
/// - For: the `top` largest positive amounts, largest first; Against: the `top` most negative,
///   most negative first; equal amounts keep their order in `contributions`. Signs always shown
///   (+0.41, -0.35). Zero amounts are neither. A `top` of 0 or less shows nothing on either side.
/// - A side with nothing becomes "For: nothing." or "Against: nothing."
func candidateNarrative(id: String, score: Double, threshold: Double, contributions: [Contribution], top: Int) -> String {
    func item(_ c: Contribution) -> String { "\(c.feature) = \(c.value) (\(String(format: "%+.2f", c.amount)))" }
    let pros = contributions.filter { $0.amount > 0 }.sorted { $0.amount > $1.amount }.prefix(max(top, 0))
    let cons = contributions.filter { $0.amount < 0 }.sorted { $0.amount < $1.amount }.prefix(max(top, 0))
    let verdict = score >= threshold ? "recommended" : "not recommended"
    let head = "Candidate \(id) is \(verdict) (score \(String(format: "%.2f", score)), threshold \(String(format: "%.2f", threshold)))."
    let forText = pros.isEmpty ? "nothing" : pros.map(item).joined(separator: ", ")
    let againstText = cons.isEmpty ? "nothing" : cons.map(item).joined(separator: ", ")
    return "\(head) For: \(forText). Against: \(againstText)."
}
