import FairKit
import XCTest
@testable import Workbench

/// Random Markdown-like input (seeded, so failures reproduce): the renderer must terminate without
/// crashing at every width, plain output must carry no escape codes, and styling must not change
/// the layout.
final class MarkdownRobustnessTests: XCTestCase {
    private static let pieces = ["*", "**", "_", "`", "```", "[", "]", "(", ")", "![", "<", ">", "|", "\\", "-", "---",
                                 "#", "## ", "1. ", "- ", "> ", "    ", "\t", "\n", "\n\n", " ", "  \n", "word", "x",
                                 "你", "é", "https://a.b", "|---|", ":-:", "<!--", "-->", "[r]: /u"]

    func testRandomDocumentsRenderAtEveryWidth() {
        var generator = SeededGenerator(seed: 20_261_123)
        for _ in 0..<300 {
            let length = 1 + generator.nextInt(below: 60)
            let source = (0..<length).map { _ in Self.pieces[generator.nextInt(below: Self.pieces.count)] }.joined()
            let width = 1 + generator.nextInt(below: 90)
            let plain = MarkdownRenderer(style: .plain, width: width).render(source)
            let styled = MarkdownRenderer(style: TerminalStyle(isEnabled: true), width: width).render(source)
            XCTAssertFalse(plain.contains("\u{1B}"), "escape in plain output of \(source.debugDescription)")
            XCTAssertEqual(removingEscapes(styled), plain, "layout changed by styling for \(source.debugDescription) at \(width)")
            let document = MarkdownDocument(source)
            for heading in document.headings {
                XCTAssertNoThrow(try document.section(slug: heading.slug), "section of \(heading.slug) in \(source.debugDescription)")
            }
        }
    }
}
