import XCTest
@testable import Workbench

/// Expected trees follow the CommonMark 0.31.2 spec (https://spec.commonmark.org/0.31.2/), whose
/// examples give the HTML for each input; the section is named at each test.
final class MarkdownInlineParserTests: XCTestCase {
    private func parse(_ text: String, definitions: [String: String] = [:]) -> [MarkdownInline] {
        MarkdownInlineParser(definitions: definitions).parse(text)
    }

    func testEmphasisAndStrong() {
        // 6.2: "*foo bar*" -> <em>foo bar</em>; "__foo bar__" -> <strong>foo bar</strong>.
        XCTAssertEqual(parse("*foo bar*"), [.emphasis([.text("foo bar")])])
        XCTAssertEqual(parse("_foo bar_"), [.emphasis([.text("foo bar")])])
        XCTAssertEqual(parse("**foo bar**"), [.strong([.text("foo bar")])])
        XCTAssertEqual(parse("__foo bar__"), [.strong([.text("foo bar")])])
    }

    func testDelimitersNotFlankingStayText() {
        // 6.2: "a * foo bar*" -> literal (the first * is followed by whitespace).
        XCTAssertEqual(parse("a * foo bar*"), [.text("a * foo bar*")])
        XCTAssertEqual(parse("* a *"), [.text("* a *")])
    }

    func testIntrawordUnderscoreIsNeverEmphasisButStarIs() {
        // 6.2: "foo_bar_" -> literal; "foo*bar*" -> foo<em>bar</em>. Identifiers like
        // lesson_section stay whole in prose.
        XCTAssertEqual(parse("foo_bar_"), [.text("foo_bar_")])
        XCTAssertEqual(parse("snake_case_name"), [.text("snake_case_name")])
        XCTAssertEqual(parse("foo*bar*"), [.text("foo"), .emphasis([.text("bar")])])
    }

    func testRuleOfThreeAndNesting() {
        // 6.2: "*foo**bar**baz*" -> <em>foo<strong>bar</strong>baz</em>
        XCTAssertEqual(parse("*foo**bar**baz*"),
                       [.emphasis([.text("foo"), .strong([.text("bar")]), .text("baz")])])
        // "*foo**bar*" -> <em>foo**bar</em> (the ** can both open and close; 1 + 2 is a multiple of 3)
        XCTAssertEqual(parse("*foo**bar*"), [.emphasis([.text("foo**bar")])])
        // "***strong emph***" -> <em><strong>strong emph</strong></em>
        XCTAssertEqual(parse("***strong emph***"), [.emphasis([.strong([.text("strong emph")])])])
    }

    func testUnbalancedDelimitersLeaveTheExcess() {
        // 6.2: "**foo*" -> *<em>foo</em>; "*foo**" -> <em>foo</em>*
        XCTAssertEqual(parse("**foo*"), [.text("*"), .emphasis([.text("foo")])])
        XCTAssertEqual(parse("*foo**"), [.emphasis([.text("foo")]), .text("*")])
    }

    func testCodeSpans() {
        // 6.1: "`foo`" -> <code>foo</code>; "`` foo ` bar ``" -> <code>foo ` bar</code>;
        // an unmatched backtick run is literal.
        XCTAssertEqual(parse("`foo`"), [.code("foo")])
        XCTAssertEqual(parse("`` foo ` bar ``"), [.code("foo ` bar")])
        XCTAssertEqual(parse("`*not emphasis*`"), [.code("*not emphasis*")])
        XCTAssertEqual(parse("```foo``"), [.text("```foo``")])
        XCTAssertEqual(parse("`a\nb`"), [.code("a b")], "a line ending in a code span is a space")
    }

    func testBackslashEscapes() {
        // 2.4: "\*not emphasized*" -> *not emphasized*
        XCTAssertEqual(parse("\\*not emphasized*"), [.text("*not emphasized*")])
        XCTAssertEqual(parse("\\a"), [.text("\\a")], "only ASCII punctuation is escapable")
    }

    func testInlineLinks() {
        // 6.3: [link](/uri "title") -> <a href="/uri" title="title">link</a>; <...> destinations may hold spaces.
        XCTAssertEqual(parse("[link](/uri \"title\")"), [.link(text: [.text("link")], destination: "/uri")])
        XCTAssertEqual(parse("[link](</my uri>)"), [.link(text: [.text("link")], destination: "/my uri")])
        XCTAssertEqual(parse("[a](https://x.org/f(1))"), [.link(text: [.text("a")], destination: "https://x.org/f(1)")],
                       "balanced parentheses belong to the destination")
        XCTAssertEqual(parse("[*em* link](u)"), [.link(text: [.emphasis([.text("em")]), .text(" link")], destination: "u")])
    }

    func testLinksDoNotNest() {
        // 6.3: "[foo [bar](/uri)](/uri)" -> [foo <a href="/uri">bar</a>](/uri)
        XCTAssertEqual(parse("[foo [bar](/uri)](/uri)"),
                       [.text("[foo "), .link(text: [.text("bar")], destination: "/uri"), .text("](/uri)")])
    }

    func testBracketsWithoutTargetStayText() {
        XCTAssertEqual(parse("[x] done"), [.text("[x] done")])
        XCTAssertEqual(parse("a ] b"), [.text("a ] b")])
    }

    func testReferenceLinks() {
        let definitions = ["foo": "/url", "bar baz": "/other"]
        XCTAssertEqual(parse("[text][foo]", definitions: definitions), [.link(text: [.text("text")], destination: "/url")])
        XCTAssertEqual(parse("[Foo][]", definitions: definitions), [.link(text: [.text("Foo")], destination: "/url")],
                       "collapsed reference, labels match case-insensitively")
        XCTAssertEqual(parse("[Bar  Baz]", definitions: definitions), [.link(text: [.text("Bar  Baz")], destination: "/other")],
                       "shortcut reference, inner whitespace collapsed")
    }

    func testImages() {
        XCTAssertEqual(parse("![a chart](chart.png)"), [.image(alt: [.text("a chart")], destination: "chart.png")])
    }

    func testAutolinks() {
        // 6.5: "<https://foo.bar.baz>" is a link; "<foo@bar.example.com>" a mailto link.
        XCTAssertEqual(parse("<https://foo.bar.baz>"),
                       [.link(text: [.text("https://foo.bar.baz")], destination: "https://foo.bar.baz")])
        XCTAssertEqual(parse("<foo@bar.example.com>"),
                       [.link(text: [.text("foo@bar.example.com")], destination: "mailto:foo@bar.example.com")])
    }

    func testInlineHTMLIsText() {
        XCTAssertEqual(parse("H<sub>2</sub>O <br>"), [.text("H<sub>2</sub>O <br>")])
        XCTAssertEqual(parse("a < b"), [.text("a < b")])
    }

    func testLineBreaks() {
        // 6.7: two trailing spaces or a backslash make a hard break; otherwise a soft one.
        XCTAssertEqual(parse("foo  \nbaz"), [.text("foo"), .hardBreak, .text("baz")])
        XCTAssertEqual(parse("foo\\\nbaz"), [.text("foo"), .hardBreak, .text("baz")])
        XCTAssertEqual(parse("foo \n  baz"), [.text("foo"), .softBreak, .text("baz")])
    }

    func testPlainTextDropsMarkupImagesAndTags() {
        XCTAssertEqual(parse("The `fit` *method* [here](u) ![i](p) <em>x</em>").plainText, "The fit method here  x")
    }
}
