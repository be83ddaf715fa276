import Foundation
import XCTest
@testable import Workbench

/// Progress format 3: practice projects by step, and older files read without them.
final class ProjectProgressTests: XCTestCase {
    private var temporary: TemporaryWorkspace!

    override func setUpWithError() throws { temporary = try TemporaryWorkspace() }
    override func tearDown() { temporary.remove() }

    private func store() -> ProgressStore {
        ProgressStore(directory: temporary.workspace.stateDirectory,
                      recovery: ProgressRecovery(report: { XCTFail("no corruption expected: \($0)") }, rebuild: { ProgressState() }))
    }

    func testAVersionTwoFileReadsWithoutProjectsAndIsWrittenBackAsThree() throws {
        try temporary.write(#"{"format_version": 2, "current": "a", "passed": {}, "hint_levels": {}, "last_status": {}, "quizzes": {}}"#,
                            to: ".learn/state.json")
        let state = try store().load()
        XCTAssertEqual(state.projects, [:])
        XCTAssertNil(state.currentProject)
        XCTAssertEqual(state.current, "a")
        try store().startProject("lending-audit", at: Date(timeIntervalSince1970: 0))
        let written = try temporary.read(".learn/state.json")
        XCTAssertTrue(written.contains(#""format_version" : 3"#), written)
        XCTAssertTrue(written.contains(#""current_project" : "lending-audit""#), written)
        XCTAssertTrue(written.contains(#""started" : "1970-01-01T00:00:00Z""#), written)
    }

    func testStepsPassOnceAndAFailureLeavesThePass() throws {
        let store = store()
        let first = Date(timeIntervalSince1970: 100), later = Date(timeIntervalSince1970: 200)
        try store.startProject("p", at: first)
        try store.recordProjectCheck("p", step: "s", status: .passed, at: first)
        let state = try store.recordProjectCheck("p", step: "s", status: .failed, at: later)
        let progress = try XCTUnwrap(state.projects["p"])
        XCTAssertEqual(progress.passed["s"], first, "the first pass is kept")
        XCTAssertEqual(progress.lastStatus["s"], .failed, "the news is the failure")
        XCTAssertEqual(try store.startProject("p", at: later).projects["p"]?.started, first, "starting again keeps the first start")
        XCTAssertEqual(try store.recordProjectRun("p", at: later).projects["p"]?.lastRun, later)
    }

    func testAProjectRecordWithOnlyItsStartReads() throws {
        try temporary.write(#"{"format_version": 3, "passed": {}, "hint_levels": {}, "last_status": {}, "projects": {"p": {"started": "2025-01-01T00:00:00Z"}}}"#,
                            to: ".learn/state.json")
        let progress = try XCTUnwrap(try store().load().projects["p"])
        XCTAssertEqual(progress.passed, [:])
        XCTAssertNil(progress.lastRun)
    }
}
