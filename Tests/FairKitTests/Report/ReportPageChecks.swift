import FairKit
import Foundation
import XCTest

/// Checks every HTML report kind shares: the page loads nothing from elsewhere, and a real
/// browser renders it without console messages, with every chart in the DOM.
enum ReportPageChecks {
    /// No script, no linked resource, no CSS `url(...)`, no `src`/`href` that leaves the file.
    /// Text that merely mentions a URL is allowed: it is escaped and loads nothing.
    static func assertSelfContained(_ html: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(html.contains("<script"), "a script element", file: file, line: line)
        XCTAssertFalse(html.contains("<link"), "a linked resource", file: file, line: line)
        // url(#id) names a pattern inside the page; any other url() loads something.
        XCTAssertFalse(html.replacingOccurrences(of: "url(#", with: "").contains("url("), "a CSS url()", file: file, line: line)
        XCTAssertFalse(html.contains("@import"), "a CSS import", file: file, line: line)
        let loading = try? NSRegularExpression(pattern: #"\s(src|href|xlink:href)\s*=\s*["']?\s*([a-z]+:|//)"#, options: [.caseInsensitive])
        let found = loading?.firstMatch(in: html, range: NSRange(html.startIndex..., in: html))
        XCTAssertNil(found, "an attribute that loads from elsewhere", file: file, line: line)
    }

    /// Renders `document`'s HTML in headless Chromium (skipped without it, failed in CI): no
    /// console messages and every chart's SVG present. With FAIRWORK_SCREENSHOTS=folder, a PNG
    /// `name`.png is saved there to look at.
    static func assertRendersInBrowser(_ document: ReportDocument, name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let browser = try HeadlessBrowser.require(file: file, line: line)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("\(name).html")
        let html = document.html()
        assertSelfContained(html, file: file, line: line)
        try html.write(to: page, atomically: true, encoding: .utf8)
        let rendering = try browser.render(page)
        XCTAssertEqual(rendering.console, [], "no console messages", file: file, line: line)
        XCTAssertTrue(rendering.dom.contains("<h1>"), "the page has its title", file: file, line: line)
        for chart in document.charts {
            XCTAssertTrue(rendering.dom.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(chart.id)\""), chart.title, file: file, line: line)
        }
        if let keep = ProcessInfo.processInfo.environment["FAIRWORK_SCREENSHOTS"] {
            try browser.screenshot(page, to: URL(fileURLWithPath: keep).appendingPathComponent("\(name).png"))
            try html.write(to: URL(fileURLWithPath: keep).appendingPathComponent("\(name).html"), atomically: true, encoding: .utf8)
        }
    }
}
