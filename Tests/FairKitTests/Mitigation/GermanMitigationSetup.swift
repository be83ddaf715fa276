import FairKit

/// The German Credit setup of scripts/reference/mitigation_german.py: rows 0..699 train, 700..999
/// test in file order, FeatureEncoder(columns: featureColumns, standardizeNumeric: true) fitted on
/// the training rows (59 columns), label good = 1, sensitive age_group ("age > 25" privileged),
/// base LogisticRegression C = 1 fitted on the training rows.
struct GermanMitigationSetup {
    let xTrain: Matrix, xTest: Matrix
    let yTrain: [Int], yTest: [Int]
    let ageTrain: SensitiveFeature, ageTest: SensitiveFeature
    let base: LogisticRegression

    static func load() throws -> GermanMitigationSetup {
        let german = try Dataset.germanCredit()
        let train = german.selectingRows(Array(0..<700)), test = german.selectingRows(Array(700..<1000))
        var encoder = FeatureEncoder(columns: german.featureColumns, standardizeNumeric: true)
        try encoder.fit(train.table)
        let xTrain = try encoder.transform(train.table).matrix, xTest = try encoder.transform(test.table).matrix
        var base = try LogisticRegression(penalty: .l2(c: 1))
        try base.fit(xTrain, train.labels)
        return GermanMitigationSetup(xTrain: xTrain, xTest: xTest, yTrain: train.labels, yTest: test.labels,
                                     ageTrain: SensitiveFeature(try train.table.column("age_group")),
                                     ageTest: SensitiveFeature(try test.table.column("age_group")), base: base)
    }
}
