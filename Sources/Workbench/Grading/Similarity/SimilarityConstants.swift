/// The tuning numbers of `learn similarity`, in one place.
public enum SimilarityConstants {
    /// Tokens per k-gram: a match shorter than this is never reported. Ten normalised tokens is
    /// about one line of Swift (`let V = V . V ( V : V )`); shorter k-grams match every learner's
    /// boilerplate.
    public static let k = 10
    /// Winnowing window: any match of at least w + k - 1 = 17 tokens (about two lines) is found.
    public static let window = 8
    /// Pairs scoring at least this are reported as suspicious.
    public static let defaultThreshold = 0.5
    /// Two matched fingerprints belong to one region when they are at most this many tokens apart
    /// on both sides (a window plus a k-gram: the most winnowing can skip inside one long match).
    public static var regionGap: Int { window + k }
}
