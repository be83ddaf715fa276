// Step 1 of the COMPAS case study: ProPublica's filter.
// Read the brief (projects/compas-case-study/brief.md, "Step 1"); check with `learn project check propublica-filter`.

/// Whether ProPublica kept a defendant: screened within 30 days of the arrest (days_b_screening_arrest
/// between −30 and 30; a missing value fails), a known recidivism outcome (is_recid not −1), not an
/// ordinary traffic offence (c_charge_degree not "O"), and a COMPAS score (score_text not "N/A").
func keepsRow(daysFromArrest: Double?, isRecid: Int, chargeDegree: String, scoreText: String) -> Bool {
    // TODO: the four conditions of ProPublica's filter (a missing day count fails).
    return false
}

/// The indices of the rows ProPublica kept, in order. Nil when the lists differ in length.
func propublicaRows(daysFromArrest: [Double?], isRecid: [Int], chargeDegree: [String], scoreText: [String]) -> [Int]? {
    // TODO: the positions of the rows keepsRow keeps.
    return nil
}
