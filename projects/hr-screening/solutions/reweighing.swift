// Step 2 of HR screening: reweighing (Kamiran & Calders 2012, AIF360's Reweighing).
// Read the brief (projects/hr-screening/brief.md, "Step 2"); check with `learn project check reweighing`.

/// One weight per candidate so that, weighted, group and label are independent:
/// W(g, y) = P(g) · P(y) / P(g, y) = (n_g · n_y) / (n · n_gy), with n_g the candidates of group g,
/// n_y those with label y and n_gy those with both. Nil when the lists differ in length, are
/// empty, or hold a label other than 0 or 1.
func reweighingWeights(groups: [String], labels: [Int]) -> [Double]? {
    guard groups.count == labels.count, !labels.isEmpty, labels.allSatisfy({ $0 == 0 || $0 == 1 }) else { return nil }
    var byGroup: [String: Int] = [:], byLabel: [Int: Int] = [:], byBoth: [String: Int] = [:]
    for (g, y) in zip(groups, labels) {
        byGroup[g, default: 0] += 1
        byLabel[y, default: 0] += 1
        byBoth["\(g)\u{1}\(y)", default: 0] += 1
    }
    let n = Double(labels.count)
    return zip(groups, labels).map { g, y in
        Double(byGroup[g, default: 0]) * Double(byLabel[y, default: 0]) / (n * Double(byBoth["\(g)\u{1}\(y)", default: 1]))
    }
}
