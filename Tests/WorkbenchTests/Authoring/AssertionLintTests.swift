import XCTest
@testable import Workbench

final class AssertionLintTests: XCTestCase {
    func testUnqualifiedCallsAreFoundWithTheirLines() {
        let suite = """
            import XCTest
            @testable import LearnerCode

            final class ASuite: XCTest::XCTestCase {
                func testOne() throws {
                    XCTest::XCTAssertEqual(f(), 1, "qualified")
                    XCTAssertEqual(f(), 1, "not qualified")
                    let x = try XCTUnwrap(g())
                    if x > 2 { XCTFail("too big") }
                    try XCTSkipIf(false)
                    XCTest::XCTAssertTrue(XCTAssertTrueish())
                }
            }
            """
        XCTAssertEqual(AssertionLint.findings(in: suite, file: "S.swift").map(\.description), [
            "S.swift:7: XCTAssertEqual is not module-qualified; write XCTest::XCTAssertEqual (an unqualified call would run a learner's function of the same name)",
            "S.swift:8: XCTUnwrap is not module-qualified; write XCTest::XCTUnwrap (an unqualified call would run a learner's function of the same name)",
            "S.swift:9: XCTFail is not module-qualified; write XCTest::XCTFail (an unqualified call would run a learner's function of the same name)",
            "S.swift:10: XCTSkipIf is not module-qualified; write XCTest::XCTSkipIf (an unqualified call would run a learner's function of the same name)",
            // A learner-side name that merely starts like an assertion is flagged too: it matches the
            // pattern XCTest's own names use, so a suite should not call such a thing unqualified.
            "S.swift:11: XCTAssertTrueish is not module-qualified; write XCTest::XCTAssertTrueish (an unqualified call would run a learner's function of the same name)",
        ])
    }

    func testCommentsAndStringsAreIgnoredButInterpolationsAreNot() {
        let suite = """
            // XCTAssertEqual in a comment
            /* XCTFail in a block comment */
            let message = "XCTAssertTrue in a string"
            let other = "\\(XCTFail())"
            XCTest::XCTExpectFailure("qualified")
            XCTExpectFailure("bare")
            """
        XCTAssertEqual(AssertionLint.findings(in: suite, file: "S.swift").map { "\($0.line) \($0.name)" },
                       ["4 XCTFail", "6 XCTExpectFailure"])
    }

    func testNamesThatOnlyContainAnAssertionAreNotCalls() {
        XCTAssertEqual(AssertionLint.findings(in: "let myXCTFail = 1; XCTestCase.self; XCTFailure()", file: "S.swift").map(\.name), [])
    }
}
