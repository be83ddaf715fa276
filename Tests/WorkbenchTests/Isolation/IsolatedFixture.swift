import Foundation
import XCTest
@testable import Workbench

/// A solution, a suite and a learner file in a temporary folder, checked with the isolated engine
/// (the folder is hidden from the learner's process, as a workspace is).
struct IsolatedFixture {
    /// The exercise's API as the course writes it: a free function, a default argument, a type
    /// with a mutating method, and a throwing function.
    static let solution = """
    struct Tally: Equatable {
        var count = 0
        mutating func add(_ n: Int = 1) { count += n }
    }
    enum SplitError: Error { case badFraction }
    func answer() -> Int { 42 }
    func double(_ x: Int) -> Int { 2 * x }
    func half(of x: Int) throws -> Int {
        guard x % 2 == 0 else { throw SplitError.badFraction }
        return x / 2
    }
    """

    /// The engine tests' suite, with the second test also using the type, the default argument
    /// and the throwing function.
    static let suite = CheckFixture.suite.replacingOccurrences(of: """
                XCTest::XCTAssertEqual(double(2), 4, "double(2)")
        """, with: """
                XCTest::XCTAssertEqual(double(2), 4, "double(2)")
                var tally = Tally()
                tally.add()
                tally.add(3)
                XCTest::XCTAssertEqual(tally, Tally(count: 4))
                XCTest::XCTAssertEqual(try half(of: 8), 4)
                XCTest::XCTAssertThrowsError(try half(of: 3))
        """)

    static let correct = solution

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-isolated-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    var suiteFile: URL { folder.appendingPathComponent("AnswerSuite.swift") }

    func check(learner: String, suite: String = Self.suite, solution: String = Self.solution,
               limits: IsolationLimits = IsolationLimits(), asRoot: Bool = geteuid() == 0, hiding: [URL] = []) throws -> CheckResult {
        let learnerFile = folder.appendingPathComponent("answer.swift")
        let solutionFile = folder.appendingPathComponent("solution.swift")
        try learner.write(to: learnerFile, atomically: true, encoding: .utf8)
        try suite.write(to: suiteFile, atomically: true, encoding: .utf8)
        try solution.write(to: solutionFile, atomically: true, encoding: .utf8)
        let engine = try IsolatedEngine(toolkit: Toolkit.locate(), limits: limits, cacheDirectory: CheckFixture.cache,
                                        hiding: [folder] + hiding, asRoot: asRoot)
        return try engine.check(id: "answer", learnerFile: learnerFile, suiteFile: suiteFile, solutionFile: solutionFile,
                                displayPath: "exercises/answer.swift")
    }
}
