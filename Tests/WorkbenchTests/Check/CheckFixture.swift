import Foundation
import XCTest
@testable import Workbench

/// Writes a learner file and a suite into a temporary folder and checks one against the other
/// with the real engine, against the toolkit of this build.
struct CheckFixture {
    /// One toolkit cache shared by every test (and test run) of this build folder, so only the
    /// first check after a toolkit rebuild links the library; the engine replaces stale toolkit
    /// builds itself. Named after the build folder: two checkouts on one machine (git worktrees)
    /// may build different engines, whose cached suite objects must not meet.
    static let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
        "fairwork-engine-tests-" + ContentKey.of([Data(Bundle.main.bundleURL.path.utf8)]).prefix(12))

    /// A suite of two tests: `answer()` must be 42 and `double(2)` must be 4.
    static let suite = """
    import XCTest
    @testable import LearnerCode

    final class AnswerSuite: XCTest::XCTestCase {
        func testAnswerIsFortyTwo() {
            XCTest::XCTAssertEqual(answer(), 42, "answer()")
        }

        func testDoublesTwo() throws {
            XCTest::XCTAssertEqual(double(2), 4, "double(2)")
        }
    }
    """

    static let correct = """
    func answer() -> Int { 42 }
    func double(_ x: Int) -> Int { 2 * x }
    """

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func check(learner: String, suite: String = CheckFixture.suite, limits: RunLimits = RunLimits()) throws -> CheckResult {
        let learnerFile = folder.appendingPathComponent("answer.swift")
        let suiteFile = folder.appendingPathComponent("AnswerSuite.swift")
        try learner.write(to: learnerFile, atomically: true, encoding: .utf8)
        try suite.write(to: suiteFile, atomically: true, encoding: .utf8)
        let engine = try CheckEngine(toolkit: Toolkit.locate(), limits: limits, cacheDirectory: Self.cache)
        return try engine.check(id: "answer", learnerFile: learnerFile, suiteFile: suiteFile,
                                displayPath: "exercises/answer.swift")
    }

    /// Processes whose command line contains `marker` (to prove none outlived a check).
    static func processes(containing marker: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> String? in
            guard Int32(entry) != nil,
                  let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            let command = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
            return command.contains(marker) ? "\(entry): \(command)" : nil
        }
    }

    /// Processes whose parent is this test process (a check's children must all be gone, zombies
    /// included, when it returns).
    static func childProcesses() -> [String] {
        let me = getpid()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> String? in
            guard Int32(entry) != nil,
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // Fields after the command name: state, ppid, ...
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, Int32(fields[1]) == me else { return nil }
            return "\(entry): \(stat[..<close]))"
        }
    }
}
