// Hidden suite for exercise `card-completeness` (exercises/06-governance/02_card_completeness.swift).
// Expected lists, word counts and shares are counted by hand next to each assertion.

import XCTest
@testable import LearnerCode

final class CardCompletenessSuite: XCTest::XCTestCase {
    func testRequiredSectionsPerTier() {
        XCTest::XCTAssertEqual(requiredSections(tier: "high"),
                               ["Model details", "Intended use", "Factors", "Metrics", "Evaluation data", "Training data",
                                "Quantitative analyses", "Ethical considerations", "Caveats and recommendations"],
                               "high tier: Mitchell et al.'s nine sections, in the paper's order")
        XCTest::XCTAssertEqual(requiredSections(tier: "limited"), ["Model details", "Intended use", "Metrics", "Caveats and recommendations"],
                               "limited tier: four sections")
        XCTest::XCTAssertEqual(requiredSections(tier: "minimal"), ["Model details", "Intended use"], "minimal tier: two sections")
        XCTest::XCTAssertEqual(requiredSections(tier: "prohibited"), [], "a prohibited system gets no card")
    }

    func testWordsAreRunsOfLettersOrDigits() {
        XCTest::XCTAssertEqual(wordCount("age >= 25, 3 groups"), 4, "age | 25 | 3 | groups: symbols are not words")
        XCTest::XCTAssertEqual(wordCount(""), 0, "no text, no words")
        XCTest::XCTAssertEqual(wordCount("  "), 0, "spaces only, no words")
        XCTest::XCTAssertEqual(wordCount("one"), 1, "a single word with nothing around it")
        XCTest::XCTAssertEqual(wordCount("well-calibrated model's"), 4, "well | calibrated | model | s: hyphens and apostrophes split")
    }

    func testEachRequiredSectionIsSortedIntoOneList() {
        let sections = [CardSection(name: "Model details", text: "Logistic regression trained on German Credit, 700 rows."),
                        CardSection(name: "Intended use", text: "To be written"),
                        CardSection(name: "Metrics", text: "Accuracy only.")]
        let required = ["Model details", "Intended use", "Metrics", "Caveats and recommendations"]
        let result = completeness(sections: sections, required: required, minimumWords: 5)
        // Model details: 8 words (Logistic regression trained on German Credit 700 rows) >= 5: complete.
        XCTest::XCTAssertEqual(result.missing, ["Caveats and recommendations"], "no heading for caveats: missing")
        XCTest::XCTAssertEqual(result.placeholders, ["Intended use"], "\"To be written\" is a placeholder, not text")
        XCTest::XCTAssertEqual(result.tooShort, ["Metrics"], "\"Accuracy only.\" has 2 words, under 5")
        XCTest::XCTAssertEqual(result.share, 0.25, accuracy: 1e-12, "1 complete section of 4 required = 0.25")
    }

    func testHeadingsMatchIgnoringCaseAndSpacesAndTheFirstCounts() {
        let sections = [CardSection(name: "  MODEL DETAILS ", text: "A gradient boosted tree with depth three."),
                        CardSection(name: "model details", text: "TODO"),
                        CardSection(name: "Intended Use", text: "tbd by the product owner")]
        let result = completeness(sections: sections, required: ["Model details", "Intended use"], minimumWords: 3)
        // The first "model details" heading (7 words) counts; the later TODO copy is ignored.
        XCTest::XCTAssertEqual(result.missing, [], "both headings are present once case and spaces are ignored")
        XCTest::XCTAssertEqual(result.placeholders, ["Intended use"], "\"tbd\" in any case marks a placeholder")
        XCTest::XCTAssertEqual(result.tooShort, [], "nothing too short")
        XCTest::XCTAssertEqual(result.share, 0.5, accuracy: 1e-12, "1 of 2 complete")
    }

    func testTheMinimumIsInclusiveAndListsFollowTheRequiredOrder() {
        let sections = [CardSection(name: "B", text: "one two three"), CardSection(name: "A", text: "one two")]
        let result = completeness(sections: sections, required: ["C", "B", "A", "D"], minimumWords: 3)
        // B has exactly 3 words: complete (at least the minimum). A has 2: too short.
        XCTest::XCTAssertEqual(result.missing, ["C", "D"], "missing sections in the required order, C before D")
        XCTest::XCTAssertEqual(result.tooShort, ["A"], "two words is under three")
        XCTest::XCTAssertEqual(result.share, 0.25, accuracy: 1e-12, "only B of 4 required is complete: 1/4")
    }

    func testNothingRequiredIsComplete() {
        let result = completeness(sections: [], required: [], minimumWords: 10)
        XCTest::XCTAssertEqual(result, Completeness(missing: [], placeholders: [], tooShort: [], share: 1),
                               "nothing required: nothing missing, share 1 (not 0/0)")
        let empty = completeness(sections: [], required: ["Model details"], minimumWords: 1)
        XCTest::XCTAssertEqual(empty.missing, ["Model details"], "an empty card misses everything")
        XCTest::XCTAssertEqual(empty.share, 0, accuracy: 1e-12, "0 of 1 complete")
    }
}
