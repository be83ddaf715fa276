import Foundation
import XCTest
@testable import Workbench

final class StubArchiveTests: XCTestCase {
    private var temporary: TemporaryWorkspace!
    private var exercise: Exercise!

    override func setUpWithError() throws {
        temporary = try TemporaryWorkspace()
        exercise = try sampleCatalog().exercises[0]
        try temporary.write("// TODO: the stub\n", to: exercise.path)
    }

    override func tearDown() {
        temporary.remove()
    }

    func testResetOutsideGitRestoresThePristineCopyAndKeepsABackup() throws {
        let archive = StubArchive(workspace: temporary.workspace, digests: nil)
        try archive.capturePristineCopies(of: [exercise])
        try temporary.write("my attempt\n", to: exercise.path)
        // A second capture must not overwrite the pristine copy with the learner's edit.
        try archive.capturePristineCopies(of: [exercise])

        let time = Date(timeIntervalSince1970: 1_700_000_000)   // 2023-11-14 22:13:20 UTC
        let restore = try archive.restore(exercise, at: time)
        XCTAssertEqual(try temporary.read(exercise.path), "// TODO: the stub\n")
        XCTAssertEqual(restore.source, .pristineCopy(path: ".learn/pristine/exercises/01-basics/first.swift"))
        XCTAssertEqual(restore.backup, ".learn/backups/first-20231114T221320Z.swift")
        XCTAssertEqual(try temporary.read(".learn/backups/first-20231114T221320Z.swift"), "my attempt\n")

        // A second reset in the same second keeps both backups.
        try temporary.write("second attempt\n", to: exercise.path)
        XCTAssertEqual(try archive.restore(exercise, at: time).backup, ".learn/backups/first-20231114T221320Z-2.swift")
    }

    func testResetOfADeletedFileNeedsNoBackup() throws {
        let archive = StubArchive(workspace: temporary.workspace, digests: nil)
        try archive.capturePristineCopies(of: [exercise])
        try FileManager.default.removeItem(at: temporary.workspace.url(exercise.path))
        XCTAssertNil(try archive.restore(exercise).backup)
        XCTAssertEqual(try temporary.read(exercise.path), "// TODO: the stub\n")
    }

    func testResetInAGitCheckoutRestoresTheCommittedStub() throws {
        try git("init", "-q")
        try git("add", exercise.path)
        try git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "stub")
        try temporary.write("my attempt\n", to: exercise.path)
        let restore = try StubArchive(workspace: temporary.workspace, digests: nil).restore(exercise)
        XCTAssertEqual(restore.source, .git(revision: "HEAD"))
        XCTAssertEqual(try temporary.read(exercise.path), "// TODO: the stub\n")
    }

    func testNoOriginalAnywhereIsReported() throws {
        XCTAssertThrowsError(try StubArchive(workspace: temporary.workspace, digests: nil).restore(exercise)) { error in
            XCTAssertEqual(error as? NoOriginalStub, NoOriginalStub(exerciseID: "first", path: exercise.path, digest: nil))
        }
        XCTAssertEqual(try temporary.read(exercise.path), "// TODO: the stub\n", "a failed reset must not touch the file")
    }

    func testWithDigestsAResetAfterCommittingASolutionRestoresTheShippedStub() throws {
        let stub = "// TODO: the stub\n"
        let digests = CourseDigests(files: [exercise.path: CourseDigests.digest(of: Data(stub.utf8))])
        try git("init", "-q")
        try git("add", exercise.path)
        try git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "stub")
        let shipped = try gitOutput("rev-parse", "HEAD")
        try temporary.write("my solution\n", to: exercise.path)
        try git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "solved")

        // The learner's own pristine copy was taken after they had started: it is not the stub either.
        try temporary.write("half done\n", to: ".learn/pristine/" + exercise.path)
        let restore = try StubArchive(workspace: temporary.workspace, digests: digests).restore(exercise)
        XCTAssertEqual(try temporary.read(exercise.path), stub)
        XCTAssertEqual(restore.source, .git(revision: shipped))
        XCTAssertEqual(try temporary.read(try XCTUnwrap(restore.backup)), "my solution\n")

        // Once restored, the file itself is the shipped stub.
        XCTAssertEqual(try StubArchive(workspace: temporary.workspace, digests: digests).originalStub(of: exercise).source, .workingFile)
    }

    func testWithDigestsAStubFoundNowhereIsReportedAndNothingIsTouched() throws {
        let digests = CourseDigests(files: [exercise.path: String(repeating: "0", count: 64)])
        try StubArchive(workspace: temporary.workspace, digests: nil).capturePristineCopies(of: [exercise])
        XCTAssertThrowsError(try StubArchive(workspace: temporary.workspace, digests: digests).restore(exercise)) { error in
            XCTAssertEqual((error as? NoOriginalStub)?.digest, String(repeating: "0", count: 64))
        }
        XCTAssertEqual(try temporary.read(exercise.path), "// TODO: the stub\n")
    }

    private func gitOutput(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", temporary.root.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", temporary.root.path] + arguments
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
    }
}
