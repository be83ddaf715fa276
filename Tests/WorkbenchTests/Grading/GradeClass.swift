import Foundation
@testable import Workbench

/// A two-exercise course (add: 3 tests, clamp: 2 tests) and a SUBMISSIONS folder, graded with
/// the scripted checker, for the batch tests.
struct GradeClass {
    let temporary: TemporaryWorkspace
    let catalog: Catalog

    static let catalogJSON = """
        {"format_version": 1, "title": "Grading fixture", "modules": [{"id": "m", "number": 1, "title": "M",
          "lesson": "lessons/m.md", "exercises": [
          {"id": "add", "title": "Add", "path": "exercises/m/add.swift", "suite": "Tests/ExerciseSuites/m/AddSuite.swift",
           "lesson_section": "add", "points": 9, "hints": ["+", "a + b"]},
          {"id": "clamp", "title": "Clamp", "path": "exercises/m/clamp.swift", "suite": "Tests/ExerciseSuites/m/ClampSuite.swift",
           "lesson_section": "clamp", "points": 4, "hints": ["min", "max"]}]}]}
        """

    init() throws {
        temporary = try TemporaryWorkspace()
        try temporary.write(Self.catalogJSON, to: "lessons/catalog.json")
        try temporary.write("# M\n", to: "lessons/m.md")
        try temporary.write(Self.suite("AddTests", ["testOne", "testTwo", "testThree"]), to: "Tests/ExerciseSuites/m/AddSuite.swift")
        try temporary.write(Self.suite("ClampTests", ["testLow", "testHigh"]), to: "Tests/ExerciseSuites/m/ClampSuite.swift")
        catalog = try CatalogLoader.load(from: temporary.workspace)
    }

    static func suite(_ name: String, _ tests: [String]) -> String {
        "import XCTest\n@testable import LearnerCode\n\nfinal class \(name): XCTestCase {\n"
            + tests.map { "    func \($0)() { XCTest::XCTAssertEqual(1, 1) }\n" }.joined() + "}\n"
    }

    var submissions: URL { temporary.root.appendingPathComponent("subs") }

    /// A learner folder with `files` (bare file name -> text).
    func learner(_ name: String, _ files: [String: String]) throws {
        for (file, text) in files { try temporary.write(text, to: "subs/\(name)/\(file)") }
    }

    func request(out: String = "out", lab: GradeLab? = nil, only: String? = nil, shard: (Int, Int)? = nil, jobs: Int = 2) -> GradeRequest {
        GradeRequest(workspace: temporary.workspace, catalog: catalog, submissions: submissions, lab: lab,
                     out: temporary.root.appendingPathComponent(out), jobs: jobs, only: only,
                     shard: shard.map { (index: $0.0, count: $0.1) })
    }

    func grades(_ out: String = "out") throws -> [String: LearnerGrade] {
        let grades = try GradeFolder(root: temporary.root.appendingPathComponent(out)).loadGrades()
        return Dictionary(uniqueKeysWithValues: grades.map { ($0.learner, $0) })
    }

    func text(_ path: String) throws -> String { try temporary.read(path) }
}
