import Foundation
import XCTest

/// Headless Chromium for tests that must see a page as a browser does: the DOM after parsing
/// (`--dump-dom`), the console messages, and a PNG screenshot.
///
/// Without Chromium the tests skip, saying how to install it; in CI (`CI=true`) a missing browser
/// fails the test instead, so a CI run can never pass these checks vacuously. `.ci/run` installs
/// Debian's `chromium`.
struct HeadlessBrowser {
    /// The browser's executable.
    let executable: URL

    /// The names the browser goes by on Linux distributions and macOS, tried in order on PATH;
    /// `FAIRWORK_CHROMIUM` names one explicitly.
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    static let installHint = "headless browser checks skipped: no chromium on PATH. Install it (Debian/Ubuntu: "
        + "`apt-get install -y chromium`; macOS: `brew install --cask chromium`) or set FAIRWORK_CHROMIUM to a Chrome or Chromium "
        + "binary, then rerun. In CI (CI=true) a missing browser is a failure."

    /// The browser, or a skip (locally) or a failure (CI) that says how to get one.
    static func require(file: StaticString = #filePath, line: UInt = #line) throws -> HeadlessBrowser {
        let environment = ProcessInfo.processInfo.environment
        if let browser = find(environment: environment) { return browser }
        if environment["CI"]?.lowercased() == "true" {
            XCTFail("CI=true but " + installHint, file: file, line: line)
            throw XCTSkip("failed above")
        }
        throw XCTSkip(installHint)
    }

    static func find(environment: [String: String]) -> HeadlessBrowser? {
        let files = FileManager.default
        if let explicit = environment["FAIRWORK_CHROMIUM"], files.isExecutableFile(atPath: explicit) {
            return HeadlessBrowser(executable: URL(fileURLWithPath: explicit))
        }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in candidates {
            for folder in path where files.isExecutableFile(atPath: "\(folder)/\(name)") {
                return HeadlessBrowser(executable: URL(fileURLWithPath: "\(folder)/\(name)"))
            }
        }
        return nil
    }

    /// What the browser made of a page.
    struct Rendering {
        /// The DOM serialised after parsing and scripts.
        let dom: String
        /// Console messages (`console.*`, uncaught errors) the page produced.
        let console: [String]
    }

    /// The page at `file` as the browser parsed it. With `virtualTimeBudget` (milliseconds) the
    /// browser runs the page's timers for that much virtual time before dumping the DOM.
    func render(_ file: URL, virtualTimeBudget: Int? = nil) throws -> Rendering {
        let budget = virtualTimeBudget.map { ["--virtual-time-budget=\($0)"] } ?? []
        let (out, err) = try run(budget + ["--enable-logging=stderr", "--v=0", "--dump-dom", file.absoluteString])
        let console = err.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Rendering(dom: out, console: console)
    }

    /// A PNG of the page at `file` in a window of `width` × `height`, written to `png`.
    func screenshot(_ file: URL, to png: URL, width: Int = 1280, height: Int = 2400) throws {
        _ = try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png.path)", file.absoluteString])
        guard FileManager.default.fileExists(atPath: png.path) else { throw BrowserError("no screenshot written to \(png.path)") }
    }

    struct BrowserError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Runs the browser headless (no sandbox: CI runs as root) with its own profile folder, killing
    /// it after `timeout` seconds.
    private func run(_ arguments: [String], timeout: TimeInterval = 90) throws -> (String, String) {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile.path)"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the browser runs, so a full pipe cannot stall it.
        let outData = DataBox(), errData = DataBox()
        let group = DispatchGroup()
        for (pipe, box) in [(out, outData), (err, errData)] {
            group.enter()
            DispatchQueue.global().async {
                box.data = pipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw BrowserError("\(executable.path) did not finish within \(Int(timeout)) s")
        }
        process.waitUntilExit()
        let stderr = String(decoding: errData.data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw BrowserError("\(executable.path) exited \(process.terminationStatus): \(stderr.suffix(2000))")
        }
        return (String(decoding: outData.data, as: UTF8.self), stderr)
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }
}
