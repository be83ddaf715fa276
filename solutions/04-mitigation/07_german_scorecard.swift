// Exercise 7 of module 4: reweighing German Credit with FairKit, scored by expected values.
// Read the lesson section "Reweighing" (`learn lesson german-scorecard`).
// Check your work with `learn check german-scorecard`; stuck? `learn hint german-scorecard`.

import FairKit

/// One group's expected selection rate: the mean of its rows' P(positive).
struct GroupRate: Codable, Equatable {
    var group: String
    var selectionRate: Double
}

/// A model's scorecard on held-out rows, as expected values over its P(positive).
struct Scorecard: Codable, Equatable {
    var accuracy: Double
    var selectionRates: [GroupRate]
    var demographicParityDifference: Double
}

/// Why a scorecard could not be made.
struct ScorecardError: Error, Codable, Equatable {
    var message: String
}

/// The expected scorecard of probabilities p (P(positive) for each row): accuracy is the mean over rows
/// of p where the label is 1 and 1 − p where it is 0 (the chance that a decision drawn from p is right);
/// a group's selection rate is the mean of its p; the demographic parity difference is the largest
/// selection rate minus the smallest (0 for one group). Groups are sorted by name. `nil` when the lists
/// differ in length or are empty, a probability is outside [0, 1], or a label is neither 0 nor 1.
func expectedScorecard(probabilities: [Double], labels: [Int], groups: [String]) -> Scorecard? {
    guard probabilities.count == labels.count, labels.count == groups.count, !labels.isEmpty else { return nil }
    var right = 0.0
    var byGroup: [String: [Double]] = [:]
    for i in labels.indices {
        let p = probabilities[i]
        guard p >= 0, p <= 1, labels[i] == 0 || labels[i] == 1 else { return nil }
        right += labels[i] == 1 ? p : 1 - p
        byGroup[groups[i], default: []].append(p)
    }
    let rates = byGroup.keys.sorted().map { group in
        let own = byGroup[group, default: []]
        return GroupRate(group: group, selectionRate: own.reduce(0, +) / Double(own.count))
    }
    let sorted = rates.map(\.selectionRate).sorted()
    return Scorecard(accuracy: right / Double(labels.count), selectionRates: rates,
                     demographicParityDifference: sorted[sorted.count - 1] - sorted[0])
}

/// German Credit's scorecard on its test rows: rows 0..<700 train and 700..<1000 test in file order;
/// features from `FeatureEncoder(columns: german.featureColumns, standardizeNumeric: true)` fitted on
/// the training rows; a `LogisticRegression()` fitted on the training rows, with FairKit's `Reweighing`
/// weights by `age_group` when `reweighed` is true; scored with `expectedScorecard` on the test rows'
/// P(positive), grouped by `age_group`.
func germanScorecard(reweighed: Bool) throws -> Scorecard {
    let german = try Dataset.germanCredit()
    let train = german.selectingRows(Array(0..<700)), test = german.selectingRows(Array(700..<1000))
    var encoder = FeatureEncoder(columns: german.featureColumns, standardizeNumeric: true)
    try encoder.fit(train.table)
    let xTrain = try encoder.transform(train.table).matrix, xTest = try encoder.transform(test.table).matrix
    var weights: [Double]?
    if reweighed {
        let age = SensitiveFeature(try train.table.column("age_group"))
        var reweighing = Reweighing()
        try reweighing.fit(labels: train.labels, sensitive: age)
        weights = try reweighing.transform(labels: train.labels, sensitive: age)
    }
    var model = try LogisticRegression()
    try model.fit(xTrain, train.labels, sampleWeight: weights)
    let testAge = try test.table.column("age_group")
    let groups = (0..<test.table.rowCount).map { testAge[$0].text ?? "missing" }
    guard let card = expectedScorecard(probabilities: try model.predictProbability(xTest), labels: test.labels, groups: groups) else {
        throw ScorecardError(message: "German's test rows could not be scored")
    }
    return card
}
