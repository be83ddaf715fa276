/// What `learn similarity` found: the pairs at or above the threshold, most similar first
/// (ties by exercise, then learner names), and what it could not compare.
public struct SimilarityReport: Sendable {
    /// One exercise's comparison.
    public struct ExerciseSummary: Sendable, Equatable {
        public var id: String
        /// Learners who handed in a file for it.
        public var learners: Int
        /// Pairs compared: learners × (learners − 1) / 2.
        public var pairs: Int
    }

    public var threshold: Double
    public var k = SimilarityConstants.k
    public var window = SimilarityConstants.window
    public var exercises: [ExerciseSummary] = []
    /// Reported pairs, ranked.
    public var pairs: [SimilarityPair] = []
    /// Entries or files not compared, each with the reason.
    public var skipped: [String]
    /// The lines of every file in a reported pair: exercise → learner → lines.
    public var sources: [String: [String: [String]]] = [:]

    init(threshold: Double, skipped: [String]) {
        self.threshold = threshold
        self.skipped = skipped
    }

    /// `score` as a percentage with no decimals, for text and HTML.
    static func percent(_ score: Double) -> String { "\(Int((score * 100).rounded()))%" }
}
