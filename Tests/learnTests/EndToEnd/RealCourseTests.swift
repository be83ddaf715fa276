import Foundation
import XCTest

/// The course of this repository (lessons/catalog.json and what it names), through the binary.
final class RealCourseTests: XCTestCase {
    /// The tiny fixture course must itself be sound, or the fixture tests prove nothing.
    func testVerifyPassesOnTheFixtureAndFailsWhenAStubPasses() throws {
        let course = try CourseCopy.tinyCourse()
        defer { course.remove() }
        let sound = try course.learn("verify")
        XCTAssertEqual(sound.exitCode, 0, sound.stdout + sound.stderr)
        XCTAssertTrue(sound.stdout.hasSuffix("verify: all 3 exercises are sound\n"), sound.stdout)

        // An author breaks a stub and records it as shipped.
        try course.write(try course.read("solutions/01-tiny/03_clamp.swift") + "// TODO: nothing\n", to: "exercises/01-tiny/03_clamp.swift")
        let broken = try course.learn("verify", "--update-digests")
        XCTAssertEqual(broken.exitCode, 1)
        let row = broken.stdout.split(separator: "\n").first { $0.hasPrefix("clamp ") }
        XCTAssertEqual(row?.split(separator: " "), ["clamp", "passed", "passed", "1", "problem"], broken.stdout)
        XCTAssertTrue(broken.stdout.contains("problem: clamp: stub exercises/01-tiny/03_clamp.swift: expected failed, got passed"), broken.stdout)
    }

