import Foundation
import XCTest
@testable import Workbench

/// A run of learner code that returns garbage, crashes or does not compile stops with an error
/// naming the step, and leaves the output folder alone.
final class ProjectRunFailureTests: XCTestCase {
    private var fixture: ProjectWorkspace!

    override func setUpWithError() throws { fixture = try ProjectWorkspace() }
    override func tearDown() { fixture.remove() }

    /// Starts the lending audit with every step solved, then `edit`s one file and runs.
    private func run(replacing step: Int, with source: (String) -> String) throws -> Error? {
        let request = try fixture.request()
        let project = try request.manifest.project(id: "lending-audit")
        _ = try request.start(project.id)
        for each in project.steps { try fixture.solve(each) }
        let path = project.steps[step].path
        try fixture.temporary.write(source(try fixture.temporary.read(path)), to: path)
        do {
            _ = try request.run(project.id, reference: false, currentDirectory: fixture.temporary.root)
            return nil
        } catch {
            return error
        }
    }

    func testANaNRateIsRejectedNamingTheStep() throws {
        let error = try run(replacing: 0) { $0.replacingOccurrences(of: "return rows == 0 ? nil : Double(selected) / Double(rows)", with: "return .nan") }
        guard case let .stepRejected(project, step, message)? = error as? ProjectRunFailure else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual([project, step], ["lending-audit", "selection-rates"])
        XCTAssertEqual(message, "the male selection rate is nan, not a finite number")
        XCTAssertFalse(fixture.temporary.exists("projects-out/lending-audit"), "nothing written")
    }

    func testACrashNamesTheStepItHappenedIn() throws {
        let error = try run(replacing: 1) { $0.replacingOccurrences(of: "    guard first.count == second.count else { return nil }",
                                                                    with: "    let empty: [Int] = []\n    _ = empty[first.count]") }
        guard case let .stopped(_, step, why, _)? = error as? ProjectRunFailure else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(step, "subgroup-errors (Error rates by subgroup)")
        XCTAssertTrue(why.hasPrefix("crashed"), why)
        XCTAssertFalse(fixture.temporary.exists("projects-out/lending-audit"), "nothing written")
    }

    func testACompileErrorNamesTheStepsFile() throws {
        let error = try run(replacing: 3) { $0 + "\nlet broken: Int = \"no\"\n" }
        guard case let .compile(_, steps, output)? = error as? ProjectRunFailure else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(steps, ["proxy-strength"])
        XCTAssertTrue(output.contains("projects-work/lending-audit/proxy_strength.swift:"), output)
    }

    func testTheRunLogReadsWhateverTheDriverWrote() {
        XCTAssertEqual(ProjectRunLog("step a\nstep b\ndone\n").lastStep, "b")
        XCTAssertTrue(ProjectRunLog("step a\ndone").finished)
        let failed = ProjectRunLog("step a\nfail a\tit is nan\nfail b\tlater\n")
        XCTAssertEqual(failed.failure?.step, "a")
        XCTAssertEqual(failed.failure?.message, "it is nan", "the first failure counts")
        let garbage = ProjectRunLog("\u{0}\u{1}\nstepx\nfail \n")
        XCTAssertNil(garbage.lastStep)
        XCTAssertFalse(garbage.finished)
        XCTAssertEqual(garbage.failure?.step, "")
    }
}
