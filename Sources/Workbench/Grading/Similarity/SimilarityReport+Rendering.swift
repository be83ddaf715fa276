import Foundation

extension SimilarityReport {
    /// The plain-text report: a ranked table of pairs with their regions' lines, then the skips.
    public var text: String {
        var out = "Similarity (winnowing, k = \(k) tokens, window \(window)); pairs at or above \(Self.percent(threshold)):\n"
        for exercise in exercises {
            out += "  \(exercise.id): \(exercise.learners) learners, \(exercise.pairs) pairs compared\n"
        }
        if pairs.isEmpty { out += "No pair reached the threshold.\n" }
        for (rank, pair) in pairs.enumerated() {
            out += "\n\(rank + 1). \(pair.exercise): \(pair.learnerA) and \(pair.learnerB): \(Self.percent(pair.score)) "
                + "(\(Self.percent(pair.shareOfA)) of \(pair.learnerA)'s code, \(Self.percent(pair.shareOfB)) of \(pair.learnerB)'s)\n"
            for region in pair.regions {
                out += "   lines \(region.linesA.lowerBound)-\(region.linesA.upperBound) ~ lines \(region.linesB.lowerBound)-\(region.linesB.upperBound)\n"
            }
        }
        if !skipped.isEmpty {
            out += "\nNot compared:\n" + skipped.map { "  \($0)\n" }.joined()
        }
        return out
    }

    /// The JSON contract of `learn similarity --format json` (docs/grading-similarity.md).
    struct JSONReport: Encodable {
        var formatVersion = 1
        var threshold: Double
        var k: Int
        var window: Int
        var exercises: [Exercise]
        var pairs: [SimilarityPair]
        var skipped: [String]

        struct Exercise: Encodable {
            var id: String
            var learners: Int
            var pairs: Int
        }

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version", threshold, k, window, exercises, pairs, skipped
        }
    }

    /// The report as its JSON contract, keys sorted.
    public var json: String {
        let report = JSONReport(threshold: threshold, k: k, window: window,
                                exercises: exercises.map { .init(id: $0.id, learners: $0.learners, pairs: $0.pairs) },
                                pairs: pairs, skipped: skipped)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(report)).flatMap { String(data: $0, encoding: .utf8) }.map { $0 + "\n" } ?? "{}\n"
    }
}

extension SimilarityReport {
    /// The report as `--format` names it (`text` when `nil`); another word is a usage error.
    public func rendered(as format: String?) throws -> String {
        switch format ?? "text" {
        case "text": return text
        case "json": return json
        case "html": return html
        case let other: throw RequestFailure.usage("--format", "'\(other)' is not one of text, json, html")
        }
    }
}
