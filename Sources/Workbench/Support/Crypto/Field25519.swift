/// An element of the field of integers modulo p = 2^255 − 19 (RFC 8032 section 5.1), which
/// Ed25519's curve coordinates live in.
///
/// Representation: five 51-bit limbs, value = l0 + l1·2^51 + l2·2^102 + l3·2^153 + l4·2^204.
/// Since 2^255 ≡ 19 (mod p), a product's limbs past the fifth fold back multiplied by 19, and
/// a carry out of the top limb re-enters the bottom one times 19. Limbs stay below 2^52 between
/// operations, so a product of two limbs fits easily in 128 bits.
///
/// Worked example: (p − 1) + 2 = 1, since p − 1 ≡ −1.
///
/// Not constant time: `inverted` and the comparisons branch on secret values. Fine for
/// signing transcripts in a teaching tool, never for a server holding keys under attack.
struct Field25519: Equatable, Sendable {
    var limbs: (UInt64, UInt64, UInt64, UInt64, UInt64)

    static let mask: UInt64 = (1 << 51) - 1
    static let zero = Field25519(limbs: (0, 0, 0, 0, 0))
    static let one = Field25519(limbs: (1, 0, 0, 0, 0))

    init(limbs: (UInt64, UInt64, UInt64, UInt64, UInt64)) { self.limbs = limbs }

    /// A small constant (below 2^51).
    init(_ small: UInt64) { self.init(limbs: (small, 0, 0, 0, 0)) }

    /// The 255 low bits of 32 little-endian bytes (the top bit is ignored; callers check it).
    init(bytes: [UInt8]) {
        func word(_ at: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) } }
        let w0 = word(0), w1 = word(8), w2 = word(16), w3 = word(24)
        limbs = (w0 & Self.mask, (w0 >> 51 | w1 << 13) & Self.mask, (w1 >> 38 | w2 << 26) & Self.mask,
                 (w2 >> 25 | w3 << 39) & Self.mask, (w3 >> 12) & Self.mask)
    }

    static func == (a: Field25519, b: Field25519) -> Bool { a.bytes == b.bytes }

    private mutating func carried() -> Field25519 {
        var l = [limbs.0, limbs.1, limbs.2, limbs.3, limbs.4]
        // Usually one pass leaves every limb below 2^51; the top carry folded back as 19 can
        // overflow limb 0 again, so repeat until none is over (at most three passes).
        repeat {
            for i in 0..<4 { l[i + 1] += l[i] >> 51; l[i] &= Self.mask }
            l[0] += 19 * (l[4] >> 51); l[4] &= Self.mask
        } while l.contains { $0 > Self.mask }
        limbs = (l[0], l[1], l[2], l[3], l[4])
        return self
    }

    /// The canonical 32-byte little-endian encoding (the value reduced below p).
    var bytes: [UInt8] {
        var copy = self
        _ = copy.carried()
        var l = [copy.limbs.0, copy.limbs.1, copy.limbs.2, copy.limbs.3, copy.limbs.4]
        // Every limb is below 2^51, so value < 2^255; it is ≥ p only in [p, 2^255): subtract p once.
        if l[0] >= Self.mask - 18 && l[1] == Self.mask && l[2] == Self.mask && l[3] == Self.mask && l[4] == Self.mask {
            l = [l[0] - (Self.mask - 18), 0, 0, 0, 0]
        }
        let words = [l[0] | l[1] << 51, l[1] >> 13 | l[2] << 38, l[2] >> 26 | l[3] << 25, l[3] >> 39 | l[4] << 12]
        return words.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) } }
    }

    var isNegative: Bool { bytes[0] & 1 == 1 }

    static func + (a: Field25519, b: Field25519) -> Field25519 {
        var sum = Field25519(limbs: (a.limbs.0 + b.limbs.0, a.limbs.1 + b.limbs.1, a.limbs.2 + b.limbs.2,
                                     a.limbs.3 + b.limbs.3, a.limbs.4 + b.limbs.4))
        return sum.carried()
    }

    /// a − b as a + 4p − b, so no limb goes negative (b's limbs are below 2^52 < 4p's).
    static func - (a: Field25519, b: Field25519) -> Field25519 {
        let low: UInt64 = 4 * ((1 << 51) - 19), high: UInt64 = 4 * ((1 << 51) - 1)
        var difference = Field25519(limbs: (a.limbs.0 + low - b.limbs.0, a.limbs.1 + high - b.limbs.1, a.limbs.2 + high - b.limbs.2,
                                            a.limbs.3 + high - b.limbs.3, a.limbs.4 + high - b.limbs.4))
        return difference.carried()
    }

    static prefix func - (a: Field25519) -> Field25519 { .zero - a }

    static func * (a: Field25519, b: Field25519) -> Field25519 {
        let x = [a.limbs.0, a.limbs.1, a.limbs.2, a.limbs.3, a.limbs.4].map { UInt128($0) }
        let y = [b.limbs.0, b.limbs.1, b.limbs.2, b.limbs.3, b.limbs.4].map { UInt128($0) }
        var r = [UInt128](repeating: 0, count: 5)
        for i in 0..<5 {
            for j in 0..<5 {
                let product = x[i] * y[j]
                if i + j < 5 { r[i + j] += product } else { r[i + j - 5] += 19 * product }
            }
        }
        for i in 0..<4 { r[i + 1] += r[i] >> 51; r[i] &= UInt128(mask) }
        r[0] += 19 * (r[4] >> 51); r[4] &= UInt128(mask)
        r[1] += r[0] >> 51; r[0] &= UInt128(mask)   // every limb now below 2^52: fits in 64 bits
        var result = Field25519(limbs: (UInt64(r[0]), UInt64(r[1]), UInt64(r[2]), UInt64(r[3]), UInt64(r[4])))
        return result.carried()
    }

    /// self^e, e given as little-endian bytes (square and multiply).
    func power(_ exponent: [UInt8]) -> Field25519 {
        var result = Field25519.one
        for byte in exponent.reversed() {
            for bit in (0..<8).reversed() {
                result = result * result
                if byte >> UInt8(bit) & 1 == 1 { result = result * self }
            }
        }
        return result
    }

    /// Little-endian bytes of 2^bits − `subtract` (the exponents below are all of that form).
    private static func powerOfTwo(minus subtract: UInt8, bits: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0xff, count: 32)
        bytes[0] = 0xff - subtract + 1
        bytes[31] = UInt8((1 << (bits - 248)) - 1)
        return bytes
    }

    /// 1/self = self^(p − 2) (Fermat); zero maps to zero.
    var inverted: Field25519 { power(Self.powerOfTwo(minus: 21, bits: 255)) }
    /// (p − 5)/8 = 2^252 − 3, for square roots.
    static let rootExponent = powerOfTwo(minus: 3, bits: 252)
    /// √−1 = 2^((p − 1)/4), (p − 1)/4 = 2^253 − 5.
    static let squareRootOfMinusOne = Field25519(2).power(powerOfTwo(minus: 5, bits: 253))
}
