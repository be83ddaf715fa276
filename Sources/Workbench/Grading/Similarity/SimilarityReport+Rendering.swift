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

    /// The JSON contract of `learn similarity --format json` (docs/cli.md, "JSON contracts").
    public struct JSONReport: Codable, Sendable, Equatable {
        public var formatVersion = 1
        public var threshold: Double
        public var k: Int
        public var window: Int
        public var exercises: [Exercise]
        public var pairs: [Pair]
        public var skipped: [String]

        public struct Exercise: Codable, Sendable, Equatable {
            public var id: String
            public var learners: Int
            public var pairs: Int
        }

        public struct Pair: Codable, Sendable, Equatable {
            public var rank: Int
            public var exercise: String
            public var learnerA: String
            public var learnerB: String
            public var score: Double
            public var shareOfA: Double
            public var shareOfB: Double
            public var matchedFingerprints: Int
            public var regions: [Region]

            enum CodingKeys: String, CodingKey {
                case rank, exercise, score, regions
                case learnerA = "learner_a", learnerB = "learner_b", shareOfA = "share_of_a", shareOfB = "share_of_b"
                case matchedFingerprints = "matched_fingerprints"
            }
        }

        /// Inclusive 1-based line ranges.
        public struct Region: Codable, Sendable, Equatable {
            public var linesA: [Int]
            public var linesB: [Int]
            enum CodingKeys: String, CodingKey { case linesA = "lines_a", linesB = "lines_b" }
        }

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version", threshold, k, window, exercises, pairs, skipped
        }
    }

    /// Scores rounded to 4 decimals, so the JSON is byte-identical across runs and machines.
    public var json: String {
        func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
        let report = JSONReport(
            threshold: threshold, k: k, window: window,
            exercises: exercises.map { .init(id: $0.id, learners: $0.learners, pairs: $0.pairs) },
            pairs: pairs.enumerated().map { rank, pair in
                .init(rank: rank + 1, exercise: pair.exercise, learnerA: pair.learnerA, learnerB: pair.learnerB,
                      score: round(pair.score), shareOfA: round(pair.shareOfA), shareOfB: round(pair.shareOfB),
                      matchedFingerprints: pair.matchedFingerprints,
                      regions: pair.regions.map {
                          .init(linesA: [$0.linesA.lowerBound, $0.linesA.upperBound], linesB: [$0.linesB.lowerBound, $0.linesB.upperBound])
                      })
            },
            skipped: skipped)
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
