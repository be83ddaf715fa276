/// A trade-off sweep as a report (`learn tradeoff --format html|markdown`): a plain-language
/// summary, the data, the trade-off chart (every point by disparity and accuracy, the Pareto front
/// joined, the recommended point marked) with its table of every point (the chart's text
/// alternative: disparity, accuracy, Pareto front, chosen). The JSON is the tradeoff
/// command's own contract, given whole.
public struct TradeoffReport: DocumentReport {
    public var protectedColumn: String
    /// The disparity measured: "demographic_parity" or "equalized_odds" (Fairlearn's difference).
    public var disparity: String
    public var trainingData: String
    /// The file compared on (nil: the training rows).
    public var testData: String?
    public var rowCount: Int
    /// The largest disparity the recommended point may have.
    public var tolerance: Double
    public var points: [TradeoffPoint]
    /// The recommended point's index, and whether it meets the tolerance.
    public var recommended: Int?
    public var meetsTolerance: Bool
    /// The command's JSON contract.
    public var jsonText: String

    public init(protectedColumn: String, disparity: String, trainingData: String, testData: String?, rowCount: Int, tolerance: Double,
                points: [TradeoffPoint], recommended: Int?, meetsTolerance: Bool, jsonText: String) {
        self.protectedColumn = protectedColumn
        self.disparity = disparity
        self.trainingData = trainingData
        self.testData = testData
        self.rowCount = rowCount
        self.tolerance = tolerance
        self.points = points
        self.recommended = recommended.flatMap { points.indices.contains($0) ? $0 : nil }
        self.meetsTolerance = meetsTolerance
        self.jsonText = jsonText
    }

    public func json() throws -> String { jsonText }

    /// "exponentiated_gradient eps=0.01".
    static func label(_ p: TradeoffPoint) -> String { [p.method, p.setting].filter { !$0.isEmpty }.joined(separator: " ") }

    var disparityName: String { disparity.replacingOccurrences(of: "_", with: " ") + " difference" }

    public var document: ReportDocument {
        let front = points.filter(\.onParetoFront).count
        var summary = ["\(points.count) models, scored on \(ReportNumber.count(rowCount)) \(testData.map { "rows of \($0)" } ?? "training rows"); "
                       + "\(front) of them are on the Pareto front (no other model is both fairer and more accurate)."]
        if let r = recommended {
            let p = points[r]
            summary.append("Recommended: \(Self.label(p)), accuracy \(ReportNumber.rate(p.accuracy)) and \(disparityName) \(ReportNumber.rate(p.disparity))"
                           + (meetsTolerance ? ": the most accurate model within the tolerance \(ReportNumber.setting(tolerance))."
                                             : ": no model meets the tolerance \(ReportNumber.setting(tolerance)), so this is the least disparate."))
        }
        if let best = points.indices.max(by: { points[$0].accuracy < points[$1].accuracy }), let r = recommended, best != r {
            summary.append("The most accurate model, \(Self.label(points[best])), has accuracy \(ReportNumber.rate(points[best].accuracy)) but \(disparityName) "
                           + "\(ReportNumber.rate(points[best].disparity)): the recommendation gives up "
                           + "\(ReportNumber.points(points[best].accuracy - points[r].accuracy)) points of accuracy for fairness.")
        }
        let blocks: [ReportBlock] = [
            .heading(level: 2, text: "Summary"), .list(summary.map { [ReportSpan($0)] }),
            .heading(level: 2, text: "Data"),
            .list([[ReportSpan("Trained on: ", .strong), ReportSpan(trainingData)],
                   [ReportSpan("Compared on: ", .strong), ReportSpan("\(testData ?? "the training rows") (\(ReportNumber.count(rowCount)) rows)")],
                   [ReportSpan("Protected column: ", .strong), ReportSpan(protectedColumn)],
                   [ReportSpan("Disparity: ", .strong), ReportSpan("\(disparityName) (Fairlearn; 0 is parity), expected values for randomised models")]]),
            .heading(level: 2, text: "Accuracy against disparity"),
            .chart(TradeoffChart(title: "Accuracy against \(disparityName) on \(protectedColumn)",
                                 candidates: points.map { .init(Self.label($0), disparity: $0.disparity, accuracy: $0.accuracy) }, chosen: recommended,
                                 disparityLabel: "\(disparityName.prefix(1).uppercased() + disparityName.dropFirst()) (lower is fairer)").chart()),
            .heading(level: 2, text: "Limitations"),
            .list([[ReportSpan("One protected column and one disparity measure; the chosen model can still differ on others (audit it with learn audit or learn card).")],
                   [ReportSpan(testData == nil ? "Scored on the training rows, which flatters every model; give --test held-out rows."
                                               : "Scored on one held-out sample; a different sample moves every point a little, so close points are not really ordered.")]]),
        ]
        return ReportDocument(title: "Fairness/accuracy trade-off on \(protectedColumn)", blocks: blocks)
    }
}
