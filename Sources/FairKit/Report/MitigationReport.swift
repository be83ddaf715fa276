/// A bias mitigation as a report (`learn mitigate --format html|markdown`): a plain-language
/// summary, the data compared on, the baseline against the mitigated model (overall and by group,
/// with charts), what the mitigator did, and the limitations of the comparison. The JSON is the
/// mitigate command's own contract, given whole.
///
/// Example: accuracy 0.7633 → 0.7500 and demographic parity difference 0.1234 → 0.0031 read
/// "accuracy fell by 1.3 points; the demographic parity difference fell from 0.123 to 0.003".
public struct MitigationReport: DocumentReport {
    /// One model's numbers on the compared rows (expected values over its P(positive)).
    public struct Scores: Sendable, Equatable {
        public var accuracy: Double?
        public var demographicParityDifference: Double?
        public var equalizedOddsDifference: Double?
        /// Share of rows whose decision is a coin flip (P(positive) strictly between 0 and 1 for a
        /// randomised model; 0 for a deterministic one).
        public var randomisedShare: Double
        /// Per group: selection rate, true and false positive rate (absent when undefined).
        public var selectionRates: [String: Double]
        public var truePositiveRates: [String: Double]
        public var falsePositiveRates: [String: Double]

        public init(accuracy: Double?, demographicParityDifference: Double?, equalizedOddsDifference: Double?, randomisedShare: Double,
                    selectionRates: [String: Double], truePositiveRates: [String: Double], falsePositiveRates: [String: Double]) {
            self.accuracy = accuracy
            self.demographicParityDifference = demographicParityDifference
            self.equalizedOddsDifference = equalizedOddsDifference
            self.randomisedShare = randomisedShare
            self.selectionRates = selectionRates
            self.truePositiveRates = truePositiveRates
            self.falsePositiveRates = falsePositiveRates
        }
    }

    /// The method's name as the command line writes it ("exponentiated-gradient").
    public var method: String
    public var protectedColumn: String
    /// The training file, and the file compared on (nil: the training rows).
    public var trainingData: String
    public var testData: String?
    public var rowCount: Int
    public var baseline: Scores
    public var mitigated: Scores
    /// What the mitigator did, one sentence each.
    public var details: [String]
    /// The model file written, if any.
    public var modelFile: String?
    /// The command's JSON contract.
    public var jsonText: String

    public init(method: String, protectedColumn: String, trainingData: String, testData: String?, rowCount: Int, baseline: Scores,
                mitigated: Scores, details: [String], modelFile: String?, jsonText: String) {
        self.method = method
        self.protectedColumn = protectedColumn
        self.trainingData = trainingData
        self.testData = testData
        self.rowCount = rowCount
        self.baseline = baseline
        self.mitigated = mitigated
        self.details = details
        self.modelFile = modelFile
        self.jsonText = jsonText
    }

    public func json() throws -> String { jsonText }

    /// The groups, sorted by name.
    var groups: [String] { Array(Set(baseline.selectionRates.keys).union(mitigated.selectionRates.keys)).sorted() }

    /// A group as a reader names it: "age <= 25" rather than "age_group=age <= 25".
    func shown(_ group: String) -> String {
        group.hasPrefix(protectedColumn + "=") ? String(group.dropFirst(protectedColumn.count + 1)) : group
    }

    public var document: ReportDocument {
        var blocks: [ReportBlock] = [.heading(level: 2, text: "Summary"), .list(summary.map { [ReportSpan($0)] })]
        blocks.append(.heading(level: 2, text: "Data"))
        blocks.append(.list([
            [ReportSpan("Trained on: ", .strong), ReportSpan(trainingData)],
            [ReportSpan("Compared on: ", .strong), ReportSpan("\(testData ?? "the training rows") (\(ReportNumber.count(rowCount)) rows)")],
            [ReportSpan("Protected column: ", .strong), ReportSpan("\(protectedColumn): \(groups.map(shown).joined(separator: ", "))")],
        ]))
        blocks.append(.heading(level: 2, text: "Baseline against mitigated"))
        blocks.append(.paragraph([ReportSpan("Deterministic models are scored on their decisions (P(positive) > 0.5); randomised ones as expected values over their coin flips.", .muted)]))
        func row(_ name: String, _ a: Double?, _ b: Double?) -> [ReportCell] {
            let change = zip2(a, b).map { ReportNumber.difference($0.1 - $0.0) } ?? ""
            return [ReportCell(name), cell(a), cell(b), ReportCell(change)]
        }
        var rows = [row("accuracy", baseline.accuracy, mitigated.accuracy),
                    row("demographic parity difference", baseline.demographicParityDifference, mitigated.demographicParityDifference),
                    row("equalized odds difference", baseline.equalizedOddsDifference, mitigated.equalizedOddsDifference),
                    row("randomised share of rows", baseline.randomisedShare, mitigated.randomisedShare)]
        for (metric, rates) in [("selection rate", \Scores.selectionRates), ("true positive rate", \Scores.truePositiveRates),
                                ("false positive rate", \Scores.falsePositiveRates)] {
            rows += groups.map { row("\(metric), \(shown($0))", baseline[keyPath: rates][$0], mitigated[keyPath: rates][$0]) }
        }
        blocks.append(.table(ReportTable(headers: ["metric", "baseline", "mitigated", "change"], alignments: [.left, .right, .right, .right], rows: rows)))
        blocks.append(.chart(GroupedBarChart(
            title: "Accuracy and disparities, baseline and mitigated", metrics: ["baseline", "mitigated"], unit: "0 to 1; disparities: 0 is parity",
            groups: ["accuracy", "demographic parity difference", "equalized odds difference"],
            values: [[value(baseline.accuracy), value(mitigated.accuracy)],
                     [value(baseline.demographicParityDifference), value(mitigated.demographicParityDifference)],
                     [value(baseline.equalizedOddsDifference), value(mitigated.equalizedOddsDifference)]], ceiling: 1).chart()))
        for (metric, rates) in [("Selection rate", \Scores.selectionRates), ("True positive rate", \Scores.truePositiveRates),
                                ("False positive rate", \Scores.falsePositiveRates)] {
            blocks.append(.chart(GroupedBarChart(
                title: "\(metric) by \(protectedColumn), baseline and mitigated", metrics: ["baseline", "mitigated"], unit: "share of the group",
                groups: groups.map(shown), values: groups.map { [value(baseline[keyPath: rates][$0]), value(mitigated[keyPath: rates][$0])] }, ceiling: 1).chart()))
        }
        blocks.append(.heading(level: 2, text: "What the mitigator did"))
        blocks.append(.list(details.map { [ReportSpan($0)] }))
        if let modelFile { blocks.append(.paragraph([ReportSpan("The mitigated model was written to \(modelFile) (learn predict applies it).", .muted)])) }
        blocks.append(.heading(level: 2, text: "Limitations"))
        blocks.append(.list(limitations.map { [ReportSpan($0)] }))
        return ReportDocument(title: "Mitigation: \(method) on \(protectedColumn)", blocks: blocks)
    }

    private func cell(_ x: Double?) -> ReportCell { x.map { ReportCell(ReportNumber.rate($0)) } ?? ReportCell(ReportNumber.undefined, .undefined) }
    private func value(_ x: Double?) -> MetricValue { x.map(MetricValue.value) ?? .undefined(reason: "not defined on these rows") }
    private func zip2(_ a: Double?, _ b: Double?) -> (Double, Double)? { if let a, let b { return (a, b) } else { return nil } }
}
