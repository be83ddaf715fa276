import XCTest
@testable import Workbench

final class CompilerDiagnosticsTests: XCTestCase {
    let learner = SwiftSourceText("""
    import FairKit

    func confusionMatrix(labels: [Int], predictions: [Int]) -> [Int] {
        []
    }
    """)

    var diagnostics: CompilerDiagnostics {
        CompilerDiagnostics(compiledLearnerPath: "/tmp/run/42/split.swift", displayPath: "exercises/01/split.swift",
                            learnerSource: learner)
    }

    func testLearnerErrorsMapTheSnapshotPathToTheDisplayPath() {
        let output = """
        /tmp/run/42/split.swift:4:5: error: cannot find 'x' in scope
            x
            ^
        /tmp/run/42/split.swift:2:1: warning: unused
        """
        XCTAssertEqual(diagnostics.learnerErrors(in: output),
                       [CompileDiagnostic(file: "exercises/01/split.swift", line: 4, column: 5, message: "cannot find 'x' in scope")])
    }

    func testSuiteErrorsLandOnTheLearnersDeclarationOfTheCalledName() {
        let suite = "import XCTest\n\nlet m = confusionMatrix(labels: [1], predictions: [1], extra: 1)\n"
        let output = "/repo/Tests/S.swift:3:54: error: extra argument 'extra' in call\n"
        let errors = diagnostics.suiteErrors(in: output, suiteSource: suite)
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors[0].file, "exercises/01/split.swift")
        XCTAssertEqual(errors[0].line, 3)
        XCTAssertEqual(errors[0].column, 1)
        XCTAssertTrue(errors[0].message.hasPrefix("the tests cannot use your code: extra argument 'extra' in call"))
    }

    func testSuiteErrorsAboutUnknownNamesFallBackToLineOne() {
        // The learner's one declaration is used by the suite, so it is not a renamed `accuracy`.
        let output = "/repo/Tests/S.swift:1:9: error: cannot find 'accuracy' in scope\n"
        let errors = diagnostics.suiteErrors(in: output, suiteSource: "let a = accuracy\nlet m = confusionMatrix(labels: [], predictions: [])\n")
        XCTAssertEqual(errors.map(\.line), [1])
    }

    func testARenamedFunctionIsSaidOnceWithTheSignatureTheTestsCall() {
        // The learner renamed confusionMatrix(labels:predictions:) to countOutcomes(...); the
        // compiler reports each call, plus follow-on noise on the same lines.
        let learner = SwiftSourceText("import FairKit\n\nfunc countOutcomes(labels: [Int], predictions: [Int]) -> [Int] {\n    []\n}\n")
        let diagnostics = CompilerDiagnostics(compiledLearnerPath: "/tmp/run/42/split.swift",
                                              displayPath: "exercises/01/split.swift", learnerSource: learner)
        let suite = """
        import XCTest
        let a = try XCTest::XCTUnwrap(confusionMatrix(labels: [1, 0], predictions: f(1, "x, y")),
                                      "two rows")
        XCTest::XCTAssertEqual(confusionMatrix(labels: [], predictions: []), [])
        """
        let output = """
        /repo/S.swift:2:31: error: cannot find 'confusionMatrix' in scope
        /repo/S.swift:2:21: error: generic parameter 'T' could not be inferred
        /repo/S.swift:4:24: error: cannot find 'confusionMatrix' in scope
        /repo/S.swift:4:9: error: type 'Any' cannot conform to 'Equatable' [#ProtocolTypeNonConformance]
        """
        XCTAssertEqual(diagnostics.suiteErrors(in: output, suiteSource: suite), [
            CompileDiagnostic(file: "exercises/01/split.swift", line: 3, column: 1,
                              message: "`confusionMatrix(labels:predictions:)` is missing: the tests call it with this signature"),
        ])
    }

    func testChangedLabelsAndUnlabelledArgumentsGiveTheCalledSignature() {
        let suite = "let m = confusionMatrix(rows: 3, [1], { $0 }, predictions: [0])\n"
        let output = "/repo/S.swift:1:24: error: incorrect argument labels in call (have 'rows:_:_:predictions:', expected 'labels:predictions:')\n"
        XCTAssertEqual(diagnostics.suiteErrors(in: output, suiteSource: suite).map(\.message),
                       ["`confusionMatrix(rows:_:_:predictions:)` is missing: the tests call it with this signature"])
        XCTAssertEqual(SuiteLines(suite).callLabels(of: "confusionMatrix", at: 8), "rows:_:_:predictions:")
        XCTAssertEqual(SuiteLines("f()").callLabels(of: "f", at: 0), "")
    }

    func testLinkerErrorsAreKept() {
        let output = "/usr/bin/ld.gold: error: undefined reference to 'foo'\nclang: error: linker command failed with exit code 1\n"
        XCTAssertEqual(diagnostics.learnerErrors(in: output).count, 2)
    }
}
