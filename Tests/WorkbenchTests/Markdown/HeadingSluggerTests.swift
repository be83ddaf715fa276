import XCTest
@testable import Workbench

/// Expected slugs come from github-slugger's published fixtures (Flet/github-slugger,
/// test/fixtures.json), which record what GitHub produced for each heading, and from the brief's
/// "## 3. Precision & recall" worked by the rule: "3. precision & recall" loses "." and "&",
/// keeping "3 precision  recall" with two spaces between the words, each space becoming "-".
final class HeadingSluggerTests: XCTestCase {
    func testBriefExample() {
        XCTAssertEqual(HeadingSlugger.baseSlug("3. Precision & recall"), "3-precision--recall")
    }

    func testPunctuationIsRemovedNotReplaced() {
        XCTAssertEqual(HeadingSlugger.baseSlug("heading with a period.txt"), "heading-with-a-periodtxt")
        XCTAssertEqual(HeadingSlugger.baseSlug("exchange.bind_headers(exchange, routing [, bindCallback])"),
                       "exchangebind_headersexchange-routing--bindcallback")
        XCTAssertEqual(HeadingSlugger.baseSlug("apostrophe’s should be trimmed"), "apostrophes-should-be-trimmed")
        XCTAssertEqual(HeadingSlugger.baseSlug(":smile: - a gemoji"), "smile---a-gemoji")
    }

    func testHyphensAndUnderscoresStay() {
        XCTAssertEqual(HeadingSlugger.baseSlug("heading with a - dash"), "heading-with-a---dash")
        XCTAssertEqual(HeadingSlugger.baseSlug("heading with an _ underscore"), "heading-with-an-_-underscore")
        XCTAssertEqual(HeadingSlugger.baseSlug("en–dash"), "endash", "an en dash is Pd, not the hyphen-minus")
    }

    func testSpacesAreNotTrimmedOrCollapsed() {
        XCTAssertEqual(HeadingSlugger.baseSlug(" a "), "-a-")
        XCTAssertEqual(HeadingSlugger.baseSlug(" "), "-")
    }

    func testNonLatinLettersStayAndSymbolsGo() {
        XCTAssertEqual(HeadingSlugger.baseSlug("Привет non-latin 你好"), "привет-non-latin-你好")
        XCTAssertEqual(HeadingSlugger.baseSlug("I ♥ unicode"), "i--unicode")
        XCTAssertEqual(HeadingSlugger.baseSlug("😄 unicode emoji"), "-unicode-emoji")
        XCTAssertEqual(HeadingSlugger.baseSlug("bravoCharlieDelta"), "bravocharliedelta")
    }

    func testDuplicatesAreNumberedLikeGitHub() {
        // fixtures.json "Repetition (1)" to "(5)", in order.
        var slugger = HeadingSlugger()
        XCTAssertEqual(["echo", "echo", "echo 1", "echo-1", "echo"].map { slugger.slug(for: $0) },
                       ["echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2"])
        // "More repetition": a heading already named like a suffixed slug.
        var other = HeadingSlugger()
        XCTAssertEqual(["foxtrot-1", "foxtrot", "foxtrot"].map { other.slug(for: $0) },
                       ["foxtrot-1", "foxtrot", "foxtrot-2"])
    }
}
