import Foundation
import XCTest
@testable import Workbench

/// Written project steps through the manifest and `learn project check`: the rules of the kind,
/// the template fails, the model answer passes, and a learner cannot delete a requirement.
final class WrittenStepTests: XCTestCase {
    func testTheManifestRulesOfAWrittenStep() {
        let json = #"{"format_version": 1, "projects": [{"id": "p", "title": "P", "level": "advanced", "dataset": "synthetic", "#
            + #""brief": "projects/p/brief.md", "driver": "projects/p/driver.swift", "artifacts": [], "steps": ["#
            + #"{"id": "a", "title": "A", "kind": "written", "path": "projects-work/p/a.swift", "suite": "Tests/a.swift", "hints": ["x", "y"]},"#
            + #"{"id": "b", "title": "B", "kind": "code", "path": "projects-work/p/b.swift", "suite": "Tests/b.swift", "min_words": 5, "hints": ["x", "y"]}]}]}"#
        XCTAssertThrowsError(try ProjectManifest.decode(Data(json.utf8), file: "p.json")) { error in
            let text = "\(error)"
            for expected in ["p.json: projects[0].steps[0].path: a written step's file must be a Markdown (.md) file",
                             "p.json: projects[0].steps[0].suite: a written step has no suite",
                             "p.json: projects[0].steps[0].min_words: a written step needs min_words >= 1",
                             "p.json: projects[0].steps[1].min_words: only a written step has a word minimum"] {
                XCTAssertTrue(text.contains(expected), "missing: \(expected)\n\(text)")
            }
        }
    }

    func testTheTemplateFailsTheModelAnswerPassesAndNeitherIsGraded() throws {
        let fixture = try ProjectWorkspace()
        defer { fixture.remove() }
        let request = try fixture.request()
        _ = try request.start("loan-tradeoff")
        let untouched = try request.check(step: "technical-brief", project: nil)
        XCTAssertEqual(untouched.result.status, .failed)
        XCTAssertEqual(untouched.result.tests.count, 5, "one per section of the template")
        XCTAssertTrue(untouched.result.tests.allSatisfy { $0.status == .failed && $0.message.contains("0 words of your own") })
        let step = try fixture.request().manifest.project(id: "loan-tradeoff").step(id: "technical-brief")
        try fixture.solve(step)
        let complete = try request.check(step: "technical-brief", project: nil)
        XCTAssertEqual(complete.result.status, .passed)
        XCTAssertEqual(complete.progress?.isPassed("technical-brief"), true)
    }

    func testDeletingAHeadingFromOnesCopyDeletesNoRequirement() throws {
        let fixture = try ProjectWorkspace()
        defer { fixture.remove() }
        let request = try fixture.request()
        _ = try request.start("ethics-review-board")
        let step = try request.manifest.project(id: "ethics-review-board").step(id: "charter")
        // The model charter without its Membership section: the requirement comes from the shipped template.
        let model = try fixture.temporary.read(step.solutionPath)
        let start = try XCTUnwrap(model.range(of: "## Membership")), end = try XCTUnwrap(model.range(of: "## Decision process"))
        try fixture.temporary.write(model.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: ""), to: step.path)
        let checked = try request.check(step: "charter", project: nil)
        XCTAssertEqual(checked.result.status, .failed)
        XCTAssertEqual(checked.result.tests.filter { $0.status == .failed }.map(\.name), ["section: Membership"])
    }
}
