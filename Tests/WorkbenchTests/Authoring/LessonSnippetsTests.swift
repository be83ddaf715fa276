import XCTest
@testable import Workbench

final class LessonSnippetsTests: XCTestCase {
    private let lesson = """
        # Title

        ```swift
        let a = 1
        let b = a + 1
        ```

        ```
        not swift
        ```

        ~~~swift fragment
        return b
        ~~~

          ````swift
          print(b)
          ````
        """

    func testOnlyCompilableSwiftBlocksAreTakenWithTheirLines() {
        let snippets = LessonSnippets(lesson: "lessons/x.md", markdown: lesson)
        XCTAssertEqual(snippets.blocks, [
            .init(firstLine: 4, lines: ["let a = 1", "let b = a + 1"]),
            .init(firstLine: 17, lines: ["  print(b)"]),   // lines 16-18: the indented four-backtick fence
        ])
    }

    func testGeneratedLinesMapBackToTheLesson() {
        let snippets = LessonSnippets(lesson: "lessons/x.md", markdown: lesson)
        let generated = snippets.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Every lesson line of a block is found at the generated line that maps back to it.
        for block in snippets.blocks {
            for (offset, text) in block.lines.enumerated() {
                let line = try? XCTUnwrap(generated.firstIndex(of: text)).advanced(by: 1)
                XCTAssertEqual(line.flatMap(snippets.lessonLine(ofGeneratedLine:)), block.firstLine + offset, text)
            }
        }
        XCTAssertNil(snippets.lessonLine(ofGeneratedLine: 2), "an import is generated, not the lesson's")
        XCTAssertTrue(generated.contains("func lessonBlock2() throws {"))
    }
}
