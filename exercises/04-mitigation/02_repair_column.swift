// Exercise 2 of module 4: the disparate impact remover on one numeric column.
// Read the lesson section "The disparate impact remover" (`learn lesson repair-column`).
// Check your work with `learn check repair-column`; stuck? `learn hint repair-column`.

/// Feldman et al.'s (2015) repair of one numeric column, in its continuous form. For a row with value
/// x in group g (n_g rows):
///
/// 1. its rank u = (the number of values in g strictly below x) / (n_g − 1), or 0.5 when g has a single
///    row (equal values share a rank, so ties stay tied);
/// 2. the target is the median, over all groups, of each group's quantile at u, where a group's quantile
///    interpolates linearly between its sorted values at position u · (n − 1) (numpy's default);
///    the median of an even number of values is the mean of the middle two;
/// 3. the repaired value is (1 − λ) · x + λ · target, for the repair level λ in [0, 1].
///
/// At λ = 1 every group's column has (nearly) the same distribution, so the column no longer tells the
/// groups apart, while each row keeps its rank inside its own group. `nil` when the lists differ in
/// length or are empty, or λ is outside [0, 1].
func repairColumn(values: [Double], groups: [String], level: Double) -> [Double]? {
    // TODO: sort each group's values; for each row find its rank, the median of the groups' quantiles
    // at that rank, and move the value toward it by the repair level.
    return []
}
