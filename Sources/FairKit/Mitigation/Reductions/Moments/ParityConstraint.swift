/// The fairness constraints of the reductions approach (Agarwal et al., "A reductions approach
/// to fair classification", ICML 2018), as Fairlearn 0.15's `UtilityParity` moments define them.
///
/// Each constraint compares, within an event E (all rows, or the rows of one label), the mean
/// utility of every group with the event's mean: γ(+, e, g) = E[u | E = e, A = g] − E[u | E = e]
/// and γ(−, e, g) = −γ(+, e, g), each required to be ≤ ε. The utility is the prediction h(x),
/// except for error-rate parity where it is the error |h(x) − y|.
///
/// | constraint | events | utility | equalises |
/// |---|---|---|---|
/// | demographic parity | all rows | h | P(h = 1 \| A = a) |
/// | true-positive-rate parity | rows with y = 1 | h | P(h = 1 \| A = a, Y = 1) |
/// | false-positive-rate parity | rows with y = 0 | h | P(h = 1 \| A = a, Y = 0) |
/// | equalized odds | y = 0 and y = 1 | h | both of the above |
/// | error-rate parity | all rows | \|h − y\| | P(h ≠ y \| A = a) |
///
/// Example: demographic parity with groups a (2 rows) and b (2 rows) and predictions
/// h = [1, 1, 1, 0]: E[h | a] = 1, E[h | b] = ½, E[h] = ¾, so γ(+, a) = ¼, γ(+, b) = −¼; with
/// ε = 0.01 group a violates its constraint by 0.24.
public enum ParityConstraint: String, Sendable, CaseIterable {
    case demographicParity = "demographic_parity"
    case equalizedOdds = "equalized_odds"
    case truePositiveRateParity = "true_positive_rate_parity"
    case falsePositiveRateParity = "false_positive_rate_parity"
    case errorRateParity = "error_rate_parity"

    /// The event of a row with label `y` (nil: the row is in no event).
    func event(label y: Int) -> Int? {
        switch self {
        case .demographicParity, .errorRateParity: return 0
        case .equalizedOdds: return y
        case .truePositiveRateParity: return y == 1 ? 0 : nil
        case .falsePositiveRateParity: return y == 0 ? 0 : nil
        }
    }

    /// The label every row of event `e` has (the events that condition on the label).
    func label(ofEvent e: Int) -> Int {
        switch self {
        case .equalizedOdds: return e
        case .falsePositiveRateParity: return 0
        case .demographicParity, .errorRateParity, .truePositiveRateParity: return 1
        }
    }

    /// The events' names, for reports (Fairlearn's "all", "label=0", "label=1").
    var eventNames: [String] {
        switch self {
        case .demographicParity, .errorRateParity: return ["all"]
        case .equalizedOdds: return ["label=0", "label=1"]
        case .truePositiveRateParity: return ["label=1"]
        case .falsePositiveRateParity: return ["label=0"]
        }
    }

    /// (u(h = 0), u(h = 1)) for a row with label `y`.
    func utilities(label y: Int) -> (Double, Double) {
        self == .errorRateParity ? (Double(y), Double(1 - y)) : (0, 1)
    }
}

/// A parity constraint loaded with training data: the moment the exponentiated-gradient and
/// grid-search reductions evaluate. Constraint k < P is (+, pair k), k ≥ P is (−, pair k − P),
/// pairs (event, group) in event order, then group order.
struct UtilityParity: ReductionMoment {
    let constraint: ParityConstraint
    let rowCount: Int
    /// Per row: its (event, group) pair, or nil when the row is in no event.
    let pairOfRow: [Int?]
    let eventOfRow: [Int?]
    let utility0: [Double]
    let utilityDifference: [Double]
    let pairs: [(event: Int, group: Int)]
    /// P(E = e) and P(E = e, A = g), as shares of all rows.
    let eventShare: [Double]
    let pairShare: [Double]

    /// 2 · the number of (event, group) pairs.
    var count: Int { 2 * pairs.count }
    /// Every γ_k is held to the reduction's ε.
    var upperBound: Double? { nil }
    /// A classification moment: the best response relabels the rows.
    var relabels: Bool { true }

