import XCTest
@testable import Workbench

final class SwiftSourceTextTests: XCTestCase {
    func testCommentsAndStringsAreBlankedKeepingLengthAndLines() {
        let source = """
        let a = "XCTFail()" // XCTFail()
        /* XCTFail() /* nested */ still comment */ let b = 1
        """
        let text = SwiftSourceText(source)
        XCTAssertEqual(text.code.count, source.count)
        XCTAssertEqual(text.code.split(separator: "\n", omittingEmptySubsequences: false).count, 2)
        XCTAssertFalse(text.code.contains("XCTFail"))
        XCTAssertTrue(text.code.contains("let a ="))
        XCTAssertTrue(text.code.contains("let b = 1"))
    }

    func testInterpolatedCodeStaysVisible() {
        let text = SwiftSourceText(#"let s = "value: \(XCTFail("inner \(x)")) done""#)
        XCTAssertTrue(text.code.contains("XCTFail("))
        XCTAssertFalse(text.code.contains("inner"))
        XCTAssertFalse(text.code.contains("done"))
        XCTAssertFalse(text.code.contains("value"))
    }

    func testMultilineAndRawStrings() {
        let source = "let a = \"\"\"\n  import XCTest\n  \"\"\"\nlet b = #\"a \"quoted\" import XCTest\"#\nimport Foundation"
        let text = SwiftSourceText(source)
        XCTAssertFalse(text.code.contains("XCTest"))
        XCTAssertTrue(text.code.contains("import Foundation"))
        XCTAssertEqual(text.codeLines.last?.number, 5)
    }

    func testEscapedQuoteDoesNotEndTheString() {
        let text = SwiftSourceText(#"let s = "a \" XCTFail() \" b"; let t = 2"#)
        XCTAssertFalse(text.code.contains("XCTFail"))
        XCTAssertTrue(text.code.contains("let t = 2"))
    }

    func testLineOfOffset() {
        let text = SwiftSourceText("a\nb\nc")
        let c = text.code.firstIndex(of: "c")!
        XCTAssertEqual(text.line(ofOffset: c), 3)
    }
}

final class SuiteScanTests: XCTestCase {
    func testFindsClassesAndTestsInFileOrderIgnoringCommentedOnes() throws {
        let scan = try SuiteScan(source: """
        final class ASuite: XCTest::XCTestCase {
            func testOne() { }
            // func testCommentedOut() { }
            func helper() { }
            func testTwo() throws { }
        }
        final class BSuite: XCTestCase {
            /* func testHidden() {} */
            func testThree() {}
        }
        final class NotASuite { func testIgnored() {} }
        """, path: "Suite.swift")
        XCTAssertEqual(scan.classes.map(\.name), ["ASuite", "BSuite"])
        XCTAssertEqual(scan.testNames, ["testOne", "testTwo", "testThree"])
    }

    func testDuplicateTestNamesAreAnAuthoringErrorWithLines() {
        XCTAssertThrowsError(try SuiteScan(source: """
        final class A: XCTestCase {
            func testSame() {}
        }
        final class B: XCTestCase {
            func testSame() {}
        }
        """, path: "S.swift")) { error in
            XCTAssertEqual(error as? CheckEngineError, .invalidSuite(path: "S.swift", line: 5,
                reason: "a second test named testSame (the first is at line 2); test names must be unique in a suite"))
        }
    }

    func testAsyncTestsAndEmptySuitesAreRejected() {
        XCTAssertThrowsError(try SuiteScan(source: "class A: XCTestCase { func testX() async {} }", path: "S.swift"))
        XCTAssertThrowsError(try SuiteScan(source: "class A: XCTestCase { }", path: "S.swift"))
    }

    func testGeneratedMainListsEveryTest() throws {
        let scan = try SuiteScan(source: "class A: XCTestCase { func testX() {}\n func testY() {} }", path: "S.swift")
        let main = HarnessSource.main(for: scan)
        XCTAssertTrue(main.contains(#"XCTest::testCase([("testX", A.testX), ("testY", A.testY)]),"#), main)
        XCTAssertTrue(main.contains("FairworkCheckHarness::Harness.run(["), main)
    }
}

final class LearnerPolicyTests: XCTestCase {
    func testForbiddenImportsAreFoundOnTheirLinesButNotInCommentsOrStrings() {
        let source = SwiftSourceText("""
        import Foundation
        // import XCTest
        let s = "import XCTest"
        @testable import XCTest
        import struct Testing.Test
        import FairKit
        """)
        let found = LearnerPolicy.violations(in: source, displayPath: "e.swift")
        XCTAssertEqual(found.map(\.line), [4, 5])
        XCTAssertTrue(found[0].message.contains("may not import XCTest"))
        XCTAssertTrue(found[1].message.contains("may not import Testing"))
    }
}
