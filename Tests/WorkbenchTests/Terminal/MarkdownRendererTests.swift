import XCTest
@testable import Workbench

/// Expected renderings are written out by hand from the layout rules in `MarkdownRenderer`'s
/// documentation; widths are chosen so that the wrap points can be counted.
final class MarkdownRendererTests: XCTestCase {
    private func plain(_ markdown: String, width: Int = 40) -> String {
        MarkdownRenderer(style: .plain, width: width).render(markdown)
    }

    private func styled(_ markdown: String, width: Int = 40) -> String {
        MarkdownRenderer(style: TerminalStyle(isEnabled: true), width: width).render(markdown)
    }

    func testATXHeadingsUnderlinedOrMarked() {
        XCTAssertEqual(plain("# Fairness\n## Metrics\n### Rates\n#### Detail"), """
            Fairness
            ========

            Metrics
            -------

            ### Rates

            #### Detail
            """)
    }

    func testClosingHashesAndSetextHeadings() {
        XCTAssertEqual(plain("## Title ##"), "Title\n-----")
        XCTAssertEqual(plain("Title\n====="), "Title\n=====")
        XCTAssertEqual(plain("Sub\n---"), "Sub\n---")
        XCTAssertEqual(plain("#hashtag"), "#hashtag", "no space after # is not a heading")
    }

    func testParagraphIsRewrappedToTheWidth() {
        // The source breaks lines anywhere; the output fills 20 columns greedily:
        // "Equal opportunity" (17) + " asks" = 22 > 20.
        XCTAssertEqual(plain("Equal\nopportunity asks that true positive rates match.", width: 20), """
            Equal opportunity
            asks that true
            positive rates
            match.
            """)
    }

    func testALongURLIsNotCutInProse() {
        XCTAssertEqual(plain("Read [this](https://fairlearn.org/main/user_guide/fairness.html) first.", width: 20), """
            Read this
            (https://fairlearn.org/main/user_guide/fairness.html)
            first.
            """)
    }

    func testHardBreaksSurviveRewrapping() {
        XCTAssertEqual(plain("line one  \nline two\\\nline three", width: 40), "line one\nline two\nline three")
    }

    func testEmphasisMarkersDisappearInPlainText() {
        XCTAssertEqual(plain("A *fair* model, **really** `fit()` and _this_."), "A fair model, really fit() and this.")
    }

    func testEmphasisIsStyledWhenStylingIsOn() {
        XCTAssertEqual(styled("*i* **b** `c`"), "\u{1B}[3mi\u{1B}[0m \u{1B}[1mb\u{1B}[0m \u{1B}[36mc\u{1B}[0m")
    }

    func testLinksShowTheirURL() {
        XCTAssertEqual(plain("See [Fairlearn](https://fairlearn.org) or <https://aif360.res.ibm.com>.", width: 80),
                       "See Fairlearn (https://fairlearn.org) or https://aif360.res.ibm.com.")
        XCTAssertEqual(plain("Mail <a@b.org>."), "Mail a@b.org.")
        XCTAssertEqual(plain("[ref] link\n\n[ref]: https://x.org"), "ref (https://x.org) link",
                       "a definition shows nothing itself")
    }

    func testImagesShowAltTextAndWhereTheImageIs() {
        XCTAssertEqual(plain("![ROC curve](roc.png)"), "ROC curve (image: roc.png)")
        XCTAssertEqual(plain("![](roc.png)"), "(image: roc.png)")
    }

    func testInlineHTMLPassesThroughAsText() {
        XCTAssertEqual(plain("H<sub>2</sub>O is <b>water</b>"), "H<sub>2</sub>O is <b>water</b>")
    }

    func testHTMLCommentsAreHidden() {
        XCTAssertEqual(plain("before\n\n<!-- a note\nfor authors -->\n\nafter"), "before\n\nafter")
    }

    func testFencedCodeIsVerbatimAndIndentedEvenWhenItLooksLikeMarkdown() {
        let markdown = """
            Text.

            ```swift
            # not a heading
            let x = **not bold** // [not](a link)
            - not a list
               indentation   and  spacing kept
            ```
            """
        XCTAssertEqual(plain(markdown, width: 20), """
            Text.

                # not a heading
                let x = **not bold** // [not](a link)
                - not a list
                   indentation   and  spacing kept
            """, "never wrapped, even past the width of 20")
    }

    func testCodeBlockIsColouredWhenStyled() {
        XCTAssertEqual(styled("```\nlet x = 1\n```"), "\u{1B}[36m    let x = 1\u{1B}[0m")
    }

    func testTildeFencesIndentedCodeAndUnclosedFences() {
        XCTAssertEqual(plain("~~~\n```\ninside\n~~~"), "    ```\n    inside")
        XCTAssertEqual(plain("para\n\n    indented code\n      more"), "para\n\n    indented code\n      more")
        XCTAssertEqual(plain("```\nnever closed\n\n# still code"), "    never closed\n\n    # still code")
    }

    func testBlockQuote() {
        XCTAssertEqual(plain("> Quoted **text** that wraps at twenty\n> columns.\n>\n> Second paragraph", width: 20), """
            > Quoted text that
            > wraps at twenty
            > columns.
            >
            > Second paragraph
            """)
    }