    /// Loads `rows`; every group needs rows in every event (a group without positive labels
    /// cannot have a true positive rate).
    init(_ constraint: ParityConstraint, rows: MitigationInput.Rows) throws {
        self.constraint = constraint
        rowCount = rows.count
        let events = constraint.eventNames.count, groups = rows.groupNames.count
        var counts = [[Int]](repeating: [Int](repeating: 0, count: groups), count: events)
        var groupSeen = [Bool](repeating: false, count: groups)
        let eventOfRow = rows.labels.map(constraint.event(label:))
        self.eventOfRow = eventOfRow
        for i in 0..<rows.count {
            groupSeen[rows.groups[i]] = true
            if let e = eventOfRow[i] { counts[e][rows.groups[i]] += 1 }
        }
        var pairs: [(event: Int, group: Int)] = []
        var index = [[Int]](repeating: [Int](repeating: -1, count: groups), count: events)
        for e in 0..<events {
            for g in 0..<groups where groupSeen[g] {
                guard counts[e][g] > 0 else {
                    throw MitigationError.missingLabelInGroup(group: rows.groupNames[g], label: constraint.label(ofEvent: e),
                                                              constraint: constraint.rawValue)
                }
                index[e][g] = pairs.count
                pairs.append((e, g))
            }
        }
        self.pairs = pairs
        let n = Double(rows.count)
        eventShare = (0..<events).map { e in Double(counts[e].reduce(0, +)) / n }
        pairShare = pairs.map { Double(counts[$0.event][$0.group]) / n }
        pairOfRow = (0..<rows.count).map { i in eventOfRow[i].map { index[$0][rows.groups[i]] } }
        let u = rows.labels.map(constraint.utilities(label:))
        utility0 = u.map(\.0)
        utilityDifference = u.map { $0.1 - $0.0 }
    }

    /// γ of hard predictions `h` (see `ParityConstraint`).
    func gamma(_ h: [Int]) -> [Double] {
        var pairSum = [Double](repeating: 0, count: pairs.count)
        var eventSum = [Double](repeating: 0, count: eventShare.count)
        for i in 0..<rowCount {
            guard let p = pairOfRow[i] else { continue }
            let value = utilityDifference[i] * Double(h[i]) + utility0[i]
            pairSum[p] += value
            eventSum[pairs[p].event] += value
        }
        let n = Double(rowCount)
        let plus = pairs.indices.map { p in
            pairSum[p] / (n * pairShare[p]) - eventSum[pairs[p].event] / (n * eventShare[pairs[p].event])
        }
        return plus + plus.map { -$0 }
    }

    /// Each row's cost of predicting 1 under multipliers λ (Agarwal et al. §3.2, Fairlearn's
    /// `signed_weights`): u_diff · (Σ_g' (λ⁺ − λ⁻)(e, g') / P(e) − (λ⁺ − λ⁻)(e, g) / P(e, g)).
    func signedWeights(_ lambda: [Double]) -> [Double] {
        let P = pairs.count
        var eventTerm = [Double](repeating: 0, count: eventShare.count)
        for p in 0..<P { eventTerm[pairs[p].event] += (lambda[p] - lambda[P + p]) / eventShare[pairs[p].event] }
        return (0..<rowCount).map { i in
            guard let p = pairOfRow[i] else { return 0 }
            return utilityDifference[i] * (eventTerm[pairs[p].event] - (lambda[p] - lambda[P + p]) / pairShare[p])
        }
    }

    /// Fairlearn's `project_lambda`: within each event, the signed multipliers s_g = λ⁺ − λ⁻ are
    /// shifted by p_g · m, p_g = P(g | e) and m the p-weighted median of s_g / p_g, which never
    /// lowers the Lagrangian; then split back into positive and negative parts.
    func project(_ lambda: [Double]) -> [Double] {
        let P = pairs.count
        var signed = (0..<P).map { lambda[$0] - lambda[P + $0] }
        for e in eventShare.indices {
            let members = (0..<P).filter { pairs[$0].event == e }
            let share = members.map { pairShare[$0] / eventShare[e] }
            let normalised = zip(members, share).map { signed[$0] / $1 }
            let order = normalised.indices.sorted { (normalised[$0], $0) < (normalised[$1], $1) }
            let half = share.reduce(0, +) / 2
            var cumulative = 0.0, position = order.count - 1
            for (k, j) in order.enumerated() {
                cumulative += share[j]
                if cumulative >= half { position = k; break }
            }
            let shift = normalised[order[position]]
            for (k, p) in members.enumerated() { signed[p] -= share[k] * shift }
        }
        return signed.map { max($0, 0) } + signed.map { max(-$0, 0) }
    }
}
