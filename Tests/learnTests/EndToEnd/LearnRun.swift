import Foundation
import Workbench
import XCTest

/// Runs the built `learn` binary, the way a learner does, and captures what it printed.
struct LearnRun {
    var exitCode: Int32
    var stdout: String
    var stderr: String

    /// The products folder: `learn` is built next to the test bundle.
    static var productsDirectory: URL {
        Bundle.main.bundleURL
    }

    /// The repository root (three folders above this file).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `learn arguments` in `directory` with a clean environment plus `environment`; `stdin`
    /// is fed to its standard input (then closed). Output goes through files, so neither stream
    /// can fill a pipe and stall the child.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    stdin: String = "", file: StaticString = #filePath, line: UInt = #line) throws -> LearnRun {
        let binary = productsDirectory.appendingPathComponent("learn")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            XCTFail("no learn binary at \(binary.path): run `swift build` first", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("learn-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        for url in [outURL, errURL] { try Data().write(to: url) }
        try Data(stdin.utf8).write(to: inURL)

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                   "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/tmp"]
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        try input.close()
        return LearnRun(exitCode: process.terminationStatus,
                        stdout: try String(contentsOf: outURL, encoding: .utf8),
                        stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}

/// A course copied into a fresh temporary folder, removed by `remove()`.
struct CourseCopy {
    let root: URL

    /// Copies `folders` (workspace-relative) of `source` into a new temporary workspace.
    init(of source: URL, folders: [String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("learn-e2e-\(UUID().uuidString)").standardizedFileURL
        for folder in folders {
            let target = root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source.appendingPathComponent(folder), to: target)
        }
    }

    /// The tiny fixture course of Tests/learnTests/Fixtures/TinyCourse.
    static func tinyCourse() throws -> CourseCopy {
        let fixture = LearnRun.repositoryRoot.appendingPathComponent("Tests/learnTests/Fixtures/TinyCourse")
        return try CourseCopy(of: fixture, folders: ["lessons", "exercises", "solutions", "Tests/ExerciseSuites"])
    }

    /// The real course of the repository (every module's lessons, exercises, solutions, suites)
    /// with its stubs as shipped, found by their digests wherever the repository's working files
    /// stand: `swift test` passes in a learner's workspace with solved exercises.
    static func realCourse() throws -> CourseCopy {
        let repository = Workspace(root: LearnRun.repositoryRoot)
        let copy = try CourseCopy(of: LearnRun.repositoryRoot, folders: ["lessons", "exercises", "solutions", "Tests/ExerciseSuites", "projects", "Tests/ProjectSuites"])
        let archive = StubArchive(workspace: repository, digests: try CourseDigests.load(from: repository))
        for exercise in try CatalogLoader.load(from: repository).exercises {
            try archive.originalStub(of: exercise).contents.write(to: copy.url(exercise.path))
        }
        return copy
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    func write(_ text: String, to path: String) throws { try Data(text.utf8).write(to: url(path)) }

    /// Replaces an exercise file by its solution.
    func solve(_ exercisePath: String) throws {
        let solution = "solutions/" + exercisePath.dropFirst("exercises/".count)
        try write(try read(solution), to: exercisePath)
    }

    func learn(_ arguments: String..., environment: [String: String] = [:], stdin: String = "",
               file: StaticString = #filePath, line: UInt = #line) throws -> LearnRun {
        try LearnRun.run(arguments, in: root, environment: environment, stdin: stdin, file: file, line: line)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// A command's standard output as a JSON object, read without our own Codable types so that
/// the field names of the contract are checked as written.
func jsonObject(_ run: LearnRun, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
    let object = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    return try XCTUnwrap(object as? [String: Any], "not a JSON object: \(run.stdout)", file: file, line: line)
}

/// Whether text carries an ANSI escape sequence.
func containsEscape(_ text: String) -> Bool { text.contains("\u{1B}[") }
