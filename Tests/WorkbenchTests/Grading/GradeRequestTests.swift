import Foundation
import XCTest
@testable import Workbench

final class GradeRequestTests: XCTestCase {
    private var grading: GradeClass!

    override func setUpWithError() throws { grading = try GradeClass() }
    override func tearDown() { grading.temporary.remove() }

    private let solved = "func add() {}\n", stub = "// TODO\n"

    func testEveryStatusGetsItsPointsAndEveryOutputIsWritten() throws {
        try grading.learner("ada", ["add.swift": solved, "clamp.swift": solved])
        try grading.learner("bo", ["add.swift": "SCRIPTED:fail=testTwo\n", "clamp.swift": "SCRIPTED:compile_error\n"])
        try grading.learner("cy", ["add.swift": "SCRIPTED:timeout\n"])   // clamp missing
        try grading.learner("di", ["add.swift": stub, "clamp.swift": "SCRIPTED:crashed\n"])
        let summary = try grading.request().run(checker: ScriptedSubmissionChecker())
        let grades = try grading.grades()
        // add: 9 points over 3 tests = 3 each. bo passes 2 of 3 = 6; cy's timeout run reported
        // its first test passed = 3. clamp: 4 over 2 = 2 each; di's crash after 1 passed = 2.
        XCTAssertEqual(grades["ada"]?.points, 13)
        XCTAssertEqual(grades["bo"]?.exercises.map(\.points), [6, 0])
        XCTAssertEqual(grades["bo"]?.exercises.map(\.status), [.failed, .compileError])
        XCTAssertEqual(grades["cy"]?.exercises.map(\.status), [.timeout, .missing])
        XCTAssertEqual(grades["cy"]?.exercises[0].tests.map(\.status), [.passed, .timeout, .timeout])
        XCTAssertEqual(grades["cy"]?.points, 3)
        XCTAssertEqual(grades["di"]?.exercises.map(\.status), [.failed, .crashed])
        XCTAssertEqual(grades["di"]?.points, 2)
        XCTAssertEqual(try grading.text("out/gradebook.csv"), """
            learner,add,clamp,late_penalty_percent,total\r
            ada,9,4,0,13\r
            bo,6,0,0,6\r
            cy,3,0,0,3\r
            di,0,2,0,2\r

            """)
        XCTAssertEqual(summary.statusCounts[.missing], 1)
        XCTAssertEqual(summary.hardestTests.first?.test, "testTwo")   // failed by bo, cy (timeout) and di
        for path in ["out/grades.json", "out/junit.xml", "out/results/bo/results.json", "out/feedback/bo.md", "out/feedback/bo.html"] {
            XCTAssertTrue(grading.temporary.exists(path), path)
        }
        let junit = try grading.text("out/junit.xml")
        XCTAssertTrue(junit.contains(#"<testsuite name="bo.add" tests="3" failures="1" errors="0">"#), junit)
    }

    func testIdenticalFilesAreCheckedOnceAndARestartChecksNothing() throws {
        for name in ["a", "b", "c"] { try grading.learner(name, ["add.swift": stub, "clamp.swift": solved]) }
        let first = try grading.request().run(checker: ScriptedSubmissionChecker())
        XCTAssertEqual(first.checked, 2)   // one stub of add, one clamp: 6 pairs, 2 distinct
        let gradebook = try grading.text("out/gradebook.csv")
        let again = try grading.request().run(checker: ScriptedSubmissionChecker())
        XCTAssertEqual(again.checked, 0)
        XCTAssertEqual(try grading.text("out/gradebook.csv"), gradebook)
    }

    func testOnlyRegradesOneLearnerAndLeavesTheOthersFilesAlone() throws {
        try grading.learner("ada", ["add.swift": stub, "clamp.swift": stub])
        try grading.learner("bo", ["add.swift": stub, "clamp.swift": stub])
        _ = try grading.request().run(checker: ScriptedSubmissionChecker())
        let adaFiles = try ["out/submissions/ada.json", "out/feedback/ada.md", "out/results/ada/results.json"].map(grading.text)
        try grading.learner("bo", ["add.swift": solved])
        _ = try grading.request(only: "bo").run(checker: ScriptedSubmissionChecker())
        XCTAssertEqual(try ["out/submissions/ada.json", "out/feedback/ada.md", "out/results/ada/results.json"].map(grading.text), adaFiles)
        XCTAssertEqual(try grading.grades()["bo"]?.points, 9)
        XCTAssertTrue(try grading.text("out/gradebook.csv").contains("ada,0,0,0,0\r\nbo,9,0,0,9\r\n"))
        XCTAssertThrowsError(try grading.request(only: "zed").run(checker: ScriptedSubmissionChecker()))
    }

    func testShardsMergedGiveTheGradebookOfOneRun() throws {
        for (index, name) in ["ada", "bo", "cy", "di", "ed", "flo"].enumerated() {
            try grading.learner(name, ["add.swift": index % 2 == 0 ? solved : stub, "clamp.swift": index % 3 == 0 ? stub : solved])
        }
        _ = try grading.request(out: "whole").run(checker: ScriptedSubmissionChecker())
        var shardFolders: [String] = []
        var learners = 0
        for index in 1 ... 3 {
            _ = try grading.request(out: "shard\(index)", shard: (index, 3)).run(checker: ScriptedSubmissionChecker())
            learners += try grading.grades("shard\(index)").count
            shardFolders.append(grading.temporary.root.appendingPathComponent("shard\(index)").path)
        }
        XCTAssertEqual(learners, 6)   // every learner in exactly one shard
        _ = try GradeMerge.run(shardFolders, out: "merged", currentDirectory: grading.temporary.root)
        for file in ["gradebook.csv", "grades.json", "junit.xml", "feedback/cy.html"] {
            XCTAssertEqual(try grading.text("merged/\(file)"), try grading.text("whole/\(file)"), file)
        }
    }

    func testANonIsolatedCheckerIsRefused() throws {
        struct Shared: SubmissionChecker {
            var identity: String { "shared" }
            var isIsolated: Bool { false }
            func check(_ exercise: Exercise, learnerFile: URL, suiteFile: URL) throws -> CheckResult {
                XCTFail("must not check")
                throw CocoaError(.featureUnsupported)
            }
        }
        try grading.learner("ada", ["add.swift": solved])
        XCTAssertThrowsError(try grading.request().run(checker: Shared())) { error in
            XCTAssertTrue("\(error)".contains("isolated checker"), "\(error)")
        }
    }

    func testHiddenTestsShowOnlyWhatTheLabAllowsAndHTMLIsEscaped() throws {
        try grading.learner("ada", ["add.swift": "SCRIPTED:fail=testTwo\n", "clamp.swift": "SCRIPTED:compile_error\n"])
        let hidden = GradeLab(exercises: [.init(id: "add", points: 3), .init(id: "clamp", points: 1)],
                              feedback: .init(showTestNames: false, showMessages: false))
        _ = try grading.request(lab: hidden).run(checker: ScriptedSubmissionChecker())
        for file in ["out/feedback/ada.md", "out/feedback/ada.html", "out/results/ada/results.json"] {
            let text = try grading.text(file)
            XCTAssertFalse(text.contains("testTwo"), file)
            XCTAssertFalse(text.contains("not equal"), file)   // the assertion message, with the expected value
            XCTAssertTrue(text.contains("test 2"), file)
        }
        // The instructor's files keep everything.
        XCTAssertTrue(try grading.text("out/grades.json").contains("testTwo"))
        let shown = GradeLab(exercises: hidden.exercises, feedback: .init(showTestNames: true, showMessages: true))
        var ada = try XCTUnwrap(grading.grades()["ada"])
        ada.exercises[1].message = "<script>alert(1)</script>"   // text a learner controls
        let html = GradeFeedback(lab: shown).html(ada)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html)
        XCTAssertTrue(html.contains("is not equal to (&quot;42&quot;)"), html)
        XCTAssertFalse(html.contains("<script>"))
    }

    func testPointsPerTestAllOrNothingAndTheLatePolicy() throws {
        try grading.learner("ada", ["add.swift": "SCRIPTED:fail=testOne\n", "clamp.swift": "SCRIPTED:fail=testLow\n"])
        let file = grading.submissions.appendingPathComponent("ada/add.swift")
        // Handed in 36 hours after the deadline: 2 started days late.
        let deadline = Date(timeIntervalSince1970: 1_700_000_000)
        for name in ["add.swift", "clamp.swift"] {
            try FileManager.default.setAttributes([.modificationDate: deadline.addingTimeInterval(36 * 3600)],
                                                  ofItemAtPath: file.deletingLastPathComponent().appendingPathComponent(name).path)
        }
        let lab = GradeLab(exercises: [.init(id: "add", testPoints: ["testOne": 5, "testTwo": 2, "testThree": 1]),
                                       .init(id: "clamp", points: 4, allOrNothing: true)],
                           deadline: "2023-11-14T22:13:20Z", latePolicy: .init(percentPerDay: 10, maxDays: 3))
        _ = try grading.request(lab: lab).run(checker: ScriptedSubmissionChecker())
        let ada = try XCTUnwrap(grading.grades()["ada"])
        // add: testTwo 2 + testThree 1 = 3 of 8; clamp all-or-nothing with one failure = 0 of 4.
        // Total (3 + 0) x (1 - 2 x 10%) = 2.4 of 12.
        XCTAssertEqual(ada.exercises.map(\.points), [3, 0])
        XCTAssertEqual(ada.maxPoints, 12)
        XCTAssertEqual(ada.daysLate, 2)
        XCTAssertEqual(ada.points, 2.4, accuracy: 1e-9)
        XCTAssertTrue(try grading.text("out/gradebook.csv").contains("ada,3,0,20,2.4\r\n"))
        XCTAssertEqual(lab.lateFactor(submitted: deadline.addingTimeInterval(4 * 86_400)).factor, 0)   // past max_days
    }
}
