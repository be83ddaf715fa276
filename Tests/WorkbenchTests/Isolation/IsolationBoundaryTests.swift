import Foundation
import XCTest
@testable import Workbench

/// verify's boundary check: a solution whose API cannot cross is a problem naming the declaration.
final class IsolationBoundaryTests: XCTestCase {
    func testATupleResultIsAProblemNamingItsLine() throws {
        let temporary = try TemporaryWorkspace()
        defer { temporary.remove() }
        let exercise = Exercise(id: "split", moduleID: "basics", title: "Split", path: "exercises/01-basics/split.swift",
                                suite: "Tests/ExerciseSuites/01-basics/SplitSuite.swift", lessonSection: "split",
                                points: 1, hints: ["a", "b"])
        try temporary.write("XCTest::XCTAssertEqual(split(4)?.test, [1])\n", to: exercise.suite)
        try temporary.write("""
            // A split, the way module 1 wrote it before isolation.
            func split(_ rows: Int) -> (train: [Int], test: [Int])? {
                nil
            }
            """, to: exercise.solutionPath)
        let problems = IsolationBoundary(workspace: temporary.workspace).problems(of: exercise)
        XCTAssertEqual(problems, [
            "solutions/01-basics/split.swift:2: func split(_ rows: Int) -> (train: [Int], test: [Int])?: the result: "
                + "a tuple ((train: [Int], test: [Int])?) is not Codable; return or take a small Codable struct instead "
                + "(exercise APIs must use Codable values)",
        ])
    }
}
