import Foundation
import XCTest
@testable import Workbench

/// `learn project list / start / check / hint / status` on a copy of the course's projects, checked by the real engine.
final class ProjectRequestTests: XCTestCase {
    private var fixture: ProjectWorkspace!

    override func setUpWithError() throws { fixture = try ProjectWorkspace() }
    override func tearDown() { fixture.remove() }

    func testStartCopiesTheStubsOnceAndMakesTheProjectCurrent() throws {
        let request = try fixture.request()
        XCTAssertEqual(try request.list().projects.first { $0.id == "lending-audit" }?.started, false)
        let started = try request.start("lending-audit")
        let steps = try request.manifest.project(id: "lending-audit").steps
        XCTAssertEqual(started.copied, steps.map(\.path))
        XCTAssertEqual(try fixture.temporary.read(steps[0].path), try fixture.temporary.read(steps[0].stubPath))

        try fixture.temporary.write("// mine\n", to: steps[0].path)
        let again = try request.start("lending-audit")
        XCTAssertEqual(again.kept, steps.map(\.path), "a second start keeps every file the learner has")
        XCTAssertEqual(try fixture.temporary.read(steps[0].path), "// mine\n")
        let entry = try XCTUnwrap(try request.list().projects.first { $0.id == "lending-audit" })
        XCTAssertEqual([entry.started, entry.current], [true, true])
        XCTAssertEqual(try request.project(nil).id, "lending-audit", "the started project is current")
    }

    func testCheckRecordsFailuresAndPassesStepByStep() throws {
        let request = try fixture.request()
        _ = try request.start("lending-audit")
        let stub = try request.check(step: nil, project: nil)
        XCTAssertEqual(stub.step.id, "selection-rates", "no step named: the first not yet passed")
        XCTAssertEqual(stub.result.status, .failed, stub.result.tests.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(stub.result.tests.count, 7)
        XCTAssertEqual(stub.progress?.lastStatus["selection-rates"], .failed)

        try fixture.solve(stub.step)
        let solved = try request.check(step: nil, project: nil)
        XCTAssertEqual(solved.result.status, .passed, solved.result.tests.filter { $0.status == .failed }.map(\.message).joined(separator: "\n"))
        XCTAssertEqual(solved.progress?.isPassed("selection-rates"), true)
        XCTAssertEqual(try request.check(step: nil, project: nil).step.id, "subgroup-errors", "the next pending step")
        let status = try request.status(of: nil)
        XCTAssertEqual(status.passedCount, 1)
        XCTAssertEqual(status.steps.map(\.lastStatus), [.passed, .failed, nil, nil])
        XCTAssertNotNil(status.started)
        XCTAssertEqual(status.artifacts.filter(\.exists), [], "nothing run yet")
    }

    func testHintsAreRevealedOneAtATime() throws {
        let request = try fixture.request()
        _ = try request.start("lending-audit")
        let first = try request.hint(step: "decision-boundary", project: nil)
        XCTAssertEqual(first.hints.count, 1)
        XCTAssertTrue(first.revealed)
        XCTAssertEqual(try request.hint(step: "decision-boundary", project: nil).hints.count, 2)
        let last = try request.hint(step: "decision-boundary", project: nil)
        XCTAssertEqual([last.hints.count], [2])
        XCTAssertFalse(last.revealed, "both hints shown: nothing more to reveal")
    }

    func testErrorsNameTheFix() throws {
        let request = try fixture.request()
        XCTAssertThrowsError(try request.check(step: nil, project: nil)) { error in
            XCTAssertEqual(error as? ProjectLookupError, .noCurrentProject)
        }
        XCTAssertThrowsError(try request.check(step: "selection-rates", project: "lending-audit")) { error in
            XCTAssertEqual("\(error)", "projects-work/lending-audit/selection_rates.swift is missing (the file of step 'selection-rates' of "
                           + "project 'lending-audit'); run `learn project start lending-audit` to copy the step files (files you already have are kept)")
        }
        XCTAssertThrowsError(try request.start("lending")) { error in
            XCTAssertEqual((error as? WorkbenchFailure)?.kind, .usage)
        }
    }

    func testAChangedSuiteIsRefused() throws {
        let request = try fixture.request()
        _ = try request.start("lending-audit")
        let step = try request.manifest.project(id: "lending-audit").steps[0]
        try fixture.temporary.write("// rewritten\n", to: step.suite)
        XCTAssertThrowsError(try request.check(step: step.id, project: nil)) { error in
            XCTAssertEqual(error as? ChangedSuite, ChangedSuite(path: step.suite))
        }
    }
}
