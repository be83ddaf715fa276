import Foundation
import XCTest
@testable import Workbench

final class CourseVerifierTests: XCTestCase {
    private var temporary: TemporaryWorkspace!

    /// A sound copy of the sample course: stubs with a TODO, mirrored solutions, suites with
    /// qualified calls, lessons with the named sections.
    override func setUpWithError() throws {
        temporary = try TemporaryWorkspace()
        try temporary.write(sampleCatalogJSON, to: "lessons/catalog.json")
        try temporary.write("# Basics\n\n## The first\n\ntext\n\n## The second\n", to: "lessons/01-basics/lesson.md")
        try temporary.write("# More\n\n## The third\n", to: "lessons/02-more/lesson.md")
        for exercise in try sampleCatalog().exercises {
            try temporary.write("// TODO: write it\nSTUB\n", to: exercise.path)
            try temporary.write("SOLUTION\n", to: exercise.solutionPath)
            try temporary.write("XCTest::XCTAssertEqual(1, 1)\n", to: exercise.suite)
        }
        try recordDigests()
    }

    /// Records the stubs and suites as they stand as the shipped ones (what
    /// `learn verify --update-digests` does, without its refusal of stubs lacking a TODO).
    private func recordDigests() throws {
        var files: [String: String] = [:]
        for exercise in try sampleCatalog().exercises {
            for path in [exercise.path, exercise.suite] {
                files[path] = CourseDigests.digest(of: try XCTUnwrap(FileManager.default.contents(atPath: temporary.workspace.url(path).path)))
            }
        }
        try CourseDigests(files: files).write(to: temporary.workspace)
    }

    override func tearDown() {
        temporary.remove()
    }

    private func verify() -> VerifyReport {
        CourseVerifier(workspace: temporary.workspace, checker: MarkerChecker()).verify()
    }

    func testASoundCourseIsOK() {
        let report = verify()
        XCTAssertTrue(report.ok, "\(report)")
        XCTAssertEqual(report.exercises.map(\.id), ["first", "second", "third"])
        XCTAssertEqual(report.exercises.map(\.solution), [.passed, .passed, .passed])
        XCTAssertEqual(report.exercises.map(\.stub), [.failed, .failed, .failed])
    }

    func testEveryRuleIsReportedAgainstItsExercise() throws {
        try temporary.write("FAIL\n", to: "solutions/01-basics/first.swift")                      // solution fails
        try temporary.write("// TODO\nCOMPILE_ERROR\n", to: "exercises/01-basics/second.swift")  // stub does not compile
        try temporary.write("SOLUTION, no todo\n", to: "exercises/02-more/third.swift")           // stub passes, no TODO
        try temporary.write("\n\nXCTAssertEqual(1, 2)\n", to: "Tests/ExerciseSuites/02-more/ThirdSuite.swift")
        try temporary.write("# More\n\n## The thrid\n", to: "lessons/02-more/lesson.md")
        try FileManager.default.removeItem(at: temporary.root.appendingPathComponent("solutions/01-basics/second.swift"))
        try temporary.write("old", to: "exercises/01-basics/renamed.swift")
        try temporary.write("old", to: "solutions/zz/orphan.swift")
        try temporary.write("swap", to: "exercises/01-basics/.first.swift.swp")
        try recordDigests()

        let report = verify()
        XCTAssertFalse(report.ok)
        XCTAssertEqual(report.problems, [
            "exercises/01-basics/renamed.swift: stray file (no exercise of lessons/catalog.json has this path or its solution)",
            "solutions/zz/orphan.swift: stray file (no exercise of lessons/catalog.json has this path or its solution)",
        ])
        XCTAssertEqual(report.exercises[0].problems, [
            "solution solutions/01-basics/first.swift: expected passed, got failed (testIt: XCTAssertEqual failed: (\"0\") is not equal to (\"1\"))",
        ])
        XCTAssertEqual(report.exercises[1].problems, [
            "solutions/01-basics/second.swift: missing (solutions mirror exercises/ path for path)",
            "stub exercises/01-basics/second.swift: expected failed, got compile_error (exercises/01-basics/second.swift:2:1: cannot find 'COMPILE_ERROR' in scope)",
        ])
        XCTAssertEqual(report.exercises[1].solution, nil)
        XCTAssertEqual(report.exercises[2].problems, [
            "exercises/02-more/third.swift: no `// TODO` line telling the learner what to do",
            "Tests/ExerciseSuites/02-more/ThirdSuite.swift:3: XCTAssertEqual is not module-qualified; write XCTest::XCTAssertEqual (an unqualified call would run a learner's function of the same name)",
            "lessons/02-more/lesson.md: no heading has the slug 'the-third' named by lesson_section; did you mean 'the-thrid'? (headings: more, the-thrid)",
            "stub exercises/02-more/third.swift: expected failed, got passed (the untouched stub must fail its suite, or the learner has nothing to do)",
        ])
    }

