import XCTest
@testable import Workbench

final class StyledTextTests: XCTestCase {
    private func wrap(_ text: String, _ width: Int) -> [String] {
        StyledText(text).wrapped(toWidth: width).map(\.plainText)
    }

    func testAppendMergesRunsOfTheSameStyle() {
        var text = StyledText("a")
        text.append("b")
        text.append("c", style: .bold)
        text.append("d", style: .bold)
        text.append("")
        XCTAssertEqual(text.runs, [.init(text: "ab", style: []), .init(text: "cd", style: .bold)])
    }

    func testGreedyWrapKeepsWordsWhole() {
        // "the quick brown fox jumps" at 10: "the quick" (9) + " brown" would be 15 > 10.
        XCTAssertEqual(wrap("the quick brown fox jumps", 10), ["the quick", "brown fox", "jumps"])
        // A word that exactly fills the line: "abc de" at 6 is 6 columns, one line.
        XCTAssertEqual(wrap("abc de", 6), ["abc de"])
        XCTAssertEqual(wrap("abc def", 6), ["abc", "def"])
    }

    func testSpacesCollapseAndVanishAtBreaks() {
        XCTAssertEqual(wrap("  a    b  ", 10), ["a b"])
        XCTAssertEqual(wrap("aaaa    bbbb", 5), ["aaaa", "bbbb"])
    }

    func testHardBreaksAreKept() {
        XCTAssertEqual(wrap("one\ntwo three", 20), ["one", "two three"])
        XCTAssertEqual(wrap("a\n\nb", 20), ["a", "", "b"])
    }

    func testAWordWiderThanTheLineIsCut() {
        // 12 characters at width 5: 5 + 5 + 2.
        XCTAssertEqual(wrap("see abcdefghijkl now", 5), ["see", "abcde", "fghij", "kl", "now"])
    }

    func testALongWordCanKeepItsOwnLineInstead() {
        let lines = StyledText("see https://example.org/a/long/path now").wrapped(toWidth: 10, breakingLongWords: false)
        XCTAssertEqual(lines.map(\.plainText), ["see", "https://example.org/a/long/path", "now"])
    }

    func testNoLineIsWiderThanTheWidth() {
        let text = "Demographic parity asks that P(Y^=1 | A=a) be equal for every group a; equalised odds asks it of TPR and FPR."
        for width in [1, 7, 13, 40] {
            for line in wrap(text, width) {
                XCTAssertLessThanOrEqual(line.displayWidth, width, "'\(line)' at \(width)")
            }
            // Nothing lost: the words come back in order.
            XCTAssertEqual(wrap(text, width).joined(separator: " ").split(separator: " ").joined(),
                           text.split(separator: " ").joined(), "width \(width)")
        }
    }

    func testEmptyTextHasNoLines() {
        XCTAssertEqual(StyledText().wrapped(toWidth: 10), [])
    }

    func testWrappingKeepsStylesAndTheStyleOfInnerSpaces() {
        var text = StyledText("see ")
        text.append("the docs", style: .underline)
        let lines = text.wrapped(toWidth: 7)
        // "see the" fits 7; the space before "the" was plain, the one inside the link underlined
        // but it falls at the break and disappears.
        XCTAssertEqual(lines.map(\.plainText), ["see the", "docs"])
        XCTAssertEqual(lines[0].runs, [.init(text: "see ", style: []), .init(text: "the", style: .underline)])
        XCTAssertEqual(lines[1].runs, [.init(text: "docs", style: .underline)])
        XCTAssertEqual(text.wrapped(toWidth: 20)[0].runs,
                       [.init(text: "see ", style: []), .init(text: "the docs", style: .underline)])
    }

    func testDisplayWidthCountsWideAndZeroWidthCharacters() {
        XCTAssertEqual("abc".displayWidth, 3)
        XCTAssertEqual("你好".displayWidth, 4, "CJK ideographs are wide (UAX #11 W)")
        XCTAssertEqual("ｆ".displayWidth, 2, "fullwidth forms are wide (UAX #11 F)")
        XCTAssertEqual("e\u{301}".displayWidth, 1, "e + combining acute is one grapheme, one column")
        XCTAssertEqual("😄".displayWidth, 2, "emoji presentation is wide")
        XCTAssertEqual("é".displayWidth, 1)
    }

    func testWideCharactersWrapByColumns() {
        // Four ideographs are 8 columns: at width 5 two fit per line (4 columns), a third would make 6.
        XCTAssertEqual(wrap("你好世界", 5), ["你好", "世界"])
    }

    func testPaddingAlignsByColumns() {
        XCTAssertEqual(StyledText("ab").padded(to: 5, alignment: .left).plainText, "ab   ")
        XCTAssertEqual(StyledText("ab").padded(to: 5, alignment: .right).plainText, "   ab")
        XCTAssertEqual(StyledText("ab").padded(to: 5, alignment: .center).plainText, " ab  ", "gap 3: 1 left, 2 right")
        XCTAssertEqual(StyledText("你").padded(to: 4, alignment: .left).plainText, "你  ", "a wide character takes 2 of the 4")
        XCTAssertEqual(StyledText("abcdef").padded(to: 3, alignment: .left).plainText, "abcdef", "never cut")
    }

    func testTruncationEndsInEllipsis() {
        XCTAssertEqual(StyledText("abcdefghij").truncated(toWidth: 6).plainText, "abc...")
        XCTAssertEqual(StyledText("abc").truncated(toWidth: 6).plainText, "abc")
        XCTAssertEqual(StyledText("abcdef").truncated(toWidth: 2).plainText, "ab")
        var styled = StyledText("ab", style: .bold)
        styled.append("cdefgh")
        XCTAssertEqual(styled.truncated(toWidth: 6).runs, [.init(text: "ab", style: .bold), .init(text: "c...", style: [])])
    }

    func testTrimmingTrailingSpacesAcrossRuns() {
        var text = StyledText("a ", style: .bold)
        text.append("   ")
        XCTAssertEqual(text.trimmingTrailingSpaces().runs, [.init(text: "a", style: .bold)])
    }
}
