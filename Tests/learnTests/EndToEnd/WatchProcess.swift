import Foundation
import XCTest

/// `learn watch` running in the background with its standard input on a pipe, for tests that
/// type keys and wait for output.
final class WatchProcess {
    private let process = Process()
    private let input = Pipe()
    private let outputFile: URL

    init(in directory: URL, arguments: [String] = []) throws {
        outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("learn-watch-\(UUID().uuidString)")
        try Data().write(to: outputFile)
        process.executableURL = LearnRun.productsDirectory.appendingPathComponent("learn")
        process.arguments = ["watch"] + arguments
        process.currentDirectoryURL = directory
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": "/tmp"]
        let output = try FileHandle(forWritingTo: outputFile)
        process.standardOutput = output
        process.standardError = output
        process.standardInput = input
        try process.run()
    }

    var output: String { (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "" }

    /// Waits until the output contains `text` (at most `seconds`).
    func waitFor(_ text: String, seconds: Double = 60, file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !output.contains(text) {
            guard Date() < deadline, process.isRunning else {
                XCTFail("learn watch never printed \"\(text)\"; it printed:\n\(output)", file: file, line: line)
                throw CocoaError(.fileReadUnknown)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func send(_ keys: String) {
        input.fileHandleForWriting.write(Data(keys.utf8))
    }

    /// Waits (at most 30 s) for the process to end and returns its exit status.
    func exitCode() throws -> Int32 {
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning {
            guard Date() < deadline else { throw CocoaError(.fileReadUnknown) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return process.terminationStatus
    }

    func stop() {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: outputFile)
    }
}
