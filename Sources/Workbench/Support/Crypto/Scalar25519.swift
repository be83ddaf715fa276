/// Arithmetic modulo the order of Ed25519's base point,
/// L = 2^252 + 27742317777372353535851937790883648493 (RFC 8032 section 5.1), on little-endian
/// byte strings: the reduction of SHA-512 outputs and S = (r + k·s) mod L.
///
/// Reduction is binary long division (one bit at a time: r ← 2r + bit, minus L when r ≥ L):
/// slow next to Barrett reduction, but short and checkable. Worked example: L + 5 reduces to 5.
enum Scalar25519 {
    /// L, little-endian.
    static let order: [UInt8] = [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
    ]

    /// `bytes` (any length, little-endian) mod L, as 32 little-endian bytes.
    static func reduced(_ bytes: [UInt8]) -> [UInt8] {
        let modulus = words(order)
        var r: [UInt64] = [0, 0, 0, 0, 0]
        for byte in bytes.reversed() {
            for bit in (0..<8).reversed() {
                var carry = UInt64(byte >> UInt8(bit) & 1)
                for i in 0..<5 {
                    let next = r[i] >> 63
                    r[i] = r[i] << 1 | carry
                    carry = next
                }
                if !isLess(r, than: modulus) { r = subtract(r, modulus) }
            }
        }
        return r.prefix(4).flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) } }
    }

    /// (a·b + c) mod L for 32-byte little-endian a, b, c.
    static func multiplyAdd(_ a: [UInt8], _ b: [UInt8], _ c: [UInt8]) -> [UInt8] {
        var columns = [UInt64](repeating: 0, count: 65)
        for i in 0..<32 {
            for j in 0..<32 { columns[i + j] += UInt64(a[i]) * UInt64(b[j]) }
            columns[i] += UInt64(c[i])
        }
        var product = [UInt8](repeating: 0, count: 65)
        var carry: UInt64 = 0
        for i in 0..<65 {
            let total = columns[i] + carry
            product[i] = UInt8(truncatingIfNeeded: total)
            carry = total >> 8
        }
        return reduced(product)
    }

    /// Whether 32 little-endian bytes are below L (RFC 8032 rejects a signature whose S is not).
    static func isCanonical(_ bytes: [UInt8]) -> Bool {
        isLess(words(bytes) + [0], than: words(order))
    }

    private static func words(_ bytes: [UInt8]) -> [UInt64] {
        (0..<4).map { w in (0..<8).reduce(0) { $0 | UInt64(bytes[8 * w + $1]) << (8 * UInt64($1)) } } + [0]
    }

    private static func isLess(_ a: [UInt64], than b: [UInt64]) -> Bool {
        for i in (0..<min(a.count, b.count)).reversed() where a[i] != b[i] { return a[i] < b[i] }
        return false
    }

    private static func subtract(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var borrow: UInt64 = 0
        return zip(a, b).map { x, y in
            let (d1, o1) = x.subtractingReportingOverflow(y)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            borrow = (o1 || o2) ? 1 : 0
            return d2
        }
    }
}
