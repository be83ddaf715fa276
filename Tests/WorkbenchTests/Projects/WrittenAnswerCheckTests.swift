import XCTest
@testable import Workbench

final class WrittenAnswerCheckTests: XCTestCase {
    static let template = """
        # Technical brief
        ## Recommendation
        <!-- Which variant do you recommend, and why, in a few sentences? -->
        _Replace this line with your answer to the question above._

        ## Risks
        <!-- What could go wrong after deployment? -->
        _Replace this line with your answer to the question above._
        """
    static let brief = "A fintech finds that the model shows disparate impact against older applicants and must fix it before launch."

    private func check(minimumWords: Int = 8) throws -> WrittenAnswerCheck {
        WrittenAnswerCheck(spec: try WrittenAnswerSpec(template: Self.template, minimumWords: minimumWords), sources: [Self.brief])
    }

    func testTheTemplateListsItsSectionsAndPrompts() throws {
        let spec = try WrittenAnswerSpec(template: Self.template, minimumWords: 40, overrides: ["Risks": 20])
        XCTAssertEqual(spec.title, "Technical brief")
        XCTAssertEqual(spec.sections.map(\.heading), ["Recommendation", "Risks"])
        XCTAssertEqual(spec.sections.map(\.prompt), ["Which variant do you recommend, and why, in a few sentences?", "What could go wrong after deployment?"])
        XCTAssertEqual(spec.sections.map(\.minimumWords), [40, 20])
        XCTAssertThrowsError(try WrittenAnswerSpec(template: "# Only a title\nSome text.", minimumWords: 5, name: "brief.md")) { error in
            XCTAssertTrue("\(error)".contains("brief.md has no level-2 headings"))
        }
    }

    func testTheUntouchedTemplateIsIncomplete() throws {
        let result = try check().check(Self.template)
        XCTAssertFalse(result.complete)
        // The placeholder line (10 words) is the template's own text: none of it counts.
        XCTAssertEqual(result.sections.map(\.ownWords), [0, 0])
        XCTAssertEqual(result.sections.map(\.borrowedWords), [10, 10])
        XCTAssertTrue(result.sections.allSatisfy(\.present))
    }

    func testAMissingSectionIsNamedWithItsFix() throws {
        let result = try check().check("# Brief\n## Recommendation\nI recommend the reweighed model because its gap is smallest at little cost.\n")
        XCTAssertEqual(result.sections.map(\.present), [true, false])
        let lines = result.lines()
        XCTAssertTrue(lines.contains { $0.contains("missing") && $0.contains("add a '## Risks' heading") })
        XCTAssertTrue(lines.last?.hasPrefix("Incomplete: 1 of 2 sections still to write.") == true, "\(lines)")
    }

    func testTextCopiedFromTheBriefDoesNotCount() throws {
        // "I recommend the ε = 0.02 variant because" is 8 words (ε, 0, 02 are three); the rest,
        // "the model shows disparate impact against older applicants", is 8 words of the brief.
        let answer = """
            ## Recommendation
            I recommend the ε = 0.02 variant because the model shows disparate impact against older applicants
            ## Risks
            A fintech finds that the model shows disparate impact against older applicants and must fix it before launch.
            """
        let result = try check().check(answer)
        XCTAssertEqual(result.sections[0].ownWords, 8)
        XCTAssertEqual(result.sections[0].borrowedWords, 8)
        // The brief pasted whole: 18 words, all borrowed.
        XCTAssertEqual(result.sections[1].ownWords, 0)
        XCTAssertEqual(result.sections[1].borrowedWords, 18)
        XCTAssertFalse(result.complete)
    }

    func testACompleteAnswerIsNeverCalledAGrade() throws {
        let answer = """
            # Technical brief
            ## Recommendation:
            <!-- Which variant do you recommend, and why, in a few sentences? -->
            Deploy the exponentiated-gradient model at epsilon 0.02; it halves the gap for two points of accuracy.
            ### Evidence
            The Pareto chart shows no cheaper variant reaching the same gap.
            ## risks
            Drift in applicant ages could reopen the gap, so the monitor watches it monthly.
            """
        let result = try check(minimumWords: 12).check(answer)
        XCTAssertTrue(result.complete, "\(result.sections)")
        // The subsection counts with its section: 18 (0.02 is two words) + 1 (its heading) + 11.
        XCTAssertEqual(result.sections[0].ownWords, 30)
        let text = result.lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("cannot tell whether your reasoning holds"))
        for claim in ["grade", "correct", "score"] { XCTAssertFalse(text.lowercased().contains(claim), "never claims to \(claim) prose") }
    }

    func testTheResultReadsLikeACodeCheck() throws {
        let result = try check().check("## Recommendation\nI recommend the reweighed model because its gap is the smallest.\n")
        let checked = result.checkResult(id: "loan-tradeoff/technical-brief")
        XCTAssertEqual(checked.status, .failed)
        XCTAssertEqual(checked.tests.map(\.name), ["section: Recommendation", "section: Risks"])
        XCTAssertEqual(checked.tests.map(\.status), [.passed, .failed])
        XCTAssertTrue(checked.tests[1].message.hasPrefix("missing"))
        XCTAssertTrue(checked.tests[0].message.contains("words of your own"))
        XCTAssertEqual(checked.output, "", "nothing ran, nothing printed")
    }

    func testAHeadingInsideCodeIsNotASection() throws {
        let answer = "```\n## Recommendation\n```\n## Risks\nPlenty of words of my own here to pass the minimum easily today.\n"
        XCTAssertEqual(try check().check(answer).sections.map(\.present), [false, true])
    }
}
