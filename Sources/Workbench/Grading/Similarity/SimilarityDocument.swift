import Foundation

/// One learner's file for one exercise, tokenised and fingerprinted with the stub's own code
/// removed.
public struct SimilarityDocument: Sendable {
    /// The learner (their folder's or archive's name).
    public var learner: String
    /// The file as handed in, split into lines (for the side-by-side report).
    public var lines: [String]
    /// The normalised tokens.
    public var tokens: [SimilarityToken]
    /// Winnowed fingerprints whose hash is not one of the stub's k-gram hashes.
    public var fingerprints: [Winnowing.Fingerprint]

    /// Fingerprints `source`, dropping every fingerprint whose hash occurs among `stubHashes`
    /// (all k-gram hashes of the shipped stub, not only its winnowed ones, so no stub k-gram
    /// survives in a learner's file however the windows fall).
    public init(learner: String, source: String, stubHashes: Set<UInt64>,
                k: Int = SimilarityConstants.k, window: Int = SimilarityConstants.window) {
        self.learner = learner
        lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        tokens = SimilarityTokenizer.tokens(of: source)
        let hashes = Winnowing.kgramHashes(tokens.map(\.text), k: k)
        fingerprints = Winnowing.winnow(hashes, window: window).filter { !stubHashes.contains($0.hash) }
    }

    /// Every k-gram hash of `source`: what a stub contributes to `stubHashes`.
    public static func allHashes(of source: String, k: Int = SimilarityConstants.k) -> Set<UInt64> {
        Set(Winnowing.kgramHashes(SimilarityTokenizer.tokens(of: source).map(\.text), k: k))
    }

    /// 1-based first and last line of the tokens `range` covers.
    func lines(ofTokens range: ClosedRange<Int>) -> ClosedRange<Int> {
        let first = tokens[max(0, min(range.lowerBound, tokens.count - 1))].line
        let last = tokens[max(0, min(range.upperBound, tokens.count - 1))].line
        return first...max(first, last)
    }
}
