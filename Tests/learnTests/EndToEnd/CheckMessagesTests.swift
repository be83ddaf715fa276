import Foundation
import XCTest

/// What a learner reads after a check of a module-1 exercise, through the built binary: a renamed
/// function said once, failures that say which value is expected, a crash on the learner's line,
/// and after a pass the points and the reference solution.
final class CheckMessagesTests: XCTestCase {
    private var course: CourseCopy!
    private let path = "exercises/01-foundations/01_seeded_split.swift"

    override func setUpWithError() throws {
        course = try CourseCopy.realCourse()
    }

    override func tearDown() {
        course.remove()
    }

    func testARenamedFunctionIsOneErrorWithTheSignatureOnTheRenamedDeclaration() throws {
        let solution = try course.read("solutions/01-foundations/01_seeded_split.swift")
        let renamed = solution.replacingOccurrences(of: "func trainTestSplit(", with: "func makeSplit(")
        XCTAssertNotEqual(renamed, solution)
        try course.write(renamed, to: path)
        let line = try XCTUnwrap(renamed.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("func makeSplit(") }) + 1

        let run = try course.learn("check", "seeded-split")
        XCTAssertEqual(run.exitCode, 1)
        let errors = run.stdout.split(separator: "\n").filter { $0.contains("error:") }
        XCTAssertEqual(errors, ["\(path):\(line):1: error: `trainTestSplit(rowCount:testFraction:seed:)` is missing: "
                                + "the tests call it with this signature"], run.stdout)
    }

    func testFailuresLabelExpectedAndGotWithoutTheModulePrefix() throws {
        let run = try course.learn("check", "confusion-matrix")   // the untouched stub
        XCTAssertEqual(run.exitCode, 1)
        // ConfusionMatrixSuite: XCTAssertEqual(confusionMatrix(labels: [1], predictions: [1]), expected, ...)
        // with expected one true positive; the stub counts nothing.
        XCTAssertTrue(run.stdout.contains("""
                      true positive: label 1 and prediction 1
                      expected: Optional(ConfusionMatrix(truePositives: 1, falsePositives: 0, trueNegatives: 0, falseNegatives: 0))
                      got:      Optional(ConfusionMatrix(truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0))
            """), run.stdout)
        XCTAssertFalse(run.stdout.contains("LearnerCode."), run.stdout)
        XCTAssertFalse(run.stdout.contains("is not equal to"), run.stdout)
    }

    func testACrashPointsAtTheLearnersLine() throws {
        var lines = try course.read(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let body = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("func shuffledIndices(") })
        lines.insert("    let none: Int? = nil; _ = none!", at: body + 1)
        try course.write(lines.joined(separator: "\n"), to: path)

        let run = try course.learn("check", "seeded-split")
        XCTAssertEqual(run.exitCode, 1)
        XCTAssertTrue(run.stdout.contains("seeded-split crashed"), run.stdout)
        XCTAssertTrue(run.stdout.contains("Fatal error: Unexpectedly found nil while unwrapping an Optional value\n"
                                          + "          at \(path):\(body + 2):"), run.stdout)
        XCTAssertTrue(run.stdout.contains(", in shuffledIndices(count:seed:)"), run.stdout)
    }

    func testAPassShowsThePointsAndOffersTheReferenceSolution() throws {
        let failing = try course.learn("check", "seeded-split")
        XCTAssertFalse(failing.stdout.contains("solutions/"), "the solution is offered only after a pass")
        try course.solve(path)
        let run = try course.learn("check", "seeded-split")
        XCTAssertEqual(run.exitCode, 0, run.stdout)
        // lessons/catalog.json gives seeded-split 10 points.
        XCTAssertTrue(run.stdout.contains("Solved: 10 points.\n"
                                          + "Compare yours with the reference solution: solutions/01-foundations/01_seeded_split.swift\n"
                                          + "Progress saved. Next: confusion-matrix"), run.stdout)
    }
}
