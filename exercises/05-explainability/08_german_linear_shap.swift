// Exercise 8 of module 5: Shapley values of a logistic regression on German Credit, by column.
// Read the lesson section "Shapley values of a linear model on German Credit" (`learn lesson german-linear-shap`).
// Check your work with `learn check german-linear-shap`; stuck? `learn hint german-linear-shap`.

/// One source column's attribution: the sum over its encoded features.
struct ColumnAttribution: Codable, Equatable {
    var column: String
    var attribution: Double
}

/// Linear SHAP (Lundberg & Lee 2017, with independent features; shap's `LinearExplainer`): for a
/// model that is linear in log-odds, feature j's Shapley value is φ_j = β_j (x_j − E[x_j]), with
/// the expectation over the background (training) rows. One-hot features are summed into their
/// source column (`sourceColumns[j]` names feature j's column, e.g. "purpose" for
/// "purpose=car (new)"), so that a reader sees one number per question on the application form.
/// Sorted by |attribution|, largest first; equal magnitudes by column name. `[]` when the lists
/// differ in length or are empty.
func linearShapleyByColumn(coefficients: [Double], row: [Double], means: [Double],
                           sourceColumns: [String]) -> [ColumnAttribution] {
    // TODO: compute β_j (x_j − mean_j), sum by source column, and rank.
    return []
}
