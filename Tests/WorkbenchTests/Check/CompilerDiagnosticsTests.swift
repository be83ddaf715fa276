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
        let output = "/repo/Tests/S.swift:9:9: error: cannot find 'accuracy' in scope\n"
        let errors = diagnostics.suiteErrors(in: output, suiteSource: "")
        XCTAssertEqual(errors.map(\.line), [1])
    }

    func testLinkerErrorsAreKept() {
        let output = "/usr/bin/ld.gold: error: undefined reference to 'foo'\nclang: error: linker command failed with exit code 1\n"
        XCTAssertEqual(diagnostics.learnerErrors(in: output).count, 2)
    }
}
