import FairKit
import Foundation

/// A content-derived name for cache entries: equal inputs give equal keys, and any change to any
/// input gives a new key (SHA-256, so no learner file can be crafted to collide with another).
enum ContentKey {
    /// The hex SHA-256 of the parts, each length-prefixed so that ["ab", "c"] and ["a", "bc"] differ.
    static func of(_ parts: [Data]) -> String {
        var hash = SHA256()
        for part in parts {
            withUnsafeBytes(of: UInt64(part.count).littleEndian) { hash.update($0) }
            hash.update(part)
        }
        return hash.finalize().hex
    }
}
