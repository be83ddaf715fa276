/// Ed25519 signatures (RFC 8032 sections 5.1.5–5.1.7; Bernstein, Duif, Lange, Schwabe and Yang,
/// "High-speed high-security signatures", 2012), for signing course certificates.
///
/// - Key: a 32-byte secret seed. h = SHA-512(seed); s = h[0..<32] with bits 0–2 and 255
///   cleared and bit 254 set; the public key is A = [s]B, encoded (32 bytes).
/// - Sign M: r = SHA-512(h[32..<64] ‖ M) mod L, R = [r]B, k = SHA-512(R ‖ A ‖ M) mod L,
///   S = (r + k·s) mod L; the signature is R ‖ S (64 bytes).
/// - Verify: decode A and R, require S < L, and check [S]B = R + [k]A (compared as encodings,
///   which RFC 8032 allows in place of the cofactored check).
///
/// Worked example: RFC 8032 section 7.1, TEST 1 (the empty message; see Ed25519Tests).
/// Not constant time: timing may leak the key to someone who can measure many signings. A
/// teaching tool signing transcripts on the instructor's own machine accepts that; docs say so.
public enum Ed25519 {
    /// Bytes in a seed (private key) and a public key.
    public static let keyBytes = 32
    /// Bytes in a signature.
    public static let signatureBytes = 64

    /// The public key of `seed` (32 bytes); `nil` when the seed is not 32 bytes.
    public static func publicKey(seed: [UInt8]) -> [UInt8]? {
        expanded(seed).map { Edwards25519Point.base.multiplied(by: $0.scalar).encoded }
    }

    /// The signature of `message` with `seed`; `nil` when the seed is not 32 bytes.
    public static func sign(_ message: [UInt8], seed: [UInt8]) -> [UInt8]? {
        guard let key = expanded(seed) else { return nil }
        let publicKey = Edwards25519Point.base.multiplied(by: key.scalar).encoded
        let r = Scalar25519.reduced(SHA512.hash(key.prefix + message))
        let encodedR = Edwards25519Point.base.multiplied(by: r).encoded
        let k = Scalar25519.reduced(SHA512.hash(encodedR + publicKey + message))
        return encodedR + Scalar25519.multiplyAdd(k, key.scalar, r)
    }

    /// Whether `signature` is `publicKey`'s signature of `message`.
    public static func isValid(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard signature.count == signatureBytes, publicKey.count == keyBytes,
              let a = Edwards25519Point(encoded: publicKey) else { return false }
        let encodedR = Array(signature[0..<32]), s = Array(signature[32..<64])
        guard let r = Edwards25519Point(encoded: encodedR), Scalar25519.isCanonical(s) else { return false }
        let k = Scalar25519.reduced(SHA512.hash(encodedR + publicKey + message))
        return Edwards25519Point.base.multiplied(by: s).encoded == (r + a.multiplied(by: k)).encoded
    }

    /// The clamped scalar s and the nonce prefix from SHA-512(seed).
    private static func expanded(_ seed: [UInt8]) -> (scalar: [UInt8], prefix: [UInt8])? {
        guard seed.count == keyBytes else { return nil }
        let h = SHA512.hash(seed)
        var scalar = Array(h[0..<32])
        scalar[0] &= 248
        scalar[31] &= 127
        scalar[31] |= 64
        return (scalar, Array(h[32..<64]))
    }
}
