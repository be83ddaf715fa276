import Foundation

/// A content-derived name for cache entries: equal inputs give equal keys, and any change to any
/// input gives a new key.
enum ContentKey {
    /// A hex key over the parts, each length-prefixed so that ["ab", "c"] and ["a", "bc"] differ.
    static func of(_ parts: [Data]) -> String {
        // FNV-1a, 128 bits as two independent 64-bit lanes with different offsets.
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        func mix(_ byte: UInt8) {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3 &+ 0x9e37_79b9
        }
        for part in parts {
            withUnsafeBytes(of: UInt64(part.count).littleEndian) { $0.forEach(mix) }
            part.forEach(mix)
        }
        return String(format: "%016llx%016llx", a, b)
    }
}
