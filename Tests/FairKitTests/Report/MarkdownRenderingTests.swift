import XCTest
@testable import FairKit

final class MarkdownRenderingTests: XCTestCase {
    func testTextIsEscapedSoThatItNeverBecomesMarkup() {
        XCTAssertEqual(MarkdownText.escape("a|b <i>x</i>"), "a\\|b \\<i\\>x\\</i\\>")
        XCTAssertEqual(MarkdownText.escape("*bold* _it_ `code` [link](u) # ~"), "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](u) \\# \\~")
        XCTAssertEqual(MarkdownText.escape("R&D &lt;"), "R&amp;D &amp;lt;")
        XCTAssertEqual(MarkdownText.escape("two\nlines"), "two lines")
        XCTAssertEqual(MarkdownText.escape("- item", atLineStart: true), "\\- item")
        XCTAssertEqual(MarkdownText.escape("1. first", atLineStart: true), "1\\. first")
        XCTAssertEqual(MarkdownText.escape("1. first"), "1. first", "only a line's start can open a list")
        XCTAssertEqual(MarkdownText.styled("Data: ", .strong), "**Data:** ", "CommonMark needs the space outside the markers")
    }

    func testATableWithPipesAndLineBreaksInItsValuesKeepsItsShape() {
        let lines = MarkdownTable(headers: ["group", "rows"], alignments: [.left, .right],
                                  rows: [["a|b", "12"], [MarkdownTable.Cell("x\ny", style: .strong), "3"], ["short"]]).lines()
        XCTAssertEqual(lines, [
            "| group   | rows |",
            "|---------|-----:|",
            "| a\\|b    |   12 |",
            "| **x y** |    3 |",
            "| short   |      |",
        ])
        // Every row has exactly the header's unescaped pipes: 3 for 2 columns.
        for line in lines {
            XCTAssertEqual(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count, 3, line)
        }
    }

    func testADocumentRendersEveryBlockKind() {
        let document = ReportDocument(title: "Audit of <data>", blocks: [
            .heading(level: 2, text: "sex"),
            .paragraph([ReportSpan("Reference: ", .strong), ReportSpan("sex=Male")]),
            .list([[ReportSpan("undefined: ", .undefined), ReportSpan("no rows")]]),
            .table(ReportTable(headers: ["g", "v"], alignments: [.left, .right],
                               rows: [[ReportCell("a"), ReportCell("0.40 !", .flag)], [ReportCell("b"), ReportCell("(ref)", .reference)]])),
        ])
        XCTAssertEqual(document.markdown(), """
            # Audit of \\<data\\>

            ## sex

            **Reference:** sex=Male

            - *undefined:* no rows

            | g   |          v |
            |-----|-----------:|
            | a   | **0.40 !** |
            | b   |    *(ref)* |

            """)
    }
}
