import XCTest
@testable import Workbench

final class WinnowingTests: XCTestCase {
    func testTokensNormaliseIdentifiersAndLiteralsAndDropComments() {
        let tokens = SimilarityTokenizer.tokens(of: "let total = count + 1.5 // sum\nvar s = \"hi \\(x) there\" /* c */\n")
        // By hand: `let V = V + N` on line 1; `var V = S` for the string's head, `V` inside the
        // interpolation (code), and nothing for the blanked tail `) there"` or the comment.
        XCTAssertEqual(tokens.map(\.text), ["let", "V", "=", "V", "+", "N", "var", "V", "=", "S", "V"])
        XCTAssertEqual(tokens.map(\.line), [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2])
    }

    func testKgramHashesAreFNV1aOverTokensAndSeparators() {
        // FNV-1a 64 of the bytes 61 1f ("a" and the separator), computed with Python's integers.
        XCTAssertEqual(Winnowing.kgramHashes(["a"], k: 1), [0x089b_e907_b544_fdc9])
        // "let", "V" as one 2-gram: FNV-1a 64 of "let\u{1f}V\u{1f}".
        XCTAssertEqual(Winnowing.kgramHashes(["let", "V", "="], k: 2).first, 0x90e9_8918_16d0_ea7c)
        XCTAssertEqual(Winnowing.kgramHashes(["let", "V", "=", "N"], k: 2).count, 3)   // n − k + 1
        XCTAssertEqual(Winnowing.kgramHashes(["let"], k: 5).count, 1)   // shorter than k: one hash
    }

    func testThePapersExample() {
        // Schleimer et al. 2003, figure 2(e)-(f), w = 4.
        let hashes: [UInt64] = [77, 74, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77, 74, 42, 17, 98]
        let selected = Winnowing.winnow(hashes, window: 4)
        XCTAssertEqual(selected.map(\.hash), [17, 17, 8, 39, 17])
        XCTAssertEqual(selected.map(\.position), [3, 6, 8, 11, 15])
    }

    func testRobustWinnowingKeepsThePreviousMinimumOnAPlateau() {
        // Windows (w = 2) over positions 0-4 of equal hashes: [0,1] takes the rightmost, 1;
        // [1,2] keeps 1; [2,3] no longer holds 1, takes 3; [3,4] keeps 3.
        XCTAssertEqual(Winnowing.winnow([5, 5, 5, 5, 5], window: 2).map(\.position), [1, 3])
    }
}
