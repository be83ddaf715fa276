/// How much of two learners' files for one exercise share code.
///
/// score = |F_a ∩ F_b| / |F_a ∪ F_b| (Jaccard) over the sets of fingerprint hashes left after the
/// stub's are removed; `shareOfA` = |F_a ∩ F_b| / |F_a| (how much of A is found in B), `shareOfB`
/// likewise. Worked example: F_a = {1, 2, 3, 4}, F_b = {3, 4, 5}: score 2/5 = 0.4, shareOfA 2/4,
/// shareOfB 2/3. Either set empty (a file that is only the stub): every number is 0.
public struct SimilarityPair: Sendable, Equatable, Encodable {
    /// 1 for the most similar pair of the report; 0 until ranked.
    public var rank = 0
    public var exercise: String
    public var learnerA: String
    public var learnerB: String
    public var score: Double
    public var shareOfA: Double
    public var shareOfB: Double
    public var matchedFingerprints: Int
    /// Matching regions, in A's order.
    public var regions: [Region]

    /// Lines of A and the lines of B they match (1-based, inclusive).
    public struct Region: Sendable, Equatable, Encodable {
        public var linesA: ClosedRange<Int>
        public var linesB: ClosedRange<Int>

        /// As `{"lines_a": [first, last], "lines_b": [first, last]}`.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode([linesA.lowerBound, linesA.upperBound], forKey: .linesA)
            try container.encode([linesB.lowerBound, linesB.upperBound], forKey: .linesB)
        }

        enum CodingKeys: String, CodingKey { case linesA = "lines_a", linesB = "lines_b" }
    }

    /// The JSON contract's pair (docs/grading-similarity.md): snake_case keys, scores rounded to
    /// 4 decimals so the output is byte-identical across runs and machines.
    public func encode(to encoder: Encoder) throws {
        func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rank, forKey: .rank)
        try container.encode(exercise, forKey: .exercise)
        try container.encode(learnerA, forKey: .learnerA)
        try container.encode(learnerB, forKey: .learnerB)
        try container.encode(round(score), forKey: .score)
        try container.encode(round(shareOfA), forKey: .shareOfA)
        try container.encode(round(shareOfB), forKey: .shareOfB)
        try container.encode(matchedFingerprints, forKey: .matchedFingerprints)
        try container.encode(regions, forKey: .regions)
    }

    enum CodingKeys: String, CodingKey {
        case rank, exercise, score, regions
        case learnerA = "learner_a", learnerB = "learner_b", shareOfA = "share_of_a", shareOfB = "share_of_b"
        case matchedFingerprints = "matched_fingerprints"
    }

    /// Compares `a` with `b`.
    public init(exercise: String, _ a: SimilarityDocument, _ b: SimilarityDocument) {
        self.exercise = exercise
        learnerA = a.learner
        learnerB = b.learner
        let setA = Set(a.fingerprints.map(\.hash)), setB = Set(b.fingerprints.map(\.hash))
        let shared = setA.intersection(setB)
        matchedFingerprints = shared.count
        let union = setA.union(setB).count
        score = union == 0 ? 0 : Double(shared.count) / Double(union)
        shareOfA = setA.isEmpty ? 0 : Double(shared.count) / Double(setA.count)
        shareOfB = setB.isEmpty ? 0 : Double(shared.count) / Double(setB.count)
        regions = Self.regions(a, b, shared: shared)
    }

    /// Matched positions (first occurrence of each shared hash on each side) in A's order,
    /// merged into a region while both sides advance by at most `regionGap` tokens.
    private static func regions(_ a: SimilarityDocument, _ b: SimilarityDocument, shared: Set<UInt64>) -> [Region] {
        var firstInB: [UInt64: Int] = [:]
        for print in b.fingerprints where shared.contains(print.hash) && firstInB[print.hash] == nil {
            firstInB[print.hash] = print.position
        }
        var seen = Set<UInt64>()
        let matches: [(Int, Int)] = a.fingerprints.compactMap { print in
            guard let inB = firstInB[print.hash], seen.insert(print.hash).inserted else { return nil }
            return (print.position, inB)
        }
        let gap = SimilarityConstants.regionGap, k = SimilarityConstants.k
        var spans: [(a: ClosedRange<Int>, b: ClosedRange<Int>)] = []
        for (pa, pb) in matches {
            if let last = spans.last, pa >= last.a.upperBound - (k - 1), pa - last.a.upperBound <= gap,
               pb >= last.b.upperBound - (k - 1), pb - last.b.upperBound <= gap {
                spans[spans.count - 1] = (last.a.lowerBound...max(last.a.upperBound, pa + k - 1),
                                          last.b.lowerBound...max(last.b.upperBound, pb + k - 1))
            } else {
                spans.append((pa...(pa + k - 1), pb...(pb + k - 1)))
            }
        }
        return spans.map { Region(linesA: a.lines(ofTokens: $0.a), linesB: b.lines(ofTokens: $0.b)) }
    }
}
