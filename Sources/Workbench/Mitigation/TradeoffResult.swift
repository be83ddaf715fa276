import FairKit
import Foundation

/// What `learn tradeoff` found: every point of the sweep (method, setting, accuracy and disparity
/// on the compared rows, as `TradeoffSweep` scores them, whether it is on the Pareto front) and the recommended one.
public struct TradeoffResult: Sendable {
    public let protectedColumn: String
    public let constraint: String
    /// The Fairlearn disparity measured ("demographic_parity" or "equalized_odds").
    public let disparity: String
    public let rowsCompared: String
    public let rowCount: Int
    public let tolerance: Double
    public let points: [TradeoffPoint]
    public let recommendation: TradeoffFront.Recommendation?
    /// The JSON file written with `--out`.
    public internal(set) var jsonFile: URL?

    /// A table of the points, `*` marking the Pareto front, and the recommendation.
    public func summaryLines() -> [String] {
        var lines = ["Trade-off on the \(rowsCompared) rows (\(rowCount)), protected '\(protectedColumn)', disparity \(disparity):",
                     "  " + "method".padding(toLength: 24, withPad: " ", startingAt: 0) + "setting".padding(toLength: 22, withPad: " ", startingAt: 0)
                         + "accuracy  disparity  front"]
        for p in points {
            lines.append("  " + p.method.padding(toLength: 24, withPad: " ", startingAt: 0) + p.setting.padding(toLength: 22, withPad: " ", startingAt: 0)
                         + String(format: "%8.4f  %9.4f  ", p.accuracy, p.disparity) + (p.onParetoFront ? "*" : ""))
        }
        if let r = recommendation {
            let p = points[r.index]
            lines.append("Recommended: \(p.method) \(p.setting)".trimmingCharacters(in: .whitespaces)
                         + String(format: " (accuracy %.4f, disparity %.4f)", p.accuracy, p.disparity)
                         + (r.meetsTolerance ? String(format: ", within the tolerance %g.", tolerance)
                                             : String(format: "; no point meets the tolerance %g, this is the least disparate.", tolerance)))
        }
        return lines + filesWritten
    }

    /// One line per file written (the sweep JSON), also shown after a report.
    public var filesWritten: [String] {
        jsonFile.map { ["Wrote \($0.lastPathComponent)."] } ?? []
    }

    /// The JSON contract of docs/cli.md ("learn tradeoff --format json").
    public func json() throws -> String {
        struct Point: Encodable { let method: String, setting: String, accuracy: Double, disparity: Double, pareto: Bool }
        struct Recommended: Encodable { let index: Int, meets_tolerance: Bool }
        struct Document: Encodable {
            let format_version: Int, protected: String, constraint: String, disparity: String, rows_compared: String, rows: Int
            let tolerance: Double, points: [Point], pareto_front: [Int], recommended: Recommended?
            func encode(to encoder: any Encoder) throws {
                enum Key: String, CodingKey { case format_version, protected, constraint, disparity, rows_compared, rows, tolerance, points, pareto_front, recommended }
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(format_version, forKey: .format_version)
                try c.encode(protected, forKey: .protected)
                try c.encode(constraint, forKey: .constraint)
                try c.encode(disparity, forKey: .disparity)
                try c.encode(rows_compared, forKey: .rows_compared)
                try c.encode(rows, forKey: .rows)
                try c.encode(tolerance, forKey: .tolerance)
                try c.encode(points, forKey: .points)
                try c.encode(pareto_front, forKey: .pareto_front)
                try c.encode(recommended, forKey: .recommended)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(
            format_version: 1, protected: protectedColumn, constraint: constraint, disparity: disparity, rows_compared: rowsCompared, rows: rowCount,
            tolerance: tolerance, points: points.map { Point(method: $0.method, setting: $0.setting, accuracy: $0.accuracy, disparity: $0.disparity, pareto: $0.onParetoFront) },
            pareto_front: points.indices.filter { points[$0].onParetoFront },
            recommended: recommendation.map { Recommended(index: $0.index, meets_tolerance: $0.meetsTolerance) })), as: UTF8.self) + "\n"
    }

    /// The sweep on the report route (`learn tradeoff --format markdown|html`): `TradeoffReport`,
    /// the trade-off chart with its Pareto front and recommended point, and the points table.
    public func report(data: String, test: String?) throws -> PreparedReport {
        let report = TradeoffReport(protectedColumn: protectedColumn, disparity: disparity, trainingData: data, testData: test, rowCount: rowCount,
                                    tolerance: tolerance, points: points,
                                    recommended: recommendation?.index, meetsTolerance: recommendation?.meetsTolerance ?? false, jsonText: try json())
        return PreparedReport(report, name: "the trade-off report", findings: points.count, finding: "point")
    }
}
