import Foundation
import XCTest
@testable import Workbench

/// The check engine behind `SubmissionChecker`, one engine for the batch. It is not isolated, so
/// only a test may let it grade (`allowsSharedProcess`); `learn grade` refuses it.
final class EngineGradingTests: XCTestCase {
    func testTheEngineGradesABatchBehindTheProtocol() throws {
        let temporary = try TemporaryWorkspace()
        defer { temporary.remove() }
        try temporary.write("""
            {"format_version": 1, "title": "Engine fixture", "modules": [{"id": "m", "number": 1, "title": "M",
              "lesson": "lessons/m.md", "exercises": [
              {"id": "answer", "title": "Answer", "path": "exercises/m/answer.swift", "suite": "Tests/ExerciseSuites/m/AnswerSuite.swift",
               "lesson_section": "answer", "points": 6, "hints": ["42", "return 42"]}]}]}
            """, to: "lessons/catalog.json")
        try temporary.write("# M\n", to: "lessons/m.md")
        try temporary.write(CheckFixture.suite, to: "Tests/ExerciseSuites/m/AnswerSuite.swift")
        try temporary.write(CheckFixture.correct, to: "subs/right/answer.swift")
        try temporary.write("func answer() -> Int { 42 }\nfunc double(_ x: Int) -> Int { x }\n", to: "subs/half/answer.swift")
        try temporary.write("func answer() -> Int { \"no\" }\n", to: "subs/broken/answer.swift")
        let engine = try CheckEngine(toolkit: Toolkit.locate(), cacheDirectory: CheckFixture.cache)
        var request = GradeRequest(workspace: temporary.workspace, catalog: try CatalogLoader.load(from: temporary.workspace),
                                   submissions: temporary.root.appendingPathComponent("subs"),
                                   out: temporary.root.appendingPathComponent("out"), jobs: 2)
        XCTAssertThrowsError(try request.run(checker: EngineSubmissionChecker(engine: engine)))
        request.allowsSharedProcess = true
        _ = try request.run(checker: EngineSubmissionChecker(engine: engine))
        // 6 points over 2 tests: 3 each; "half" doubles wrongly, so passes one.
        XCTAssertEqual(try temporary.read("out/gradebook.csv"), "learner,answer,late_penalty_percent,total\r\nbroken,0,0,0\r\nhalf,3,0,3\r\nright,6,0,6\r\n")
        let grades = try GradeFolder(root: temporary.root.appendingPathComponent("out")).loadGrades()
        XCTAssertEqual(grades.map { $0.exercises[0].status }, [.compileError, .failed, .passed])
        XCTAssertTrue(grades[1].exercises[0].tests[1].message.contains("double(2)"), grades[1].exercises[0].tests[1].message)
    }
}
