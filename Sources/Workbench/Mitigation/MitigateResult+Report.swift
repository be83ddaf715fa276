import FairKit
import Foundation

extension MitigateResult {
    /// The comparison on the report route (`learn mitigate --format markdown|html`): `MitigationReport`
    /// with the training file `data` and the compared file `test` named; its JSON is `json()`.
    public func report(data: String, test: String?) throws -> PreparedReport {
        func scores(_ s: Scores) -> MitigationReport.Scores {
            MitigationReport.Scores(accuracy: s.accuracy, demographicParityDifference: s.demographicParityDifference,
                                    equalizedOddsDifference: s.equalizedOddsDifference, randomisedShare: s.randomisedShare,
                                    selectionRates: s.selectionRates, truePositiveRates: s.truePositiveRates, falsePositiveRates: s.falsePositiveRates)
        }
        let report = MitigationReport(method: method, protectedColumn: protectedColumn, trainingData: data, testData: test, rowCount: rowCount,
                                      baseline: scores(baseline), mitigated: scores(mitigated), details: details, modelFile: modelFile?.path,
                                      jsonText: try json())
        return PreparedReport(report, name: "the mitigation report", findings: details.count, finding: "mitigator detail")
    }
}
