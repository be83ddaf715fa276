// Step 1 of the COMPAS case study: ProPublica's filter.
// Read the brief (projects/compas-case-study/brief.md, "Step 1"); check with `learn project check propublica-filter`.

/// Whether ProPublica kept a defendant: screened within 30 days of the arrest (days_b_screening_arrest
/// between −30 and 30; a missing value fails), a known recidivism outcome (is_recid not −1), not an
/// ordinary traffic offence (c_charge_degree not "O"), and a COMPAS score (score_text not "N/A").
func keepsRow(daysFromArrest: Double?, isRecid: Int, chargeDegree: String, scoreText: String) -> Bool {
    guard let days = daysFromArrest, days >= -30, days <= 30 else { return false }
    return isRecid != -1 && chargeDegree != "O" && scoreText != "N/A"
}

/// The indices of the rows ProPublica kept, in order. Nil when the lists differ in length.
func propublicaRows(daysFromArrest: [Double?], isRecid: [Int], chargeDegree: [String], scoreText: [String]) -> [Int]? {
    let n = daysFromArrest.count
    guard isRecid.count == n, chargeDegree.count == n, scoreText.count == n else { return nil }
    return (0..<n).filter { keepsRow(daysFromArrest: daysFromArrest[$0], isRecid: isRecid[$0], chargeDegree: chargeDegree[$0], scoreText: scoreText[$0]) }
}
