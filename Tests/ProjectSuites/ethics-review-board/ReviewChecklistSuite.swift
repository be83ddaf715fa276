// Hidden suite for step `review-checklist` of project `ethics-review-board`
// (projects-work/ethics-review-board/review_checklist.swift). Expected values are derived by hand:
// word counts are spelled out beside each assertion.

import XCTest
@testable import LearnerCode

final class ReviewChecklistSuite: XCTest::XCTestCase {
    func testDiagnosisAndUnsupervisedPatientFacingModelsAreHighRisk() {
        XCTest::XCTAssertEqual(riskTier(influencesDiagnosisOrTreatment: true, patientFacing: false, humanInTheLoop: true), .high,
                               "diagnostic support is high risk even with a clinician in the loop")
        XCTest::XCTAssertEqual(riskTier(influencesDiagnosisOrTreatment: false, patientFacing: true, humanInTheLoop: false), .high,
                               "a patient-facing model deciding alone is high risk")
        XCTest::XCTAssertEqual(riskTier(influencesDiagnosisOrTreatment: false, patientFacing: true, humanInTheLoop: true), .low,
                               "an appointment reminder a person checks is low risk")
        XCTest::XCTAssertEqual(riskTier(influencesDiagnosisOrTreatment: false, patientFacing: false, humanInTheLoop: false), .low,
                               "back-office automation (billing codes) is low risk")
    }

    func testArtifactsPerTier() {
        XCTest::XCTAssertEqual(requiredArtifacts(for: .low), ["model card"])
        XCTest::XCTAssertEqual(requiredArtifacts(for: .high), ["bias audit report", "model card", "failure-mode analysis"])
    }

    func testAMissingDocumentIsOneProblem() {
        XCTest::XCTAssertEqual(artifactProblems(document: nil, requiredHeadings: ["Intended use"], minimumWords: 5), ["the document does not exist"])
    }

    func testACompleteDocumentHasNoProblems() {
        // "Screening support for clinicians only." is 5 words; "Not validated for children." is 4, plus "Under sixteen." 2 = 6.
        let card = "# Card\n## Intended use\nScreening support for clinicians only.\n## Limitations\nNot validated for children.\nUnder sixteen.\n"
        XCTest::XCTAssertEqual(artifactProblems(document: card, requiredHeadings: ["Intended use", "Limitations"], minimumWords: 5), [])
    }

    func testMissingAndShortSectionsAreNamedInOrder() {
        // Limitations: "Few." is 1 word, fewer than 3; "Ethical considerations" is absent.
        let card = "## Limitations\nFew.\n## Intended use\nTriage of referrals only.\n"
        XCTest::XCTAssertEqual(artifactProblems(document: card, requiredHeadings: ["Intended use", "Ethical considerations", "Limitations"], minimumWords: 3),
                               ["the section 'Ethical considerations' is missing", "the section 'Limitations' has 1 words, fewer than 3"])
    }

    func testHeadingsNeedTheirOwnLevelAndIgnoreSpaces() {
        // "### Intended use" is a sub-heading, not the section; "##   Limitations  " is the section (spaces trimmed), 0 words.
        let card = "### Intended use\nLots of words here to count.\n##   Limitations  \n"
        XCTest::XCTAssertEqual(artifactProblems(document: card, requiredHeadings: ["Intended use", "Limitations"], minimumWords: 1),
                               ["the section 'Intended use' is missing", "the section 'Limitations' has 0 words, fewer than 1"])
    }

    func testWordsAreCountedAcrossLinesUntilTheNextSection() {
        // Failure modes: "a b" + "c" = 3 words (the sub-heading line "### x" adds 2: "###" and "x"); Mitigations: "d e f g" = 4.
        let doc = "## Failure modes\na b\n### x\nc\n## Mitigations\nd e f g\n"
        XCTest::XCTAssertEqual(artifactProblems(document: doc, requiredHeadings: ["Failure modes", "Mitigations"], minimumWords: 5),
                               ["the section 'Mitigations' has 4 words, fewer than 5"], "Failure modes has 5 words: a, b, ###, x, c")
    }

    func testAnEmptyLastSectionIsShortNotMissing() {
        // "Risks" is the last line, with no words after it and no closing newline: 0 words, present.
        XCTest::XCTAssertEqual(artifactProblems(document: "## Scope\nAdults only.\n## Risks", requiredHeadings: ["Risks"], minimumWords: 1),
                               ["the section 'Risks' has 0 words, fewer than 1"])
    }

    func testARepeatedHeadingAddsUpItsWords() {
        // "Risks" twice: "a b" (2) + "c" (1) = 3 words, enough for 3.
        XCTest::XCTAssertEqual(artifactProblems(document: "## Risks\na b\n## Other\nx\n## Risks\nc\n", requiredHeadings: ["Risks"], minimumWords: 3), [])
    }
}
