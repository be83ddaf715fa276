import Foundation
import XCTest
@testable import Workbench

/// Hostile and broken submissions get a status and a message naming the problem; the batch
/// goes on and grades everyone else.
final class BadSubmissionTests: XCTestCase {
    private var grading: GradeClass!

    override func setUpWithError() throws { grading = try GradeClass() }
    override func tearDown() { grading.temporary.remove() }

    /// A `learn submit`-shaped archive of `files` (workspace paths), claiming to be `claimed`'s.
    private func archive(_ name: String, claimed: String, _ files: [String: Data]) throws {
        let entries = files.keys.sorted().map { TarArchive.Entry(path: $0, contents: files[$0]!) }
        let manifest = Submission.Manifest(formatVersion: 1, learner: claimed, course: "c", created: "2026-01-01T00:00:00Z", learnVersion: "0",
                                           files: entries.map { .init(path: $0.path, sha256: CourseDigests.digest(of: $0.contents), bytes: $0.contents.count) })
        let data = try TarArchive.write([.init(path: Submission.manifestPath, contents: try JSONEncoder().encode(manifest))] + entries)
        try FileManager.default.createDirectory(at: grading.submissions, withIntermediateDirectories: true)
        try data.write(to: grading.submissions.appendingPathComponent(name))
    }

    private func gnuTar(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tar"] + arguments
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }

    private func sparse(_ url: URL, bytes: Int64) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: url.path, contents: Data())
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(bytes))   // 1 GB on paper, no blocks on disk
        try handle.close()
    }

    func testEveryKindOfBadSubmissionIsNamedAndTheOthersAreGraded() throws {
        let good = Data("func add() {}\n".utf8)
        // An archive claiming to be ada's: graded as "mallory", the file's name.
        try archive("mallory.tar", claimed: "ada", ["exercises/m/add.swift": good, "exercises/m/clamp.swift": Data([0xFF, 0xFE, 0x41])])
        try grading.learner("ada", ["add.swift": "func add() {}\n", "clamp.swift.txt": "x"])
        // A folder whose file is a link to something the learner wants read, and a 1 GB file.
        try grading.learner("link", [:])
        try FileManager.default.createDirectory(at: grading.submissions.appendingPathComponent("link"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: grading.submissions.appendingPathComponent("link/add.swift").path,
                                                   withDestinationPath: grading.temporary.root.appendingPathComponent("Tests/ExerciseSuites/m/AddSuite.swift").path)
        try sparse(grading.submissions.appendingPathComponent("huge/clamp.swift"), bytes: 1 << 30)
        // A 1 GB archive, an archive climbing out with "..", and one holding a symbolic link.
        try sparse(grading.submissions.appendingPathComponent("bigtar.tar"), bytes: 1 << 30)
        let scratch = grading.temporary.root.appendingPathComponent("scratch/inner")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: scratch.deletingLastPathComponent().appendingPathComponent("up.swift"))
        try gnuTar(["--format=ustar", "-P", "-cf", grading.submissions.appendingPathComponent("climb.tar").path, "../up.swift"], in: scratch)
        try FileManager.default.createSymbolicLink(atPath: scratch.appendingPathComponent("l.swift").path, withDestinationPath: "/etc/passwd")
        try gnuTar(["--format=ustar", "-cf", grading.submissions.appendingPathComponent("linked.tar").path, "l.swift"], in: scratch)
        try Data("not a submission".utf8).write(to: grading.submissions.appendingPathComponent("notes.txt"))

        var skipped: [String] = []
        _ = try grading.request().run(checker: ScriptedSubmissionChecker(), skipped: { skipped = $0 })
        let grades = try grading.grades()
        XCTAssertEqual(grades.keys.sorted(), ["ada", "bigtar", "climb", "huge", "link", "linked", "mallory"])
        XCTAssertEqual(skipped.count, 1)
        XCTAssertTrue(skipped[0].hasPrefix("notes.txt"), skipped[0])

        func exercise(_ learner: String, _ index: Int) -> ExerciseGrade? { grades[learner]?.exercises[index] }
        XCTAssertEqual(exercise("mallory", 0)?.status, .passed)
        XCTAssertEqual(exercise("mallory", 1)?.status, .rejected)
        XCTAssertEqual(exercise("mallory", 1)?.message, "exercises/m/clamp.swift is not UTF-8 text; save it as UTF-8")
        XCTAssertEqual(exercise("ada", 0)?.status, .passed)
        XCTAssertEqual(exercise("ada", 1)?.status, .missing)
        XCTAssertEqual(exercise("ada", 1)?.message,
                       "exercises/m/clamp.swift is missing; found clamp.swift.txt, which is not a Swift file (.swift)")
        XCTAssertEqual(exercise("link", 0)?.status, .rejected)
        XCTAssertTrue(exercise("link", 0)?.message.contains("symbolic link") == true)
        XCTAssertEqual(exercise("huge", 1)?.message, "exercises/m/clamp.swift has 1073741824 bytes, more than the 4194304 allowed")
        XCTAssertTrue(exercise("bigtar", 0)?.message.hasPrefix("bigtar.tar: has 1073741824 bytes") == true)
        XCTAssertTrue(exercise("climb", 0)?.message.contains("'../up.swift' is absolute, empty or climbs out") == true)
        XCTAssertTrue(exercise("linked", 0)?.message.contains("symbolic link, not a regular file") == true)
        for learner in ["bigtar", "climb", "linked"] {
            XCTAssertEqual(grades[learner]?.exercises.map(\.status), [.rejected, .rejected], learner)
            XCTAssertEqual(grades[learner]?.points, 0)
        }
    }

    func testTwoSubmissionsOfOneLearnerAreRefusedNamingBoth() throws {
        try grading.learner("ada", ["add.swift": "x"])
        try archive("ada.tar", claimed: "ada", [:])
        XCTAssertThrowsError(try grading.request().run(checker: ScriptedSubmissionChecker())) { error in
            XCTAssertEqual("\(error)", "SUBMISSIONS: ada and ada.tar are both learner 'ada'; keep one")
        }
    }

    func testLabFileProblemsNameTheField() throws {
        let cases: [(String, String)] = [
            (#"{"format_version": 1, "exercises": [{"id": "nope"}]}"#, "exercises[0].id 'nope' is not an exercise of the catalog"),
            (#"{"format_version": 1, "exercises": [{"id": "add"}, {"id": "add"}]}"#, "exercises[1].id 'add' is listed twice"),
            (#"{"format_version": 9, "exercises": []}"#, "format_version 9 is newer than this learn understands (1)"),
            (#"{"format_version": 1, "exercises": [], "deadline": "friday"}"#, "deadline 'friday' is not an ISO 8601 time such as 2026-12-01T23:59:00Z"),
        ]
        // An entry without points takes the catalog's (clamp: 4).
        try grading.temporary.write(#"{"format_version": 1, "exercises": [{"id": "clamp"}]}"#, to: "lab.json")
        let lab = try GradeLab.load(grading.temporary.root.appendingPathComponent("lab.json"), catalog: grading.catalog)
        XCTAssertEqual(lab.exercises.map(\.points), [4])
        for (text, reason) in cases {
            try grading.temporary.write(text, to: "lab.json")
            XCTAssertThrowsError(try GradeLab.load(grading.temporary.root.appendingPathComponent("lab.json"), catalog: grading.catalog)) { error in
                XCTAssertEqual("\(error)", "lab.json: \(reason)")
            }
        }
    }
}
