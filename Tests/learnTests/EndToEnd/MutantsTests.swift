import Foundation
import XCTest

/// `learn verify --mutants` through the built binary on the tiny fixture course: the counts and
/// survivors of each suite, derived by hand from the solutions, and the JSON contract.
final class MutantsTests: XCTestCase {
    private var course: CourseCopy!

    override func setUpWithError() throws {
        course = try CourseCopy.tinyCourse()
    }

    override func tearDown() {
        course.remove()
    }

    func testEverySuiteOfTheTinyCourseKillsItsMutants() throws {
        let run = try course.learn("verify", "--mutants", "--json")
        XCTAssertEqual(run.exitCode, 0, run.stdout + run.stderr)
        let report = try jsonObject(run)
        XCTAssertEqual(Set(report.keys), ["goal", "ok", "exercises"])
        XCTAssertEqual(report["goal"] as? Double, 0.9)
        XCTAssertEqual(report["ok"] as? Bool, true)
        let entries = try XCTUnwrap(report["exercises"] as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["id"] as? String }, ["add-numbers", "count-positives", "clamp"])
        XCTAssertEqual(Set(entries[0].keys), ["id", "solution", "generated", "cap", "capped", "tested", "killed",
                                              "survived", "not_compiled", "kill_ratio", "survivors", "problems"])
        // add-numbers: `a + b` gives one mutant, `a - b`; 2 - 3 = -1, not 5: killed.
        // count-positives: `$0 > 0` gives `>=` (counts the 0 in [1, -2, 0, 3]: 3, not 2), `<` (counts only -2: 1)
        //   and the literal 0 -> 1 (counts only 3: 1): all killed. (0 - 1 is not made: no negative literals.)
        // clamp: `min(max(x, low), high)`: min -> max gives max(0.5, 1) = 1 for 0.5, max -> min gives
        //   min(0.5, 0) = 0: both killed; deleting the line leaves no return value: does not compile.
        let counts = entries.map { [$0["generated"], $0["tested"], $0["killed"], $0["survived"], $0["not_compiled"]] as? [Int] }
        XCTAssertEqual(counts, [[1, 1, 1, 0, 0], [3, 3, 3, 0, 0], [3, 3, 2, 0, 1]])
        XCTAssertEqual(entries.map { $0["kill_ratio"] as? Double }, [1, 1, 1])
        XCTAssertEqual(entries[2]["solution"] as? String, "solutions/01-tiny/03_clamp.swift")
        XCTAssertFalse(FileManager.default.fileExists(atPath: course.url(".learn/mutants").path), "mutant files are removed")
    }

    func testAWeakSuiteIsReportedWithItsSurvivors() throws {
        // Only [4, 5, 6]: no zero and nothing below 1, so `>=` and the literal 1 both count 3 too.
        try course.write("""
            import XCTest
            @testable import LearnerCode

            final class CountPositivesSuite: XCTest::XCTestCase {
                func testAllPositive() {
                    XCTest::XCTAssertEqual(countPositives([4, 5, 6]), 3, "positives in [4, 5, 6]")
                }
            }

            """, to: "Tests/ExerciseSuites/01-tiny/CountPositivesSuite.swift")
        let json = try course.learn("verify", "--mutants", "count-positives", "--json")
        XCTAssertEqual(json.exitCode, 1, json.stderr)
        let entries = try XCTUnwrap(try jsonObject(json)["exercises"] as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["id"] as? String }, ["count-positives"])
        // 1 of 3 killed (`<` counts none of 4, 5, 6).
        XCTAssertEqual(try XCTUnwrap(entries[0]["kill_ratio"] as? Double), 1.0 / 3.0, accuracy: 1e-12)
        let survivors = try XCTUnwrap(entries[0]["survivors"] as? [[String: Any]])
        XCTAssertEqual(survivors.map { $0["operator"] as? String }, ["comparison_boundary", "off_by_one_literal"])
        XCTAssertEqual(survivors.map { $0["original"] as? String }, [">", "0"])
        XCTAssertEqual(survivors.map { $0["replacement"] as? String }, [">=", "1"])
        XCTAssertEqual(survivors.map { $0["line"] as? Int }, [2, 2])
        XCTAssertEqual(Set(survivors[0].keys), ["file", "line", "column", "operator", "original", "replacement"])

        let text = try course.learn("verify", "--mutants", "2")
        XCTAssertEqual(text.exitCode, 1)
        XCTAssertTrue(text.stdout.contains("solutions/01-tiny/02_count_positives.swift:2:"), text.stdout)
        XCTAssertTrue(text.stdout.contains("`>` -> `>=` (comparison_boundary, count-positives)"), text.stdout)
        XCTAssertTrue(text.stdout.contains("33.3%"), text.stdout)
        XCTAssertTrue(text.stdout.contains("verify --mutants: 1 of 1 suites kill less than 90% of their mutants"), text.stdout)
    }

    func testIdsAreTakenOnlyWithMutantsAndMustExist() throws {
        let stray = try course.learn("verify", "clamp")
        XCTAssertEqual(stray.exitCode, 64)
        XCTAssertTrue(stray.stderr.contains("clamp"), stray.stderr)
        let unknown = try course.learn("verify", "--mutants", "clamp", "clomp")
        XCTAssertEqual(unknown.exitCode, 64)
        XCTAssertTrue(unknown.stderr.contains("did you mean 'clamp'?"), unknown.stderr)
    }
}
