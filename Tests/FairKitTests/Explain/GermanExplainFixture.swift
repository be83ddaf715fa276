import FairKit

/// German Credit as the explainer reference scripts build it (scripts/reference/explain_german.py):
/// the raw one-hot design of `FeatureEncoder(columns: german.featureColumns)` (59 columns), rows
/// 0..699 for training and 700..999 for test, features grouped by source column.
struct GermanExplainFixture {
    let train: Matrix
    let test: Matrix
    let trainLabels: [Int]
    let testLabels: [Int]
    let featureNames: [String]
    let groups: FeatureGroups
    let columns: [String]

    static func load() throws -> GermanExplainFixture {
        let german = try Dataset.germanCredit()
        var encoder = FeatureEncoder(columns: german.featureColumns)
        let encoded = try encoder.fitTransform(german.table)
        let groups = try FeatureGroups.sourceColumns(german.featureColumns, featureNames: encoded.featureNames)
        return GermanExplainFixture(train: encoded.matrix.selectingRows(0..<700), test: encoded.matrix.selectingRows(700..<1000),
                                    trainLabels: Array(german.labels[0..<700]), testLabels: Array(german.labels[700..<1000]),
                                    featureNames: encoded.featureNames, groups: groups, columns: german.featureColumns)
    }

    /// The logistic model x·β + b (log-odds) or σ(x·β + b), from given parameters.
    func model(_ beta: [Double], _ b: Double, space: OutputSpace) throws -> ExplainedModel {
        try ExplainedModel(featureNames: featureNames, groups: groups, space: space) { x in
            let z = x.multiplied(by: beta).map { $0 + b }
            return space == .logOdds ? z : z.map(StableFunctions.logistic)
        }
    }
}