    /// Every ```swift block of a lesson compiles as shown; one that does not is reported at its
    /// lesson line (here: a throwing initialiser called without `try`, the slip the module-1
    /// lesson once made).
    func testLessonCodeBlocksMustCompileAsShown() throws {
        let course = try CourseCopy.tinyCourse()
        defer { course.remove() }
        let lesson = "lessons/01-tiny/lesson.md"
        try course.write(try course.read(lesson).replacingOccurrences(
            of: "let a = rng.nextInt(below: 10)",
            with: "let a = rng.nextInt(below: 10)\nlet counts = ConfusionCounts(labels: [1], predictions: [1])"), to: lesson)
        let run = try course.learn("verify")
        XCTAssertEqual(run.exitCode, 1, run.stdout)
        let line = try XCTUnwrap(try course.read(lesson).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("let counts") }) + 1
        XCTAssertTrue(run.stdout.contains("problem: \(lesson):\(line): this ```swift block does not compile as shown: "), run.stdout)
        XCTAssertTrue(run.stdout.contains("mark the expression with 'try'") || run.stdout.contains("'try'"), run.stdout)
    }

    /// A fresh workspace walked through the whole course as a learner would: each current
    /// exercise solved (its solution copied in) and checked with `learn check`, until `learn`
    /// says the course is done, every module at 100%.
    func testSolvingEveryExerciseInOrderEndsTheCourseAtOneHundredPercent() throws {
        let course = try CourseCopy.realCourse()
        defer { course.remove() }
        let entries = try XCTUnwrap(try jsonObject(try course.learn("list", "--json"))["exercises"] as? [[String: Any]])
        XCTAssertGreaterThan(entries.count, 1)
        for entry in entries {
            let id = try XCTUnwrap(entry["id"] as? String), path = try XCTUnwrap(entry["path"] as? String)
            try course.solve(path)
            let check = try course.learn("check", "--json")   // the current exercise: the first one not yet passed
            let result = try jsonObject(check)
            XCTAssertEqual(result["id"] as? String, id, "learn check takes the exercises in course order")
            XCTAssertEqual(result["status"] as? String, "passed", "\(id): \(check.stdout)")
        }
        let pending = try XCTUnwrap(try jsonObject(try course.learn("list", "--pending", "--json"))["exercises"] as? [[String: Any]])
        XCTAssertEqual(pending.count, 0, "nothing is left pending")
        let summary = try course.learn()
        XCTAssertTrue(summary.stdout.contains("\(entries.count)/\(entries.count) exercises passed"), summary.stdout)
        XCTAssertTrue(summary.stdout.contains("Every exercise has passed: the course is done."), summary.stdout)
        let modules = summary.stdout.split(separator: "\n").filter { $0.contains("%") }
        XCTAssertFalse(modules.isEmpty, summary.stdout)
        for row in modules { XCTAssertTrue(row.contains("100%"), "every module at 100%: \(row)") }
    }

    /// Fresh start, a failing check, a pass saved, hints, reset, a missing file, a corrupt state.
    func testALearnersFirstStepsThroughModuleOne() throws {
        let course = try CourseCopy.realCourse()
        defer { course.remove() }
        let list = try jsonObject(try course.learn("list", "--json"))
        let entries = try XCTUnwrap(list["exercises"] as? [[String: Any]])
        let first = try XCTUnwrap(entries.first)
        XCTAssertEqual(first["current"] as? Bool, true)
        XCTAssertEqual(first["status"] as? String, "pending")
        let id = try XCTUnwrap(first["id"] as? String), path = try XCTUnwrap(first["path"] as? String)

        let failing = try course.learn("check", "--json")
        XCTAssertEqual(failing.exitCode, 1)
        let failed = try jsonObject(failing)
        XCTAssertEqual(failed["id"] as? String, id)
        XCTAssertEqual(failed["status"] as? String, "failed", "the untouched stub fails with failed tests")
        let tests = try XCTUnwrap(failed["tests"] as? [[String: Any]])
        XCTAssertTrue(tests.contains { $0["status"] as? String == "failed" && !($0["message"] as? String ?? "").isEmpty })

        try course.solve(path)
        let passing = try course.learn("check")
        XCTAssertEqual(passing.exitCode, 0, passing.stdout)
        XCTAssertTrue(passing.stdout.hasPrefix("\(id) passed: all \(tests.count) tests passed"), passing.stdout)
        let after = try XCTUnwrap(try jsonObject(try course.learn("list", "--json"))["exercises"] as? [[String: Any]])
        XCTAssertEqual(after.first?["status"] as? String, "passed")
        XCTAssertEqual(after.dropFirst().first?["current"] as? Bool, true)

        let lesson = try course.learn("lesson")
        XCTAssertEqual(lesson.exitCode, 0)
        XCTAssertFalse(lesson.stdout.isEmpty)

        // Hints of the (new) current exercise, level by level.
        let next = try XCTUnwrap(after.dropFirst().first?["id"] as? String)
        XCTAssertTrue(try course.learn("hint").stdout.hasPrefix("Hint 1 of "))
        XCTAssertTrue(try course.learn("hint").stdout.contains("\nHint 2 of "))
        XCTAssertEqual(try state(of: course)["hint_levels"] as? [String: Int], [next: 2])

        // Reset the passed exercise: the stub is back, the solution kept, the exercise pending.
        let stub = try String(contentsOf: LearnRun.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        XCTAssertEqual(try course.learn("reset", id).exitCode, 0)
        XCTAssertEqual(try course.read(path), stub)
        XCTAssertEqual(try state(of: course)["passed"] as? [String: String], [:])

        // A missing file is reported with the way back.
        try FileManager.default.removeItem(at: course.url(path))
        let missing = try course.learn("check", id)
        XCTAssertEqual(missing.exitCode, 65)
        XCTAssertTrue(missing.stderr.contains("run `learn reset \(id)` to restore the original stub"), missing.stderr)
        XCTAssertEqual(try course.learn("reset", id).exitCode, 0)

        // A corrupt progress file: moved aside, rebuilt by checking every exercise (the solved
        // one passes again, the stubs fail).
        try course.solve(path)
        try course.write("\u{0}garbage", to: ".learn/state.json")
        let rebuilt = try course.learn("list", "--json")
        XCTAssertEqual(rebuilt.exitCode, 0)
        XCTAssertTrue(rebuilt.stderr.contains("it was moved to"), rebuilt.stderr)
        let statuses = try XCTUnwrap(try jsonObject(rebuilt)["exercises"] as? [[String: Any]]).map { $0["status"] as? String }
        XCTAssertEqual(statuses, ["passed"] + Array(repeating: "pending", count: entries.count - 1))
    }

    /// A learner who commits their solutions: reset still restores the shipped stub, and
    /// `learn verify` (which `swift test` runs) still passes, checking the stubs as shipped.
    func testResetAndVerifyInAWorkspaceWithCommittedSolutions() throws {
        let course = try CourseCopy.realCourse()
        defer { course.remove() }
        let exercises = try XCTUnwrap(try jsonObject(try course.learn("list", "--json"))["exercises"] as? [[String: Any]])
        let paths = exercises.compactMap { $0["path"] as? String }
        let stub = try course.read(paths[0])
        try git(in: course, "init", "-q")
        try git(in: course, "add", ".")
        try git(in: course, "commit", "-qm", "the course as shipped")
        try FileManager.default.removeItem(at: course.url(".learn/pristine"))   // only git remembers the stubs now
        for path in paths { try course.solve(path) }
        try git(in: course, "commit", "-qam", "my solutions")

        // `learn verify` over the real course, here in the harder case (the one place it runs, as
        // it compiles every solution, stub and lesson block): it fails when a solution stops
        // passing, a stub stops failing, or an authoring rule breaks (docs/authoring.md).
        let verify = try course.learn("verify", "--json")   // two checks at a time, the default
        XCTAssertEqual(verify.exitCode, 0, verify.stdout + verify.stderr)
        let report = try jsonObject(verify)
        XCTAssertEqual(report["ok"] as? Bool, true, verify.stdout)
        let verified = try XCTUnwrap(report["exercises"] as? [[String: Any]])
        XCTAssertEqual(verified.count, paths.count)
        for exercise in verified {
            XCTAssertEqual(Set(exercise.keys), ["id", "solution", "stub", "problems"])
            XCTAssertEqual(exercise["solution"] as? String, "passed", "\(exercise)")
            XCTAssertEqual(exercise["stub"] as? String, "failed", "\(exercise)")
        }
        XCTAssertNotEqual(try course.read(paths[0]), stub, "verify leaves the learner's solution alone")

        let id = try XCTUnwrap(exercises[0]["id"] as? String)
        let reset = try course.learn("reset", id)
        XCTAssertEqual(reset.exitCode, 0, reset.stderr)
        XCTAssertEqual(try course.read(paths[0]), stub, "reset restores the shipped stub, not the committed solution")
        XCTAssertTrue(reset.stdout.contains("from the version committed in "), reset.stdout)
    }

    /// A suite rewritten after the course shipped (as learner code running in a check could do) is
    /// refused, naming the file and the command that restores it.
    func testAChangedSuiteIsRefused() throws {
        let course = try CourseCopy.realCourse()
        defer { course.remove() }
        let exercises = try XCTUnwrap(try jsonObject(try course.learn("list", "--json"))["exercises"] as? [[String: Any]])
        let path = try XCTUnwrap(exercises[0]["path"] as? String), id = try XCTUnwrap(exercises[0]["id"] as? String)
        let digests = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(course.read("lessons/digests.json").utf8)) as? [String: Any])
        let suite = try XCTUnwrap((digests["files"] as? [String: String])?.keys.first { $0.hasPrefix("Tests/") && $0.contains("SeededSplit") })
        try course.solve(path)
        try course.write(try course.read(suite).replacingOccurrences(of: "func test", with: "func disabled"), to: suite)

        let check = try course.learn("check", id)
        XCTAssertEqual(check.exitCode, 65, check.stdout + check.stderr)
        XCTAssertTrue(check.stderr.contains("\(suite) is not the suite this course shipped"), check.stderr)
        XCTAssertTrue(check.stderr.contains("git checkout -- \(suite)"), check.stderr)
        XCTAssertEqual(try jsonObject(try course.learn("list", "--json"))["exercises"].flatMap { ($0 as? [[String: Any]])?.first?["status"] as? String },
                       "pending", "a refused check records nothing")
    }

    private func git(in course: CourseCopy, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", course.root.path, "-c", "user.name=learner", "-c", "user.email=l@example.org"] + arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
    }

    private func state(of course: CourseCopy) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(course.read(".learn/state.json").utf8)) as? [String: Any])
    }
}
