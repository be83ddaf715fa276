/// The bounded group loss constraint of Agarwal, Dudík & Wu ("Fair regression: quantitative
/// definitions and reduction-based algorithms", ICML 2019), as Fairlearn 0.15's
/// `BoundedGroupLoss(ZeroOneLoss(), upper_bound: ζ)`: every group's mean loss must stay below ζ,
///   γ_g(h) = E[ℓ(y, h(x)) | A = g] ≤ ζ  for every group g,
/// one constraint per group (no ± pair, nothing to project). With 0/1 labels and predictions the
/// zero-one loss |y − h| equals Fairlearn's `AbsoluteLoss(0, 1)` and `SquareLoss(0, 1)`, so this
/// one moment covers the three losses Fairlearn accepts for a classifier.
///
/// It is a loss moment: the best response to λ keeps the labels and fits the base model with
/// weights 1 + λ_g / P(g) on group g's rows (the objective's weight 1 plus `signedWeights`), so
/// a group over its bound gets more weight. ζ has no default (Fairlearn's is None, which fails
/// at fit); the reduction's ε still sets B = 1/ε.
///
/// Example: groups a, a, b, b, labels [1, 0, 1, 0] and h = [1, 1, 1, 1]: group a errs on one row
/// of two and so does b, γ = (½, ½); with ζ = 0.4 both groups are 0.1 over. λ = (1, 0) with
/// P(a) = ½ gives signed weights (2, 2, 0, 0), so a's rows weigh 1 + 2 = 3 and b's 1.
struct BoundedGroupLoss: ReductionMoment {
    let upperBoundValue: Double
    let groupOfRow: [Int]
    let labels: [Int]
    /// P(A = g) for every group present, in the sensitive column's order.
    let groupShare: [Double]
    /// The constraint index of each group (groups absent from the rows have none).
    let constraintOfGroup: [Int?]

    var count: Int { groupShare.count }
    var upperBound: Double? { upperBoundValue }
    var relabels: Bool { false }

    /// Loads `rows` with bound ζ = `upperBound` (finite, ≥ 0).
    init(upperBound: Double, rows: MitigationInput.Rows) throws {
        guard upperBound.isFinite, upperBound >= 0 else {
            throw MitigationError.invalidSetting(name: "upperBound", value: "\(upperBound)",
                                                 requirement: "a finite loss bound >= 0 (a share of rows misclassified)")
        }
        upperBoundValue = upperBound
        labels = rows.labels
        var counts = [Int](repeating: 0, count: rows.groupNames.count)
        for g in rows.groups { counts[g] += 1 }
        var index = [Int?](repeating: nil, count: counts.count)
        var shares: [Double] = []
        for g in counts.indices where counts[g] > 0 {
            index[g] = shares.count
            shares.append(Double(counts[g]) / Double(rows.count))
        }
        constraintOfGroup = index
        groupShare = shares
        groupOfRow = rows.groups.map { index[$0] ?? 0 }
    }

    /// γ_g(h) = the share of group g's rows with h ≠ y.
    func gamma(_ h: [Int]) -> [Double] {
        var wrong = [Double](repeating: 0, count: count)
        for i in h.indices where h[i] != labels[i] { wrong[groupOfRow[i]] += 1 }
        let n = Double(h.count)
        return wrong.indices.map { wrong[$0] / (n * groupShare[$0]) }
    }

    /// λ_g / P(g) for every row of group g.
    func signedWeights(_ lambda: [Double]) -> [Double] {
        groupOfRow.map { lambda[$0] / groupShare[$0] }
    }

    /// Nothing to project: the constraints are one-sided and independent.
    func project(_ lambda: [Double]) -> [Double] { lambda }
}
