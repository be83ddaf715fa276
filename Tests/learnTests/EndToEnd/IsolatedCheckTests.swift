import Foundation
import XCTest

/// `learn check --isolated` through the built binary: the same results and JSON contract as the
/// fast check, with the learner's code in a separate, confined process.
final class IsolatedCheckTests: XCTestCase {
    private var course: CourseCopy!

    override func setUpWithError() throws {
        course = try CourseCopy.tinyCourse()
    }

    override func tearDown() {
        course.remove()
    }

    func testIsolatedCheckGivesTheFastChecksResults() throws {
        let fast = try jsonObject(try course.learn("check", "add-numbers", "--json"))
        let isolated = try course.learn("check", "add-numbers", "--json", "--isolated")
        XCTAssertEqual(isolated.exitCode, 1, isolated.stderr)
        let result = try jsonObject(isolated)
        XCTAssertEqual(Set(result.keys), ["id", "status", "tests", "compile_errors", "duration_s", "output"])
        XCTAssertEqual(result["status"] as? String, "failed")
        XCTAssertEqual(result["tests"] as? [[String: String]], fast["tests"] as? [[String: String]])

        try course.solve("exercises/01-tiny/01_add_numbers.swift")
        let passing = try course.learn("check", "add-numbers", "--isolated")
        XCTAssertEqual(passing.exitCode, 0, passing.stdout + passing.stderr)
        XCTAssertTrue(passing.stdout.contains("add-numbers passed: all 2 tests passed"), passing.stdout)
    }

    func testCodeThatReadsTheSuitePassesOnlyOnTheFastPath() throws {
        // The learner's add() answers with the hidden suite's expected value when it can read the
        // suite: the fast check shares the learner's file system view, the isolated one does not.
        let suite = course.url("Tests/ExerciseSuites/01-tiny/AddNumbersSuite.swift").path
        try course.write("""
            import Foundation
            func add(_ a: Int, _ b: Int) -> Int {
                guard let text = FileManager.default.contents(atPath: "\(suite)") else { return 0 }
                return a + b + (text.isEmpty ? 1 : 0)
            }
            """, to: "exercises/01-tiny/01_add_numbers.swift")
        let isolated = try jsonObject(try course.learn("check", "add-numbers", "--json", "--isolated"))
        XCTAssertEqual(isolated["status"] as? String, "failed", "\(isolated)")
        let fast = try jsonObject(try course.learn("check", "add-numbers", "--json"))
        XCTAssertEqual(fast["status"] as? String, "passed", "the fast path shares the file system: \(fast)")
    }
}
