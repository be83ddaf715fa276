import Foundation
import XCTest
@testable import Workbench

/// A temporary copy of this repository's practice projects (the manifest, the projects' files and
/// suites, with the catalog and digests a course needs), opened as a course with the real check
/// engine. Its `.learn/cache` is the engine tests' shared cache, so the toolkit is linked once per build.
struct ProjectWorkspace {
    /// The repository this test file belongs to.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let temporary: TemporaryWorkspace
    var workspace: Workspace { temporary.workspace }

    init() throws {
        temporary = try TemporaryWorkspace()
        let fm = FileManager.default
        for path in ["lessons/catalog.json", "lessons/digests.json", "projects", "Tests/ProjectSuites"] {
            let target = temporary.root.appendingPathComponent(path)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: Self.repository.appendingPathComponent(path), to: target)
        }
        try fm.createDirectory(at: workspace.stateDirectory, withIntermediateDirectories: true)
        try fm.createDirectory(at: CheckFixture.cache, withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: workspace.cacheDirectory, withDestinationURL: CheckFixture.cache)
    }

    /// The course, checked by the real engine; a corrupt progress file fails the test.
    func request() throws -> ProjectRequest {
        let course = try Course(workspace: workspace, checker: EngineChecker(workspace: workspace)) { _ in
            ProgressRecovery(report: { _ in XCTFail("no corrupt progress expected") }, rebuild: { ProgressState() })
        }
        return try ProjectRequest(course: course)
    }

    /// Replaces the learner's copy of `step` by its reference solution.
    func solve(_ step: ProjectStep) throws {
        try temporary.write(try temporary.read(step.solutionPath), to: step.path)
    }

    func remove() { temporary.remove() }
}

/// One `learn project run NAME --reference` per project for the whole test process (a run
/// compiles the driver: seconds), into `out/` of its own workspace copy.
final class ReferenceRuns: @unchecked Sendable {
    static let shared = ReferenceRuns()
    private let lock = NSLock()
    private var made: [String: (ProjectWorkspace, ProjectRunResult, URL)] = [:]

    func run(_ project: String) throws -> (ProjectWorkspace, ProjectRunResult, URL) {
        try lock.withLock {
            if let done = made[project] { return done }
            let fixture = try ProjectWorkspace()
            let out = fixture.temporary.root.appendingPathComponent("out")
            let result = try fixture.request().run(project, reference: true, out: out.path, currentDirectory: fixture.temporary.root)
            made[project] = (fixture, result, out)
            return (fixture, result, out)
        }
    }

    /// Opens `out/report.html` in headless Chromium: no console messages, every heading present.
    /// Returns the DOM. With FAIRWORK_SCREENSHOTS=DIR, saves `DIR/<screenshot>.png`.
    @discardableResult
    static func assertRendersInBrowser(_ out: URL, screenshot: String, headings: [String],
                                       file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let browser = try HeadlessBrowser.require()
        let page = out.appendingPathComponent("report.html")
        let rendering = try browser.render(page)
        XCTAssertEqual(rendering.console, [], "no console messages", file: file, line: line)
        for heading in headings { XCTAssertTrue(rendering.dom.contains(heading), heading, file: file, line: line) }
        if let keep = ProcessInfo.processInfo.environment["FAIRWORK_SCREENSHOTS"] {
            try browser.screenshot(page, to: URL(fileURLWithPath: keep).appendingPathComponent("\(screenshot).png"))
        }
        return rendering.dom
    }
}
