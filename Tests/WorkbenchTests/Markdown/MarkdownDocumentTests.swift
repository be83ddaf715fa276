import XCTest
@testable import Workbench

final class MarkdownDocumentTests: XCTestCase {
    private let lesson = """
        # Module 1: Foundations

        Intro text.

        ## A seeded split

        Split with a seed.

        ```markdown
        ## Not a heading (inside a fence)
        ```

        ### Why seeds matter

        Reproducibility.

        ## 3. Precision & recall

        See [the paper][p].

        ## A seeded split

        A second section with the same title.

        [p]: https://example.org/paper
        """

    func testHeadingsWithSlugsAndLines() {
        let headings = MarkdownDocument(lesson).headings
        XCTAssertEqual(headings.map(\.slug),
                       ["module-1-foundations", "a-seeded-split", "why-seeds-matter", "3-precision--recall", "a-seeded-split-1"])
        XCTAssertEqual(headings.map(\.level), [1, 2, 3, 2, 2])
        XCTAssertEqual(headings.map(\.line), [1, 5, 13, 17, 21])
        XCTAssertEqual(headings[3].text, "3. Precision & recall")
    }

    func testSlugsComeFromTheVisibleText() {
        let headings = MarkdownDocument("## The `fit` *method*\n\n## [Links](https://x.org) too").headings
        XCTAssertEqual(headings.map(\.slug), ["the-fit-method", "links-too"])
    }

    func testSetextAndNestedHeadingsCount() {
        let headings = MarkdownDocument("Title\n=====\n\n> ## Quoted\n\n- ## In a list").headings
        XCTAssertEqual(headings.map(\.slug), ["title", "quoted", "in-a-list"])
        XCTAssertEqual(headings.map(\.line), [1, 4, 6])
    }

    func testSectionRunsToTheNextHeadingOfTheSameOrHigherLevel() throws {
        let section = try MarkdownDocument(lesson).section(slug: "a-seeded-split")
        // Lines 5 to 16: the subsection "Why seeds matter" is part of it, the fence's "##" is not a heading.
        XCTAssertEqual(section.source, """
            ## A seeded split

            Split with a seed.

            ```markdown
            ## Not a heading (inside a fence)
            ```

            ### Why seeds matter

            Reproducibility.
            """)
        XCTAssertEqual(section.headings.map(\.slug), ["a-seeded-split", "why-seeds-matter"])
    }

    func testLastSectionRunsToTheEndAndKeepsLinkDefinitions() throws {
        let document = MarkdownDocument(lesson)
        let section = try document.section(slug: "3-precision--recall")
        XCTAssertEqual(MarkdownRenderer(style: .plain, width: 80).render(section), """
            3. Precision & recall
            ---------------------

            See the paper (https://example.org/paper).
            """)
        XCTAssertEqual(try document.section(slug: "a-seeded-split-1").source,
                       "## A seeded split\n\nA second section with the same title.\n\n[p]: https://example.org/paper")
    }

    func testUnknownSlugNamesTheDocumentAndTheSlugsThatExist() {
        let document = MarkdownDocument("# One\n## Two", name: "lessons/01/lesson.md")
        XCTAssertThrowsError(try document.section(slug: "three")) { error in
            XCTAssertEqual(error as? MarkdownSectionError,
                           .unknownSlug("three", document: "lessons/01/lesson.md", available: ["one", "two"]))
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix("lessons/01/lesson.md has no heading with slug 'three'; its headings' slugs are: one, two."),
                          message)
        }
        XCTAssertNil(document.heading(slug: "three"))
        XCTAssertEqual(document.heading(slug: "two")?.text, "Two")
    }
}