    func testACrashingStubAndAnUnrunnableCheckAreProblems() throws {
        try temporary.write("// TODO\nCRASH\n", to: "exercises/01-basics/first.swift")
        try temporary.write("INFRA\n", to: "solutions/02-more/third.swift")
        try recordDigests()
        let report = verify()
        XCTAssertEqual(report.exercises[0].problems, [
            "stub exercises/01-basics/first.swift: expected failed, got crashed (stubs must return a wrong placeholder, never crash "
                + "or loop, so every test reports; testIt: the run crashed before this test reported)",
        ])
        XCTAssertEqual(report.exercises[2].problems, ["cannot check the solution solutions/02-more/third.swift: toolkit missing"])
        XCTAssertNil(report.exercises[2].solution)
    }

    func testAnInvalidCatalogIsTheOnlyProblem() throws {
        try temporary.write(#"{"format_version": 1, "title": "x", "modules": []}"#, to: "lessons/catalog.json")
        let report = verify()
        XCTAssertEqual(report, VerifyReport(problems: ["lessons/catalog.json: modules: the course needs at least one module"],
                                            exercises: []))
        XCTAssertFalse(report.ok)
    }

    func testChecksRunInParallelUpToTheLimit() throws {
        let checker = MarkerChecker(delay: 0.05)
        let report = CourseVerifier(workspace: temporary.workspace, checker: checker, parallelism: 2).verify()
        XCTAssertTrue(report.ok)
        XCTAssertEqual(checker.calls, 6)
        XCTAssertLessThanOrEqual(checker.mostAtOnce, 2)
        let one = MarkerChecker(delay: 0.02)
        XCTAssertTrue(CourseVerifier(workspace: temporary.workspace, checker: one, parallelism: 1).verify().ok)
        XCTAssertEqual(one.mostAtOnce, 1)
    }
    func testAHintThatQuotesTheSolutionIsAProblem() throws {
        try temporary.write("SOLUTION\nlet answer = computeTheAnswer(for: input)\n", to: "solutions/01-basics/first.swift")
        let catalog = sampleCatalogJSON.replacingOccurrences(
            of: #""hints": ["gentle", "direct"]},"#,
            with: #""hints": ["gentle", "type let answer = computeTheAnswer(for: input) and you are done"]},"#)
        XCTAssertNotEqual(catalog, sampleCatalogJSON)
        try temporary.write(catalog, to: "lessons/catalog.json")
        XCTAssertEqual(verify().exercises[0].problems, [
            "lessons/catalog.json: hint 2 quotes the solution line `let answer = computeTheAnswer(for: input)`; "
                + "hints lead the learner there (concept, approach, nudge) without giving the answer",
        ])
    }

    func testStubsAreCheckedAsShippedInASolvedWorkspace() throws {
        let exercises = try sampleCatalog().exercises
        try StubArchive(workspace: temporary.workspace, digests: nil).capturePristineCopies(of: exercises)
        for exercise in exercises { try temporary.write("SOLUTION\n", to: exercise.path) }
        let report = verify()
        XCTAssertTrue(report.ok, "\(report)")
        XCTAssertEqual(report.exercises.map(\.stub), [.failed, .failed, .failed])
        XCTAssertEqual(try temporary.read(exercises[0].path), "SOLUTION\n", "verify must leave the learner's files alone")
        XCTAssertFalse(FileManager.default.fileExists(atPath: temporary.workspace.stateDirectory.appendingPathComponent("verify").path))
    }

    func testMissingStaleAndUnfindableDigestsAreProblems() throws {
        try temporary.write("XCTest::XCTAssertEqual(1, 2)\n", to: "Tests/ExerciseSuites/01-basics/FirstSuite.swift")
        try temporary.write("SOLUTION\n", to: "exercises/01-basics/second.swift")   // no pristine copy, no git
        let report = verify()
        XCTAssertTrue(report.exercises[0].problems.contains {
            $0.hasPrefix("Tests/ExerciseSuites/01-basics/FirstSuite.swift: differs from its digest in lessons/digests.json")
        }, "\(report.exercises[0].problems)")
        XCTAssertTrue(report.exercises[1].problems.contains {
            $0.hasPrefix("exercises/01-basics/second.swift: the shipped stub cannot be found (cannot reset 'second'")
        }, "\(report.exercises[1].problems)")
        XCTAssertNil(report.exercises[1].stub, "no stub to check")

        try FileManager.default.removeItem(at: temporary.workspace.url(CourseDigests.path))
        XCTAssertEqual(verify().problems, ["lessons/digests.json is missing: run `learn verify --update-digests` with the stubs untouched"])
    }
}

/// Decides by markers in the file: SOLUTION passes, STUB and FAIL fail, COMPILE_ERROR does not
/// compile, CRASH crashes, INFRA throws; counts calls and how many overlapped.
private final class MarkerChecker: ExerciseChecker, @unchecked Sendable {
    struct ToolkitMissing: Error, CustomStringConvertible { var description: String { "toolkit missing" } }

    private let lock = NSLock()
    private let delay: Double
    private var running = 0
    private(set) var mostAtOnce = 0
    private(set) var calls = 0

    init(delay: Double = 0) { self.delay = delay }

    func check(_ exercise: Exercise, learnerFile: URL) throws -> CheckResult {
        lock.withLock { running += 1; calls += 1; mostAtOnce = max(mostAtOnce, running) }
        defer { lock.withLock { running -= 1 } }
        if delay > 0 { Thread.sleep(forTimeInterval: delay) }
        let text = try String(contentsOf: learnerFile, encoding: .utf8)
        let path = "exercises/" + learnerFile.path.components(separatedBy: "/exercises/").last!
        func result(_ status: CheckStatus, _ tests: [TestOutcome] = [], _ errors: [CompileDiagnostic] = []) -> CheckResult {
            CheckResult(id: exercise.id, status: status, tests: tests, compileErrors: errors, durationSeconds: 0, output: "")
        }
        if text.contains("INFRA") { throw ToolkitMissing() }
        if text.contains("COMPILE_ERROR") {
            return result(.compileError, [], [CompileDiagnostic(file: path, line: 2, column: 1, message: "cannot find 'COMPILE_ERROR' in scope")])
        }
        if text.contains("CRASH") {
            return result(.crashed, [TestOutcome(name: "testIt", status: .failed, message: "the run crashed before this test reported")])
        }
        if text.contains("SOLUTION") { return result(.passed, [TestOutcome(name: "testIt", status: .passed, message: "")]) }
        return result(.failed, [TestOutcome(name: "testIt", status: .failed, message: #"XCTAssertEqual failed: ("0") is not equal to ("1")"#)])
    }

}
