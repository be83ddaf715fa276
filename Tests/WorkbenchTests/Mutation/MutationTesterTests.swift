import Foundation
import XCTest
@testable import Workbench

/// How the tester counts, with a scripted checker that judges a file by its text: which mutants
/// are killed, survive or do not count, and what stops an exercise from being judged.
final class MutationTesterTests: XCTestCase {
    private var temporary: TemporaryWorkspace!

    override func setUpWithError() throws {
        temporary = try TemporaryWorkspace()
        try temporary.write(sampleCatalogJSON, to: "lessons/catalog.json")
    }

    override func tearDown() {
        temporary.remove()
    }

    func testKilledSurvivedAndNotCompiledAreCountedApart() throws {
        // Mutants of `a + b < 3`: `-` (killed: the script fails it), `<=` (survives: the script
        // passes it), `>` (does not compile, says the script), `3` -> 4 and -> 2 (killed).
        try temporary.write("func f(a: Int, b: Int) -> Bool {\n    a + b < 3\n}\n", to: "solutions/01-basics/first.swift")
        let checker = ScriptedChecker { source in
            if source.contains("a + b < 3") { return .passed }
            if source.contains("<=") { return .passed }
            if source.contains(" > ") { return .compileError }
            return .failed
        }
        let report = try MutationTester(workspace: temporary.workspace, checker: checker).run(ids: ["first"])
        XCTAssertEqual(report.exercises.count, 1)
        let entry = report.exercises[0]
        XCTAssertEqual([entry.generated, entry.tested, entry.killed, entry.survived, entry.notCompiled], [5, 5, 3, 1, 1])
        XCTAssertEqual(entry.killRatio, 0.75)   // 3 of the 4 that compiled
        XCTAssertEqual(entry.survivors.map(\.change), ["`<` -> `<=`"])
        XCTAssertEqual(entry.survivors.map(\.line), [2])
        XCTAssertFalse(report.ok, "0.75 is below the goal of 0.9")
        XCTAssertFalse(temporary.exists(".learn/mutants"))
    }

    func testASolutionThatFailsIsAProblemAndItsMutantsAreNotRun() throws {
        try temporary.write("func f() -> Int {\n    1 + 1\n}\n", to: "solutions/01-basics/first.swift")
        let checker = ScriptedChecker { _ in .failed }
        let report = try MutationTester(workspace: temporary.workspace, checker: checker).run(ids: ["1", "third"])
        XCTAssertEqual(report.exercises.map(\.id), ["first", "third"])
        XCTAssertEqual(report.exercises[0].problems, ["solutions/01-basics/first.swift: the solution must pass its suite, got failed"])
        XCTAssertEqual(report.exercises[0].tested, 0)
        XCTAssertEqual(report.exercises[1].problems, ["solutions/02-more/third.swift: missing or unreadable (the exercise's solution)"])
        XCTAssertFalse(report.ok)
    }

    func testTheCapIsReported() throws {
        try temporary.write("func f() -> [Int] {\n    [10, 20, 30]\n}\n", to: "solutions/01-basics/first.swift")
        let checker = ScriptedChecker { $0.contains("[10, 20, 30]") ? .passed : .failed }
        let report = try MutationTester(workspace: temporary.workspace, checker: checker, cap: 4)
            .run(ids: []) // every exercise: first has 6 mutants (each literal +1 and -1), second and third no solution
        let first = report.exercises[0]
        XCTAssertEqual([first.generated, first.cap, first.tested], [6, 4, 4])
        XCTAssertTrue(first.capped)
        XCTAssertEqual(report.exercises.map(\.id), ["first", "second", "third"])
    }

    func testAnUnknownIdIsAUsageError() {
        XCTAssertThrowsError(try MutationTester(workspace: temporary.workspace, checker: ScriptedChecker { _ in .passed })
            .run(ids: ["frist"])) { error in
            XCTAssertEqual(error as? CatalogLookupError, .unknownExercise("frist", suggestion: "first"))
        }
    }
}

/// Judges a file by its text: the status `judge` gives it.
private struct ScriptedChecker: ExerciseChecker {
    let judge: @Sendable (String) -> CheckStatus

    func check(_ exercise: Exercise, learnerFile: URL) throws -> CheckResult {
        let source = try String(contentsOf: learnerFile, encoding: .utf8)
        return CheckResult(id: exercise.id, status: judge(source), tests: [], compileErrors: [], durationSeconds: 0, output: "")
    }
}
