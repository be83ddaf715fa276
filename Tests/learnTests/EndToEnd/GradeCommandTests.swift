import Foundation
import XCTest

/// `learn grade` through the built binary on the tiny fixture course, with the scripted checker
/// (FAIRWORK_GRADE_CHECKER=scripted) standing in for the isolated one: the batch machinery
/// (resume after SIGKILL, shards and merge, --only) is what these tests are about.
final class GradeCommandTests: XCTestCase {
    private var course: CourseCopy!
    private let scripted = ["FAIRWORK_GRADE_CHECKER": "scripted"]

    override func setUpWithError() throws {
        course = try CourseCopy.tinyCourse()
        let files = ["01_add_numbers.swift", "02_count_positives.swift", "03_clamp.swift"]
        // Twelve learners: solved, stubs, a compile error, a failing test, a timeout, a missing file.
        for index in 0 ..< 12 {
            let folder = "subs/learner\(String(format: "%02d", index))"
            try FileManager.default.createDirectory(at: course.url(folder), withIntermediateDirectories: true)
            for (position, file) in files.enumerated() {
                let kind = (index + position) % 6
                guard kind != 5 else { continue }
                let source = kind == 1 ? "exercises/01-tiny/\(file)" : "solutions/01-tiny/\(file)"
                let extra = ["", "", "\n// SCRIPTED:compile_error\n", "\n// SCRIPTED:fail=testEmptyInputHasNone\n// \(index)\n",
                             "\n// SCRIPTED:timeout\n"][kind]
                try course.write(try course.read(source) + extra, to: "\(folder)/\(file)")
            }
        }
    }

    override func tearDown() { course.remove() }

    func testWithoutTheScriptedCheckerGradingIsIsolatedOrRefused() throws {
        // The real path: the isolated checker grades, or, where confinement cannot work, learn
        // grade refuses with the reason; it never falls back to the shared-process engine.
        let run = try course.learn("grade", "subs", "--out", "out", "--only", "learner00")
        if run.exitCode == 0 {
            XCTAssertTrue(try course.read("out/run.json").contains("isolated"))
            XCTAssertTrue(try course.read("out/gradebook.csv").hasPrefix("learner,add-numbers,count-positives,clamp,"))
        } else {
            XCTAssertEqual(run.exitCode, 70, run.stderr)
            XCTAssertTrue(run.stderr.contains("isolated checks cannot run here"), run.stderr)
        }
    }

    func testKilledMidRunAndRestartedGivesTheSameGradebookAsOneRun() throws {
        let whole = try course.learn("grade", "subs", "--out", "whole", "--jobs", "2", environment: scripted)
        XCTAssertEqual(whole.exitCode, 0, whole.stderr)

        let process = Process()
        process.executableURL = LearnRun.productsDirectory.appendingPathComponent("learn")
        process.arguments = ["grade", "subs", "--out", "killed", "--jobs", "2"]
        process.currentDirectoryURL = course.root
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": "/tmp",
                               "FAIRWORK_GRADE_CHECKER": "scripted", "FAIRWORK_GRADE_SCRIPTED_DELAY": "0.3"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let graded = course.url("killed/submissions")
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? FileManager.default.contentsOfDirectory(atPath: graded.path)) ?? []).filter({ $0.hasSuffix(".json") }).count < 3 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        let done = try FileManager.default.contentsOfDirectory(atPath: graded.path).filter { $0.hasSuffix(".json") }
        XCTAssertLessThan(done.count, 12, "the run finished before it was killed; the test proves nothing")
        XCTAssertFalse(FileManager.default.fileExists(atPath: course.url("killed/gradebook.csv").path))

        let resumed = try course.learn("grade", "subs", "--out", "killed", "--jobs", "2", environment: scripted)
        XCTAssertEqual(resumed.exitCode, 0, resumed.stderr)
        XCTAssertTrue(resumed.stderr.contains("(unchanged)"), resumed.stderr)   // the graded ones were reused
        for file in ["gradebook.csv", "grades.json", "junit.xml", "feedback/learner03.md", "results/learner04/results.json"] {
            XCTAssertEqual(try course.read("killed/\(file)"), try course.read("whole/\(file)"), file)
        }
    }

    func testShardsMergedAndOnlyThroughTheBinary() throws {
        let whole = try course.learn("grade", "subs", "--out", "whole", environment: scripted)
        XCTAssertEqual(whole.exitCode, 0, whole.stderr)
        // Plain progress lines when standard error is not a terminal, and the summary.
        XCTAssertTrue(whole.stderr.contains("[####################] 12/12"), whole.stderr)
        XCTAssertFalse(containsEscape(whole.stderr))
        XCTAssertTrue(whole.stdout.contains("Exercises by status: passed"), whole.stdout)
        XCTAssertTrue(whole.stdout.contains("Most failed tests:"), whole.stdout)
        for index in 1 ... 2 {
            let shard = try course.learn("grade", "subs", "--out", "s\(index)", "--shard", "\(index)/2", environment: scripted)
            XCTAssertEqual(shard.exitCode, 0, shard.stderr)
        }
        let merged = try course.learn("grade", "merge", "s1", "s2", "--out", "merged")
        XCTAssertEqual(merged.exitCode, 0, merged.stderr)
        XCTAssertEqual(try course.read("merged/gradebook.csv"), try course.read("whole/gradebook.csv"))
        XCTAssertEqual(try course.read("merged/grades.json"), try course.read("whole/grades.json"))

        // A late fix for learner01: --only regrades it alone.
        let before = try course.read("whole/submissions/learner02.json")
        try course.write(try course.read("solutions/01-tiny/01_add_numbers.swift"), to: "subs/learner01/01_add_numbers.swift")
        let only = try course.learn("grade", "subs", "--out", "whole", "--only", "learner01", environment: scripted)
        XCTAssertEqual(only.exitCode, 0, only.stderr)
        XCTAssertEqual(try course.read("whole/submissions/learner02.json"), before)
        XCTAssertNotEqual(try course.read("whole/gradebook.csv"), try course.read("merged/gradebook.csv"))

        let usage = try course.learn("grade", "subs", "--out", "x", "--shard", "3/2", environment: scripted)
        XCTAssertEqual(usage.exitCode, 64, usage.stderr)
        XCTAssertTrue(usage.stderr.contains("--shard: '3/2' is not I/N"), usage.stderr)
    }
}
