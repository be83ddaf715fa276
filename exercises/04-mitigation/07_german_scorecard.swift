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
    // TODO: one pass over the rows: the expected number right, and each group's sum of p and row count.
    return nil
}

/// German Credit's scorecard on its test rows: rows 0..<700 train and 700..<1000 test in file order;
/// features from `FeatureEncoder(columns: german.featureColumns, standardizeNumeric: true)` fitted on
/// the training rows; a `LogisticRegression()` fitted on the training rows, with FairKit's `Reweighing`
/// weights by `age_group` when `reweighed` is true; scored with `expectedScorecard` on the test rows'
/// P(positive), grouped by `age_group`.
func germanScorecard(reweighed: Bool) throws -> Scorecard {
    // TODO: load Dataset.germanCredit(), split, encode, (reweigh,) fit, predict, and score the test rows.
    // The lesson's Reweighing section shows each FairKit call.
    throw ScorecardError(message: "not written yet")
}
