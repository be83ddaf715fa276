import XCTest
@testable import FairKit

final class SVGNodeTests: XCTestCase {
    func testTextAndAttributesAreEscaped() {
        let hostile = "<script>alert(\"x\")</script> & 'q'"
        let node = SVGNode.element("text", [.init("data-label", hostile)], text: hostile)
        XCTAssertEqual(node.render(),
                       "<text data-label=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</text>\n")
        // Read back by an XML parser, the text is the label again, not markup.
        let root = SVGTree.parse(SVGNode.element("svg", [], [node]).render())
        XCTAssertEqual(root?.children.first?.allText, hostile)
        XCTAssertEqual(root?.children.first?.attributes["data-label"], hostile)
    }

    func testEmptyElementsAreSelfClosed() {
        XCTAssertEqual(SVGNode.element("rect", [.init("x", 1.5)]).render(), "<rect x=\"1.5\"/>\n")
    }

    func testNumbersHaveAtMostTwoDecimals() {
        XCTAssertEqual(SVGNode.number(12.3456), "12.35")
        XCTAssertEqual(SVGNode.number(4), "4")
        XCTAssertEqual(SVGNode.number(-0.001), "0")
        XCTAssertEqual(SVGNode.number(-2.5), "-2.5")
        XCTAssertEqual(SVGNode.number(0.05), "0.05")
        XCTAssertEqual(SVGNode.number(.nan), "0")
    }
}
