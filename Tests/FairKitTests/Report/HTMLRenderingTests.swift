import XCTest
@testable import FairKit

final class HTMLRenderingTests: XCTestCase {
    func testTextAndAttributesAreEscaped() {
        XCTAssertEqual(HTMLNode.escape("<script>alert('x') & \"y\"</script>"),
                       "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
        let cell = HTMLNode.element("td", [.init("title", "a\" onmouseover=\"evil()")], text: "<b>")
        XCTAssertEqual(cell.render(), "<td title=\"a&quot; onmouseover=&quot;evil()\">&lt;b&gt;</td>\n", "a block ends its line")
        XCTAssertEqual(HTMLNode.element("br").render(), "<br>", "void elements have no end tag")
    }

    func testAPageIsSelfContained() {
        let page = HTMLDocument(title: "T <1>", styleSheet: "p { color: red; }", body: [.element("p", text: "hi")]).render()
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(page.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(page.contains("<title>T &lt;1&gt;</title>"))
        XCTAssertTrue(page.contains("<style>\np { color: red; }\n</style>"))
        XCTAssertTrue(page.hasSuffix("</body>\n</html>\n"))
        // A style sheet that could close its element is refused.
        XCTAssertFalse(HTMLDocument(title: "t", styleSheet: "</style><script>", body: []).render().contains("<script>"))
    }

    func testADocumentBecomesClassedElements() {
        let document = ReportDocument(title: "A", blocks: [
            .paragraph([ReportSpan("x", .muted)]),
            .table(ReportTable(headers: ["g", "v"], alignments: [.left, .right],
                               rows: [[ReportCell("<script>"), ReportCell("undefined", .undefined, note: "no \"rows\"")]])),
        ])
        let html = document.html()
        XCTAssertTrue(html.contains("<p><span class=\"muted\">x</span></p>"))
        XCTAssertTrue(html.contains("<th class=\"num\" scope=\"col\">v</th>"))
        XCTAssertTrue(html.contains("<td>&lt;script&gt;</td>"))
        XCTAssertTrue(html.contains("<td class=\"num undefined\" title=\"no &quot;rows&quot;\">undefined</td>"))
        XCTAssertFalse(html.contains("<script>"))
    }
}
