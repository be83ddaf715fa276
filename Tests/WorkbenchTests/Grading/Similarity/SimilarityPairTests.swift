import XCTest
@testable import Workbench

final class SimilarityPairTests: XCTestCase {
    static let stub = """
        /// Returns the share of positive predictions in each group.
        func selectionRates(predictions: [Int], groups: [String]) -> [String: Double] {
            // TODO: count positives per group
            return [:]
        }
        """

    static let solution = """
        /// Returns the share of positive predictions in each group.
        func selectionRates(predictions: [Int], groups: [String]) -> [String: Double] {
            var positives: [String: Int] = [:]
            var totals: [String: Int] = [:]
            for (prediction, group) in zip(predictions, groups) {
                totals[group, default: 0] += 1
                if prediction == 1 { positives[group, default: 0] += 1 }
            }
            var rates: [String: Double] = [:]
            for (group, total) in totals {
                rates[group] = Double(positives[group] ?? 0) / Double(total)
            }
            return rates
        }
        """

    /// The same program: every local renamed, comments changed, whitespace and line breaks moved.
    static let renamed = """
        // my own work!
        func selectionRates(predictions: [Int], groups: [String]) -> [String: Double] {
          var hits: [String: Int] = [:]
              var counts: [String: Int]  =  [:]
          for (p, g) in zip(predictions, groups) { counts[g, default: 0] += 1
            if p == 1 {
              hits[g, default: 0] += 1 } }
          var out: [String: Double] = [:]
          for (g, n) in counts { out[g] = Double(hits[g] ?? 42) / Double(n) }   // different literal too
          return out
        }
        """

    /// A different algorithm for the same exercise.
    static let unrelated = """
        func selectionRates(predictions: [Int], groups: [String]) -> [String: Double] {
            let keys = Set(groups).sorted()
            return Dictionary(uniqueKeysWithValues: keys.map { key in
                let picked = groups.indices.filter { groups[$0] == key }
                let mean = picked.isEmpty ? 0 : Double(picked.reduce(0) { $0 + predictions[$1] }) / Double(picked.count)
                return (key, mean)
            })
        }
        """

    private func pair(_ a: String, _ b: String, stub: String = stub) -> SimilarityPair {
        let stubHashes = SimilarityDocument.allHashes(of: stub)
        return SimilarityPair(exercise: "rates", SimilarityDocument(learner: "a", source: a, stubHashes: stubHashes),
                              SimilarityDocument(learner: "b", source: b, stubHashes: stubHashes))
    }

    func testRenamedVariablesAndMovedWhitespaceStillMatchCompletely() {
        let result = pair(Self.solution, Self.renamed)
        XCTAssertEqual(result.score, 1, "normalised token sequences are identical, so are the fingerprints")
        XCTAssertFalse(result.regions.isEmpty)
    }

    func testAnUnrelatedSolutionScoresLow() {
        XCTAssertLessThan(pair(Self.solution, Self.unrelated).score, 0.2)
    }

    func testTheStubAloneScoresZero() {
        let result = pair(Self.stub, Self.stub)
        XCTAssertEqual(result.score, 0)
        XCTAssertEqual(result.matchedFingerprints, 0)
        XCTAssertEqual(pair(Self.stub, Self.solution).score, 0)
    }

    func testTheStubsCodeIsNotCountedAsShared() {
        // Without stub exclusion the shared signature line alone would match the two files.
        let withoutExclusion = pair(Self.solution, Self.unrelated, stub: "")
        let withExclusion = pair(Self.solution, Self.unrelated)
        XCTAssertGreaterThan(withoutExclusion.matchedFingerprints, withExclusion.matchedFingerprints)
        XCTAssertEqual(withExclusion.matchedFingerprints, 0)
    }

    func testScoresFollowTheJaccardFormula() {
        let result = pair(Self.solution, Self.solution + "\n" + Self.unrelated.replacingOccurrences(of: "selectionRates", with: "other"))
        // Every fingerprint of A is in B, so shareOfA = 1 and score = |A| / |B| = shareOfB.
        XCTAssertEqual(result.shareOfA, 1)
        XCTAssertEqual(result.score, result.shareOfB, accuracy: 1e-12)
        XCTAssertLessThan(result.score, 1)
    }
}
