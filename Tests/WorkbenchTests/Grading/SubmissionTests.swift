import Foundation
import XCTest
@testable import Workbench

final class SubmissionTests: XCTestCase {
    private var temporary: TemporaryWorkspace!
    private var course: Course!

    override func setUpWithError() throws {
        temporary = try TemporaryWorkspace()
        try temporary.write(sampleCatalogJSON, to: "lessons/catalog.json")
        try temporary.write("let answer = 42\n", to: "exercises/01-basics/first.swift")
        try temporary.write("// TODO\n", to: "exercises/02-more/third.swift")   // second is missing: not packed
        try temporary.write(#"{"format_version": 1}"#, to: ".learn/state.json")
        course = try Course(workspace: temporary.workspace, checker: NoChecker()) { _ in
            ProgressRecovery(report: { _ in }, rebuild: { ProgressState() })
        }
    }

    override func tearDown() {
        temporary.remove()
    }

    private let date = Date(timeIntervalSince1970: 1_700_000_000)   // 2023-11-14T22:13:20Z

    func testPackThenUnpackKeepsEveryFileWithItsDigest() throws {
        let (archive, manifest) = try Submission.pack(course, learner: "ada", version: "0.5.0", at: date)
        XCTAssertEqual(manifest.files.map(\.path), ["exercises/01-basics/first.swift", "exercises/02-more/third.swift", "progress.json"])
        XCTAssertEqual(manifest.created, "2023-11-14T22:13:20Z")
        // SHA-256("let answer = 42\n") computed by sha256sum, independently of our SHA256.
        XCTAssertEqual(manifest.files[0].sha256, shaSum("let answer = 42\n"))
        XCTAssertEqual(manifest.files[0].bytes, 16)
        let submission = try Submission.unpack(archive, name: "a.tar")
        XCTAssertEqual(submission.manifest, manifest)
        XCTAssertEqual(submission.files["exercises/01-basics/first.swift"], Data("let answer = 42\n".utf8))
        XCTAssertEqual(submission.files["progress.json"], Data(#"{"format_version": 1}"#.utf8))
    }

    func testAnArchiveChangedAfterPackingIsRefusedNamingTheFile() throws {
        let (archive, _) = try Submission.pack(course, learner: "ada", version: "0.5.0", at: date)
        var entries = try TarArchive.read(archive)
        entries[1].contents = Data("let answer = 43\n".utf8)
        XCTAssertThrowsError(try Submission.unpack(try TarArchive.write(entries), name: "a.tar")) { error in
            XCTAssertEqual("\(error)", "a.tar: exercises/01-basics/first.swift does not match its SHA-256 in the manifest: "
                + "the archive was changed after it was made")
        }
        entries.append(.init(path: "Tests/ExerciseSuites/01-basics/FirstSuite.swift", contents: Data()))
        entries[1].contents = Data("let answer = 42\n".utf8)
        XCTAssertThrowsError(try Submission.unpack(try TarArchive.write(entries), name: "a.tar")) { error in
            XCTAssertEqual("\(error)", "a.tar: Tests/ExerciseSuites/01-basics/FirstSuite.swift is in the archive but not in its manifest")
        }
        XCTAssertThrowsError(try Submission.unpack(try TarArchive.write(Array(entries.dropFirst())), name: "b.tar")) { error in
            XCTAssertTrue("\(error)".hasPrefix("b.tar: it does not start with manifest.json"), "\(error)")
        }
    }

    func testSaveNamesTheArchiveAfterTheLearnerAndTheTime() throws {
        let saved = try Submission.save(course, learner: "ada", out: nil, currentDirectory: temporary.root, at: date)
        XCTAssertEqual(saved.path, "submission-ada-20231114T221320Z.tar")
        XCTAssertEqual(saved.files, 3)
        XCTAssertTrue(temporary.exists(saved.path))
        for bad in ["", "../x", ".hidden", "a/b", "ada lovelace", "é"] {
            XCTAssertFalse(Submission.isValidLearnerName(bad), bad)
        }
        XCTAssertThrowsError(try Submission.save(course, learner: "ada", out: "missing/a.tar", currentDirectory: temporary.root)) { error in
            XCTAssertEqual((error as? WorkbenchFailure)?.kind, .badInput)
            XCTAssertTrue("\(error)".contains("does not exist"), "\(error)")
        }
    }

    private func shaSum(_ text: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try? process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }
}

/// Packing never checks anything.
private struct NoChecker: ExerciseChecker {
    func check(_ exercise: Exercise, learnerFile: URL) throws -> CheckResult {
        throw CocoaError(.featureUnsupported)
    }
}
