import Foundation
import XCTest
@testable import Workbench

/// The isolated engine's ordinary results: the same statuses and messages as the fast engine,
/// with values crossing the pipe both ways.
final class IsolatedEngineTests: XCTestCase {
    var fixture: IsolatedFixture!

    override func setUpWithError() throws { fixture = try IsolatedFixture() }
    override func tearDown() { fixture.remove() }

    func testCorrectFilePassesAcrossThePipe() throws {
        let result = try fixture.check(learner: IsolatedFixture.correct)
        XCTAssertEqual(result.status, .passed, "\(result)")
        XCTAssertEqual(result.tests.map(\.status), [.passed, .passed])
    }

    func testLearnerCodeLoadsTheBundledDatasets() throws {
        // The learner's process cannot see the build folder (in grading it is inside the covered
        // workspace; here it is covered explicitly), so FairKit's resource bundle must be next to
        // its server: German Credit has 1,000 rows.
        let solution = "import FairKit\nfunc rows() throws -> Int { try Dataset.germanCredit().table.rowCount }\n"
        let suite = """
            import XCTest
            @testable import LearnerCode

            final class RowsSuite: XCTest::XCTestCase {
                func testGermanCreditHasAThousandRows() throws {
                    XCTest::XCTAssertEqual(try rows(), 1000, "German Credit's rows, loaded in the learner's process")
                }
            }
            """
        let result = try fixture.check(learner: solution, suite: suite, solution: solution, hiding: [try Toolkit.locate().buildDirectory])
        XCTAssertEqual(result.status, .passed, "\(result)")
    }

    func testWrongAnswerFailsWithTheSuitesMessage() throws {
        let learner = IsolatedFixture.correct.replacingOccurrences(of: "{ 42 }", with: "{ 41 }")
        let result = try fixture.check(learner: learner)
        XCTAssertEqual(result.status, .failed)
        XCTAssertTrue(result.tests[0].message.contains("got:      41"), result.tests[0].message)
        XCTAssertEqual(result.tests[1].status, .passed)
    }

    func testMutatingMethodsBringSelfBack() throws {
        let learner = IsolatedFixture.correct.replacingOccurrences(of: "count += n", with: "count += 2 * n")
        let result = try fixture.check(learner: learner)
        XCTAssertEqual(result.tests[1].status, .failed)
        // add() then add(3) doubling each: 2 + 6 = 8.
        XCTAssertTrue(result.tests[1].message.contains("count: 8"), result.tests[1].message)
    }

    func testWhatTheLearnersCodePrintsIsShown() throws {
        let learner = "import Foundation\n" + IsolatedFixture.correct.replacingOccurrences(of: "{ 42 }", with: "{ print(\"thinking about 42\"); return 42 }")
        let result = try fixture.check(learner: learner)
        XCTAssertEqual(result.status, .passed, "\(result)")
        XCTAssertTrue(result.output.contains("thinking about 42"), result.output)
    }

    func testAChangedTypeFailsWithAMessageSayingSo() throws {
        // The learner's Tally has a stored property the exercise's has not: the test process's
        // Tally values do not decode in the learner's process.
        let learner = IsolatedFixture.correct.replacingOccurrences(of: "var count = 0", with: "var count = 0\n    var label: String")
        let result = try fixture.check(learner: learner)
        XCTAssertEqual(result.status, .failed, "\(result)")
        XCTAssertTrue(result.tests[1].message.contains("could not read the arguments of this call"), result.tests[1].message)
        XCTAssertTrue(result.tests[1].message.contains("in Tally.add(_:)"), result.tests[1].message)
    }

    func testCoveredFoldersAreOutermostAndNeverHoldTheServer() {
        let folders = ["/work/course/.learn/cache", "/work/course", "/work/course/Tests/ExerciseSuites/01", "/work/course",
                       "/tmp", "/work/other"].map { URL(fileURLWithPath: $0) }
        // /tmp holds the servers' folder; the cache and the suites are inside the course.
        XCTAssertEqual(IsolatedEngine.coverable(folders).map(\.path), ["/work/course", "/work/other"])
    }

    func testCompileErrorPointsAtTheLearnersLine() throws {
        let learner = IsolatedFixture.correct.replacingOccurrences(of: "{ 42 }", with: "{ \"forty-two\" }")
        let result = try fixture.check(learner: learner)
        XCTAssertEqual(result.status, .compileError)
        XCTAssertEqual(result.compileErrors.first?.file, "exercises/answer.swift")
        XCTAssertEqual(result.compileErrors.first?.line, 6)
    }

    func testChangedSignatureIsACompileErrorOnTheDeclaration() throws {
        let learner = IsolatedFixture.correct.replacingOccurrences(of: "func double(_ x: Int)", with: "func double(value x: Int)")
        let result = try fixture.check(learner: learner)
        XCTAssertEqual(result.status, .compileError, "\(result)")
        XCTAssertEqual(result.compileErrors.first?.line, 7, "\(result.compileErrors)")
    }
}
