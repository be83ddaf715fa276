/// Document fingerprints by winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local
/// algorithms for document fingerprinting", SIGMOD 2003), the method behind MOSS.
///
/// 1. Hash every k-gram (k consecutive tokens) of the document: h_0 … h_{n-k}.
/// 2. Slide a window of `w` consecutive hashes over them; from each window select the minimum.
///    Robust winnowing (section 5.2) breaks ties so that plateaus of equal hashes do not flood
///    the fingerprint: if the hash selected for the previous window is still in this window and
///    is a minimum, keep it; otherwise take the rightmost minimum.
/// 3. The fingerprint is the set of selected (hash, position) pairs, each position once.
///
/// Guarantee (the paper's "density" argument): any match of at least w + k - 1 tokens shares a
/// selected hash, and no match shorter than k is ever found.
///
/// Worked example (the paper's figure 2, w = 4): hashes
/// 77 74 42 17 98 50 17 98 8 88 67 39 77 74 42 17 98 give the fingerprints
/// 17@3 17@6 8@8 39@11 17@15. With equal hashes 5 5 5 5 5 and w = 2 the robust rule selects
/// positions 1 and 3 only (rightmost-minimum alone would select 1, 2, 3 and 4).
public enum Winnowing {
    /// One selected hash and the index of its k-gram's first token.
    public struct Fingerprint: Sendable, Hashable {
        public var hash: UInt64
        public var position: Int

        public init(hash: UInt64, position: Int) {
            self.hash = hash
            self.position = position
        }
    }

    /// The hash of every k-gram of `tokens` (position i covers tokens i ..< i + k): 64-bit FNV-1a
    /// over the token texts, each followed by a 0x1F separator, so the result is the same on every
    /// machine and run (Swift's `Hasher` is seeded per process). Fewer than k tokens: one hash of
    /// them all, so a short file still has a fingerprint.
    public static func kgramHashes(_ tokens: [String], k: Int) -> [UInt64] {
        guard !tokens.isEmpty, k > 0 else { return [] }
        let span = min(k, tokens.count)
        return (0...(tokens.count - span)).map { start in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for token in tokens[start..<(start + span)] {
                for byte in token.utf8 + [0x1F] {
                    hash ^= UInt64(byte)
                    hash &*= 0x0000_0100_0000_01b3
                }
            }
            return hash
        }
    }

    /// The robust-winnowing selection from `hashes` with window `w` (see the type's comment).
    /// Fewer hashes than `w`: the window is the whole list.
    public static func winnow(_ hashes: [UInt64], window w: Int) -> [Fingerprint] {
        guard !hashes.isEmpty else { return [] }
        let width = max(1, min(w, hashes.count))
        var selected: [Fingerprint] = []
        var previous = -1
        for start in 0...(hashes.count - width) {
            let range = start..<(start + width)
            let minimum = hashes[range].min() ?? 0
            if range.contains(previous), hashes[previous] == minimum { continue }
            let rightmost = range.last(where: { hashes[$0] == minimum }) ?? start
            previous = rightmost
            selected.append(Fingerprint(hash: minimum, position: rightmost))
        }
        return selected
    }
}
