import Foundation
import XCTest
@testable import FairKit

/// Expected digests are the NIST example values for SHA-256 (FIPS 180-2 appendix B and
/// csrc.nist.gov "Examples with Intermediate Values"); the 768-byte pattern's digest comes from
/// Python's hashlib: `hashlib.sha256(bytes(range(256)) * 3).hexdigest()`.
final class SHA256Tests: XCTestCase {
    private let fourFortyEightBits = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    private let eightNinetySixBits = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"

    func testNISTShortVectors() {
        XCTAssertEqual(SHA256.hexDigest(of: Array("abc".utf8)),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hexDigest(of: [UInt8]()),
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // 56 bytes: the padding no longer fits in the first block, so a second block is needed.
        XCTAssertEqual(SHA256.hexDigest(of: Array(fourFortyEightBits.utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hexDigest(of: Array(eightNinetySixBits.utf8)),
                       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    func testOneMillionAs() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        XCTAssertEqual(SHA256.hexDigest(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)), expected)
        XCTAssertEqual(SHA256.hexDigest(of: Data(repeating: UInt8(ascii: "a"), count: 1_000_000)), expected)
        // Streamed in uneven pieces that straddle block boundaries.
        var hasher = SHA256()
        var remaining = 1_000_000
        var piece = 1
        while remaining > 0 {
            let n = min(piece, remaining)
            hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: n))
            remaining -= n
            piece = piece * 3 % 1000 + 1
        }
        XCTAssertEqual(hasher.finalize().hex, expected)
    }

    func testStreamingEqualsOneShotAtEverySplitPoint() {
        let message = Array(eightNinetySixBits.utf8)
        for cut in 0...message.count {
            var hasher = SHA256()
            hasher.update(message[..<cut])
            hasher.update(message[cut...])
            XCTAssertEqual(hasher.finalize().hex,
                           "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1", "split at \(cut)")
        }
    }

    func testNonContiguousCollectionAndDigestBytes() {
        let pattern = (0..<3).lazy.flatMap { _ in (0...255).lazy.map { UInt8($0) } }
        let digest = SHA256.hash(pattern)
        XCTAssertEqual(digest.hex, "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363")
        XCTAssertEqual(digest.bytes.count, 32)
        XCTAssertEqual(digest.bytes.first, 0xf3)
        XCTAssertEqual(digest.description, digest.hex)
    }
}
