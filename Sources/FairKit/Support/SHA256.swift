import Foundation

/// The SHA-256 message digest (NIST FIPS 180-4, "Secure Hash Standard", 2015, sections 4.1.2,
/// 4.2.2, 5.1.1, 5.3.3 and 6.2), used to check that shipped data files and graded files are
/// exactly the ones expected.
///
/// The message is padded with a 1 bit, zeros, and its length in bits as a 64-bit big-endian
/// number, to a multiple of 512 bits; each 512-bit block expands to a schedule of 64 words
/// W_t = σ1(W_{t-2}) + W_{t-7} + σ0(W_{t-15}) + W_{t-16} and runs 64 rounds of
/// T1 = h + Σ1(e) + Ch(e, f, g) + K_t + W_t, T2 = Σ0(a) + Maj(a, b, c) over the eight working
/// variables, added into the running hash H0..H7.
///
/// Streaming: call `update` with the message in pieces of any size, then `finalize()` once.
/// One-shot: `SHA256.hexDigest(of: bytes)`.
///
///     var hasher = SHA256()
///     hasher.update(Array("ab".utf8))
///     hasher.update(Array("c".utf8))
///     hasher.finalize().hex  // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
public struct SHA256: Sendable {
    /// A finished digest: 32 bytes.
    public struct Digest: Sendable, Hashable, CustomStringConvertible {
        /// The 32 digest bytes, most significant first.
        public let bytes: [UInt8]

        /// The digest as 64 lower-case hexadecimal digits, as `sha256sum` prints it.
        public var hex: String { bytes.map { hexDigits($0) }.joined() }

        /// The hexadecimal digest.
        public var description: String { hex }
    }

    private var state: [UInt32] = SHA256.initialState
    /// Bytes not yet forming a whole 64-byte block.
    private var pending: [UInt8] = []
    /// Message length so far, in bytes.
    private var length: UInt64 = 0

    /// A hasher for a new message.
    public init() {
        pending.reserveCapacity(64)
    }

    /// Adds the next piece of the message.
    public mutating func update<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        length &+= UInt64(bytes.count)
        let done: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
            absorb(buffer)
            return true
        }
        if done == nil {
            Array(bytes).withUnsafeBufferPointer { absorb($0) }
        }
    }

    /// Adds the next piece of the message.
    public mutating func update(_ data: Data) {
        length &+= UInt64(data.count)
        data.withUnsafeBytes { raw in absorb(raw.bindMemory(to: UInt8.self)) }
    }

    /// Pads the message, processes the last block and returns the digest. The hasher is spent
    /// afterwards; start a new one for another message.
    public mutating func finalize() -> Digest {
        let bitLength = length &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        pending = []
        tail.withUnsafeBufferPointer { compressBlocks($0) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for word in state {
            bytes.append(contentsOf: [UInt8(word >> 24), UInt8((word >> 16) & 0xff), UInt8((word >> 8) & 0xff), UInt8(word & 0xff)])
        }
        return Digest(bytes: bytes)
    }

    /// The digest of a whole message.
    public static func hash<Bytes: Collection>(_ bytes: Bytes) -> Digest where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of a whole message as 64 lower-case hexadecimal digits.
    public static func hexDigest<Bytes: Collection>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hash(bytes).hex
    }

    /// The digest of a whole message as 64 lower-case hexadecimal digits.
    public static func hexDigest(of data: Data) -> String {
        var hasher = SHA256()
        hasher.update(data)
        return hasher.finalize().hex
    }

    // MARK: - Blocks

    /// Completes a pending partial block, then compresses whole blocks straight from `buffer`
    /// (no copy), keeping the remainder for later.
    private mutating func absorb(_ buffer: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, buffer.count)
            pending.append(contentsOf: buffer[0 ..< take])
            offset = take
            guard pending.count == 64 else { return }
            let block = pending
            block.withUnsafeBufferPointer { compressBlocks($0) }
            pending.removeAll(keepingCapacity: true)
        }
        let whole = (buffer.count - offset) / 64 * 64
        compressBlocks(UnsafeBufferPointer(rebasing: buffer[offset ..< offset + whole]))
        pending.append(contentsOf: buffer[(offset + whole)...])
    }

    /// The compression function of FIPS 180-4 section 6.2.2 on each 64-byte block of `blocks`.
    /// State, constants and the message schedule are reached through pointers set up once for
    /// all blocks, which keeps array bounds and uniqueness checks out of the 64 rounds.
    private mutating func compressBlocks(_ blocks: UnsafeBufferPointer<UInt8>) {
        guard blocks.count >= 64, let bytes = blocks.baseAddress else { return }
        state.withUnsafeMutableBufferPointer { hash in
            SHA256.roundConstants.withUnsafeBufferPointer { k in
                // The message schedule lives on the stack.
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                    for start in stride(from: 0, to: blocks.count, by: 64) {
                        let block = bytes + start
                        for t in 0..<16 {
                            let i = t * 4
                            w[t] = UInt32(block[i]) << 24 | UInt32(block[i + 1]) << 16 | UInt32(block[i + 2]) << 8 | UInt32(block[i + 3])
                        }
                        for t in 16..<64 {
                            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                            w[t] = s1 &+ w[t - 7] &+ s0 &+ w[t - 16]
                        }
                        var a = hash[0], b = hash[1], c = hash[2], d = hash[3]
                        var e = hash[4], f = hash[5], g = hash[6], h = hash[7]
                        for t in 0..<64 {
                            let bigSigma1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                            let choose = (e & f) ^ (~e & g)
                            let t1 = h &+ bigSigma1 &+ choose &+ k[t] &+ w[t]
                            let bigSigma0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                            let majority = (a & b) ^ (a & c) ^ (b & c)
                            let t2 = bigSigma0 &+ majority
                            h = g; g = f; f = e; e = d &+ t1
                            d = c; c = b; b = a; a = t1 &+ t2
                        }
                        hash[0] &+= a; hash[1] &+= b; hash[2] &+= c; hash[3] &+= d
                        hash[4] &+= e; hash[5] &+= f; hash[6] &+= g; hash[7] &+= h
                    }
                }
            }
        }
    }

    /// H(0): the first 32 bits of the fractional parts of the square roots of the first 8 primes.
    private static let initialState: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]

    /// K: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}

/// A byte as two upper- or lower-case hexadecimal digits ("0a", "FF").
func hexDigits(_ byte: UInt8, uppercase: Bool = false) -> String {
    let digits = String(byte, radix: 16, uppercase: uppercase)
    return byte < 16 ? "0" + digits : digits
}

/// Rotation right by `n` bits (ROTR^n of FIPS 180-4 section 3.2).
@inline(__always)
private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
