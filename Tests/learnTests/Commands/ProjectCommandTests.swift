import Foundation
import XCTest

/// `learn project ...` through the built binary on a copy of the real course: parsing, exit
/// statuses, the JSON contracts, and a step checked end to end (the runs themselves are tested
/// in WorkbenchTests/Projects).
final class ProjectCommandTests: XCTestCase {
    private var course: CourseCopy!

    override func setUpWithError() throws { course = try CourseCopy.realCourse() }
    override func tearDown() { course.remove() }

    func testListJSONNamesEveryProject() throws {
        let run = try course.learn("project", "list", "--json")
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["format_version"] as? Int, 1)
        let projects = try XCTUnwrap(object["projects"] as? [[String: Any]])
        XCTAssertEqual(projects.compactMap { $0["id"] as? String }.prefix(3), ["lending-audit", "hiring-audit", "compas-case-study"])
        XCTAssertEqual(Set(projects[0].keys), ["id", "title", "level", "dataset", "brief", "steps", "passed", "started", "current"])
    }

    func testUsageErrorsExit64() throws {
        XCTAssertEqual(try course.learn("project").exitCode, 64, "a subcommand is required")
        let unknown = try course.learn("project", "start", "lending-audt")
        XCTAssertEqual(unknown.exitCode, 64)
        XCTAssertTrue(unknown.stderr.contains("did you mean 'lending-audit'?"), unknown.stderr)
        let none = try course.learn("project", "check")
        XCTAssertEqual(none.exitCode, 64)
        XCTAssertTrue(none.stderr.contains("learn project start NAME"), none.stderr)
    }

    func testStartCheckAndStatus() throws {
        XCTAssertEqual(try course.learn("project", "start", "compas-case-study").exitCode, 0)
        let failed = try course.learn("project", "check", "impossibility", "--json")
        XCTAssertEqual(failed.exitCode, 1, "the stub fails its tests")
        let result = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(failed.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(result["id"] as? String, "compas-case-study/impossibility")
        XCTAssertEqual(result["status"] as? String, "failed")

        try course.write(try course.read("projects/compas-case-study/solutions/impossibility.swift"),
                         to: "projects-work/compas-case-study/impossibility.swift")
        let passed = try course.learn("project", "check", "4")
        XCTAssertEqual(passed.exitCode, 0, passed.stdout)
        XCTAssertTrue(passed.stdout.contains("1 of 4 steps passed."), passed.stdout)

        let status = try course.learn("project", "status", "--json")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let steps = try XCTUnwrap(object["steps"] as? [[String: Any]])
        XCTAssertEqual(steps.map { $0["passed"] as? Bool }, [false, false, false, true])
        XCTAssertEqual(steps.last?["last_status"] as? String, "passed")
        XCTAssertNotNil(object["started"] as? String)
        let hint = try course.learn("project", "hint", "error-rates")
        XCTAssertTrue(hint.stdout.contains("Hint 1 of 2 (compas-case-study/error-rates):"), hint.stdout)
    }
}
