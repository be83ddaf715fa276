import Foundation
import XCTest
@testable import Workbench

final class SimilarityRequestTests: XCTestCase {
    private var temporary: TemporaryWorkspace!
    private var course: Course!
    private let path = "exercises/01-basics/first.swift"

    override func setUpWithError() throws {
        temporary = try TemporaryWorkspace()
        try temporary.write(sampleCatalogJSON, to: "lessons/catalog.json")
        try temporary.write(SimilarityPairTests.stub, to: path)
        try temporary.write(SimilarityPairTests.stub, to: ".learn/pristine/" + path)
        course = try Course(workspace: temporary.workspace, checker: UnusedChecker()) { _ in
            ProgressRecovery(report: { _ in }, rebuild: { ProgressState() })
        }
        try temporary.write(SimilarityPairTests.solution, to: "class/ada/" + path)
        try temporary.write(SimilarityPairTests.renamed, to: "class/bob/" + path)
        try temporary.write(SimilarityPairTests.unrelated, to: "class/cy/" + path)
        try temporary.write(SimilarityPairTests.stub, to: "class/dee/" + path)
        try temporary.write("not a submission", to: "class/notes.txt")
    }

    override func tearDown() {
        temporary.remove()
    }

    private func compare(threshold: String? = nil) throws -> SimilarityReport {
        try SimilarityRequest(submissions: "class", exercise: "first", threshold: threshold).run(course: course, currentDirectory: temporary.root)
    }

    func testRanksTheCopiedPairAndSkipsWhatIsNotASubmission() throws {
        let report = try compare()
        XCTAssertEqual(report.exercises, [.init(id: "first", learners: 4, pairs: 6)])   // 4 learners: 4·3/2 pairs
        XCTAssertEqual(report.pairs.map { "\($0.learnerA)-\($0.learnerB)" }, ["ada-bob"])
        XCTAssertEqual(report.pairs.first?.score, 1)
        XCTAssertEqual(report.skipped, ["notes.txt: neither a learner folder nor a .tar archive from learn submit"])
        XCTAssertEqual(try compare().json, report.json, "deterministic")
        let all = try compare(threshold: "0")
        XCTAssertFalse(all.pairs.contains { $0.learnerA == "dee" || $0.learnerB == "dee" }, "the untouched stub shares nothing")
    }

    func testReadsSubmitArchives() throws {
        let manifestFile = Submission.Manifest.File(path: path, sha256: CourseDigests.digest(of: Data(SimilarityPairTests.renamed.utf8)),
                                                    bytes: Data(SimilarityPairTests.renamed.utf8).count)
        let manifest = Submission.Manifest(formatVersion: 1, learner: "eve", course: "c", created: "2026-01-01T00:00:00Z",
                                           learnVersion: "0", files: [manifestFile])
        let archive = try TarArchive.write([.init(path: Submission.manifestPath, contents: try JSONEncoder().encode(manifest)),
                                            .init(path: path, contents: Data(SimilarityPairTests.renamed.utf8))])
        try archive.write(to: temporary.root.appendingPathComponent("class/eve.tar"))
        try Data("garbage".utf8).write(to: temporary.root.appendingPathComponent("class/bad.tar"))
        let report = try compare()
        XCTAssertEqual(Set(report.pairs.map { "\($0.learnerA)-\($0.learnerB)" }), ["ada-bob", "ada-eve", "bob-eve"])
        XCTAssertTrue(report.skipped.contains { $0.hasPrefix("bad.tar: ") }, "\(report.skipped)")
    }

    func testHostileContentsAreEscapedInTheHTML() throws {
        let hostile = SimilarityPairTests.solution.replacingOccurrences(of: "var rates", with: "</pre><script>alert('x')</script> var rates")
        try temporary.write(hostile, to: "class/ada/" + path)
        try temporary.write(hostile, to: "class/bo/" + path)
        // A folder whose name cannot name a learner is not compared (as learn grade skips it);
        // its name still reaches the report, in the "Not compared" list.
        try temporary.write(hostile, to: "class/<img src=x>/" + path)
        let html = try compare().html
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertTrue(html.contains("&lt;/pre&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("&lt;img src=x&gt;"))
    }

    func testABadThresholdOrExerciseIsAUsageError() {
        for (threshold, exercise) in [("1.5", "first"), ("x", "first"), ("0.5", "nope")] {
            XCTAssertThrowsError(try SimilarityRequest(submissions: "class", exercise: exercise, threshold: threshold)
                .run(course: course, currentDirectory: temporary.root)) { error in
                XCTAssertEqual((error as? RequestFailure)?.kind, .usage)
            }
        }
    }
}

/// Similarity never checks an exercise; a course needs some checker.
private struct UnusedChecker: ExerciseChecker {
    func check(_ exercise: Exercise, learnerFile: URL) throws -> CheckResult {
        throw CocoaError(.featureUnsupported)
    }
}
