import Foundation
import XCTest
@testable import Workbench

/// One `learn project run ID --reference` per project and test process, shared by every test of
/// that project's run tests (a run compiles the driver: seconds).
final class SharedProjectRun: @unchecked Sendable {
    private let lock = NSLock()
    private let id: String
    private var made: (ProjectWorkspace, ProjectRunResult, URL)?

    init(_ id: String) { self.id = id }

    func run() throws -> (ProjectWorkspace, ProjectRunResult, URL) {
        try lock.withLock {
            if let made { return made }
            let fixture = try ProjectWorkspace()
            let out = fixture.temporary.root.appendingPathComponent("out")
            let result = try fixture.request().run(id, reference: true, out: out.path, currentDirectory: fixture.temporary.root)
            made = (fixture, result, out)
            return (fixture, result, out)
        }
    }

    /// The report in a headless browser: no console messages, every heading in `headings` shown.
    func assertRendersInABrowser(headings: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let browser = try HeadlessBrowser.require()
        let (_, _, out) = try run()
        let rendering = try browser.render(out.appendingPathComponent("report.html"))
        XCTAssertEqual(rendering.console, [], "no console messages", file: file, line: line)
        for heading in headings { XCTAssertTrue(rendering.dom.contains(heading), heading, file: file, line: line) }
        if let keep = ProcessInfo.processInfo.environment["FAIRWORK_SCREENSHOTS"] {
            try browser.screenshot(out.appendingPathComponent("report.html"), to: URL(fileURLWithPath: keep).appendingPathComponent("\(id).png"))
        }
    }

    /// Every file in `files` was written, with the model card, and nothing is pending.
    func assertArtifacts(_ files: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let (_, result, out) = try run()
        XCTAssertTrue(result.reference, file: file, line: line)
        for name in files {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), name, file: file, line: line)
        }
        XCTAssertEqual(result.artifacts.filter(\.pending).map(\.file), [], file: file, line: line)
        for name in ["model-card.md", "model-card.html", "model-card.json"] {
            XCTAssertTrue(result.files.contains(name), name, file: file, line: line)
        }
        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("the reference solution"), file: file, line: line)
        // Every chart a Markdown artifact shows is written beside it, and every chart written is shown by one.
        var linked: Set<String> = []
        for name in result.files where name.hasSuffix(".md") {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            for part in text.components(separatedBy: "(<").dropFirst() {
                if let end = part.range(of: ">)"), part[..<end.lowerBound].hasSuffix(".svg") { linked.insert(String(part[..<end.lowerBound])) }
            }
        }
        XCTAssertEqual(linked, Set(result.files.filter { $0.hasSuffix(".svg") }), file: file, line: line)
    }
}