    func testLazyQuoteContinuation() {
        XCTAssertEqual(plain("> first\nlazy second"), "> first lazy second")
    }

    func testTightBulletListWithNesting() {
        let markdown = """
            - one
            - two, long enough to wrap here
              - nested
                - deeper
            - three
            """
        XCTAssertEqual(plain(markdown, width: 24), """
            - one
            - two, long enough to
              wrap here
              * nested
                + deeper
            - three
            """)
    }

    func testOrderedListKeepsStartAndAlignsNumbers() {
        let markdown = (8...11).map { "\($0). item \($0)" }.joined(separator: "\n")
        XCTAssertEqual(plain(markdown), """
             8. item 8
             9. item 9
            10. item 10
            11. item 11
            """)
        XCTAssertEqual(plain("1) a\n2) b"), "1) a\n2) b")
    }

    func testLooseListHasBlankLinesAndContinuationParagraphs() {
        XCTAssertEqual(plain("1. first\n\n2. second\n\n   more of second"), """
            1. first

            2. second

               more of second
            """)
    }

    func testListItemWithCodeBlock() {
        XCTAssertEqual(plain("- run:\n\n  ```\n  learn check\n  ```"), "- run:\n\n      learn check")
    }

    func testTabAfterTheMarker() {
        XCTAssertEqual(plain("-\tone\n2.\ttwo"), "- one\n\n2. two")
    }

    func testChangingBulletStartsANewList() {
        XCTAssertEqual(plain("- a\n+ b"), "- a\n\n- b")
    }

    func testOrderedListNotStartingAtOneDoesNotInterruptAParagraph() {
        XCTAssertEqual(plain("The year was\n2024. Then"), "The year was 2024. Then")
    }

    func testTableWithAlignment() {
        let markdown = """
            | Group | TPR | n |
            |:------|----:|:-:|
            | female | 0.61 | 7 |
            | male | 0.7 | 12 |
            """
        XCTAssertEqual(plain(markdown), """
            | Group  |  TPR | n  |
            |--------|------|----|
            | female | 0.61 | 7  |
            | male   |  0.7 | 12 |
            """)
    }

    func testTableWithoutOuterPipesShortRowsAndEscapedPipes() {
        let markdown = """
            a | b
            --|--
            `x\\|y` | **z**
            only
            """
        XCTAssertEqual(plain(markdown), """
            | a    | b |
            |------|---|
            | x|y  | z |
            | only |   |
            """)
    }

    func testTableWiderThanTheTerminalWrapsItsCells() {
        let markdown = """
            | Metric | Definition |
            |---|---|
            | TPR | true positives over actual positives |
            """
        // Width 28: text space 28 - 7 = 21; naturals 6 and 36, longest words 6 and 9;
        // extra 21 - 15 = 6 goes to Definition: 9 + 6 = 15.
        XCTAssertEqual(plain(markdown, width: 28), """
            | Metric | Definition      |
            |--------|-----------------|
            | TPR    | true positives  |
            |        | over actual     |
            |        | positives       |
            """)
    }

    func testTableInterruptsAParagraph() {
        XCTAssertEqual(plain("Rates:\n| a |\n| - |\n| 1 |"), "Rates:\n\n| a |\n|---|\n| 1 |")
    }

    func testHorizontalRuleFillsTheWidth() {
        XCTAssertEqual(plain("a\n\n***\n\nb", width: 10), "a\n\n----------\n\nb")
    }

    func testPlainOutputHasNoEscapesAndStyledOutputDiffersOnlyByThem() {
        let lesson = """
            # Lesson 1
            Some *emphasis*, **strength**, `code` and a [link](https://x.org).

            > A quote with `code`.

            - item **bold**
              1. nested

            | h1 | h2 |
            |---:|----|
            | *a* | b |

            ```swift
            print("hi")
            ```

            ---
            ### Deep
            """
        for width in [20, 40, 80] {
            let plainText = plain(lesson, width: width)
            let styledText = styled(lesson, width: width)
            XCTAssertFalse(plainText.contains("\u{1B}"), "no escape codes at width \(width)")
            XCTAssertTrue(styledText.contains("\u{1B}["), "styled output is styled")
            XCTAssertEqual(removingEscapes(styledText), plainText, "same layout at width \(width)")
        }
    }

    func testNoLineExceedsTheWidthOutsideCodeBlocks() {
        let lesson = """
            # A heading long enough to need wrapping at this width
            A paragraph of prose about disparate impact, the ratio of selection rates, which the four-fifths rule compares with 0.8.

            > Quoted prose that is also rather long and must wrap inside its quote marker.

            - A list item with enough words to wrap onto several lines under its bullet.
              - And a nested one, equally wordy, to push the indentation further.
            """
        for width in [20, 33, 50] {
            for line in plain(lesson, width: width).split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, width, "'\(line)' at \(width)")
            }
        }
    }

    func testEmptyDocumentRendersNothing() {
        XCTAssertEqual(plain(""), "")
        XCTAssertEqual(plain("\n\n  \n"), "")
    }
}
