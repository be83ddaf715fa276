import Foundation
import XCTest

/// The learner's journey through the tiny fixture course (Tests/learnTests/Fixtures/TinyCourse),
/// driven through the built `learn` binary: fresh start, a failing stub, a passing solution, a
/// compile error, hints, reset, a missing file, a corrupt progress file.
final class FixtureCourseTests: XCTestCase {
    private var course: CourseCopy!

    override func setUpWithError() throws {
        course = try CourseCopy.tinyCourse()
    }

    override func tearDown() {
        course.remove()
    }

    private func state() throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(course.read(".learn/state.json").utf8)) as? [String: Any])
    }

    func testFreshStartCheckFailAndPassSaveProgress() throws {
        let fresh = try course.learn()
        XCTAssertEqual(fresh.exitCode, 0, fresh.stderr)
        XCTAssertTrue(fresh.stdout.contains("[--------------------] 0/3 exercises passed"), fresh.stdout)
        XCTAssertTrue(fresh.stdout.contains("Current exercise: add-numbers: Adding two numbers"), fresh.stdout)
        XCTAssertEqual(fresh.stderr, "")

        // The untouched stub fails: each test with its assertion message, exit 1.
        let failing = try course.learn("check")
        XCTAssertEqual(failing.exitCode, 1)
        XCTAssertTrue(failing.stdout.hasPrefix("add-numbers failed: 0 of 2 tests passed (exercises/01-tiny/01_add_numbers.swift, "), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("""
              failed  testAddsTwoPositives
                      2 + 3
                      expected: 5
                      got:      0
              failed  testAddsANegative
                      2 + (-7)
                      expected: -5
                      got:      0
            """), failing.stdout)

        // The same as JSON, field by field (the CheckResult contract).
        let json = try course.learn("check", "--json")
        XCTAssertEqual(json.exitCode, 1)
        let result = try jsonObject(json)
        XCTAssertEqual(Set(result.keys), ["id", "status", "tests", "compile_errors", "duration_s", "output"])
        XCTAssertEqual(result["id"] as? String, "add-numbers")
        XCTAssertEqual(result["status"] as? String, "failed")
        XCTAssertEqual((result["compile_errors"] as? [Any])?.count, 0)
        XCTAssertGreaterThan(try XCTUnwrap(result["duration_s"] as? Double), 0)
        XCTAssertEqual(result["output"] as? String, "")
        let tests = try XCTUnwrap(result["tests"] as? [[String: String]])
        XCTAssertEqual(tests, [
            ["name": "testAddsTwoPositives", "status": "failed", "message": "2 + 3\nexpected: 5\ngot:      0"],
            ["name": "testAddsANegative", "status": "failed", "message": "2 + (-7)\nexpected: -5\ngot:      0"],
        ])

        // The solution passes; the pass is saved and the next exercise becomes current.
        try course.solve("exercises/01-tiny/01_add_numbers.swift")
        let passing = try course.learn("check", "add-numbers")
        XCTAssertEqual(passing.exitCode, 0, passing.stdout + passing.stderr)
        XCTAssertTrue(passing.stdout.contains("add-numbers passed: all 2 tests passed"), passing.stdout)
        XCTAssertTrue(passing.stdout.contains("Progress saved. Next: count-positives (exercises/01-tiny/02_count_positives.swift)"), passing.stdout)
        let saved = try state()
        XCTAssertEqual(saved["current"] as? String, "count-positives")
        XCTAssertNotNil((saved["passed"] as? [String: String])?["add-numbers"])
        XCTAssertEqual(saved["last_status"] as? [String: String], ["add-numbers": "passed"])

        // The list, as JSON field by field (the list contract), and filtered.
        let list = try course.learn("list", "--json")
        XCTAssertEqual(list.exitCode, 0)
        let listing = try jsonObject(list)
        XCTAssertEqual(Array(listing.keys), ["exercises"])
        let entries = try XCTUnwrap(listing["exercises"] as? [[String: Any]])
        XCTAssertEqual(entries.count, 3)
        XCTAssertEqual(Set(entries[0].keys), ["position", "id", "module", "title", "path", "lesson", "status", "current"])
        XCTAssertEqual(entries.map { $0["position"] as? Int }, [1, 2, 3])
        XCTAssertEqual(entries.map { $0["id"] as? String }, ["add-numbers", "count-positives", "clamp"])
        XCTAssertEqual(entries.map { $0["status"] as? String }, ["passed", "pending", "pending"])
        XCTAssertEqual(entries.map { $0["current"] as? Bool }, [false, true, false])
        XCTAssertEqual(entries[1]["module"] as? String, "tiny")
        XCTAssertEqual(entries[1]["title"] as? String, "Counting positive numbers")
        XCTAssertEqual(entries[1]["path"] as? String, "exercises/01-tiny/02_count_positives.swift")
        XCTAssertEqual(entries[1]["lesson"] as? String, "lessons/01-tiny/lesson.md")
        let done = try jsonObject(try course.learn("list", "--done", "--json"))["exercises"] as? [[String: Any]]
        XCTAssertEqual(done?.map { $0["id"] as? String }, ["add-numbers"])
        let pending = try course.learn("list", "--pending")
        XCTAssertTrue(pending.stdout.contains("> 2  pending  count-positives  Counting positive numbers"), pending.stdout)
        XCTAssertEqual(try course.learn("goto", "3").stdout.split(separator: "\n").first, "Current exercise: clamp: Clamping to a range")
        XCTAssertFalse(pending.stdout.contains("add-numbers"), pending.stdout)
    }

    func testCompileErrorsAreShownAsFileLineColumn() throws {
        try course.write("func add(_ a: Int, _ b: Int) -> Int {\n    a + \"b\"\n}\n", to: "exercises/01-tiny/01_add_numbers.swift")
        let text = try course.learn("check")
        XCTAssertEqual(text.exitCode, 1)
        XCTAssertTrue(text.stdout.hasPrefix("add-numbers does not compile"), text.stdout)
        XCTAssertTrue(text.stdout.contains("\nexercises/01-tiny/01_add_numbers.swift:2:"), text.stdout)
        let json = try jsonObject(try course.learn("check", "--json"))
        XCTAssertEqual(json["status"] as? String, "compile_error")
        XCTAssertEqual((json["tests"] as? [Any])?.count, 0)
        let error = try XCTUnwrap((json["compile_errors"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(error.keys), ["file", "line", "column", "message"])
        XCTAssertEqual(error["file"] as? String, "exercises/01-tiny/01_add_numbers.swift")
        XCTAssertEqual(error["line"] as? Int, 2)
        XCTAssertFalse((error["message"] as? String ?? "").isEmpty)
        XCTAssertEqual(try state()["last_status"] as? [String: String], ["add-numbers": "compile_error"])
    }

    func testHintLevelsAreRevealedOneByOneAndRemembered() throws {
        let first = try course.learn("hint", "count-positives")
        XCTAssertEqual(first.exitCode, 0)
        XCTAssertEqual(first.stdout, """
            Hint 1 of 3 (count-positives):
              Look at each number in turn.

            For the next one (2 left), run learn hint again.

            """)
        _ = try course.learn("hint", "count-positives")
        let third = try course.learn("hint", "count-positives")
        XCTAssertTrue(third.stdout.contains("Hint 2 of 3 (count-positives):\n  Zero is not positive."), third.stdout)
        XCTAssertTrue(third.stdout.contains("Hint 3 of 3 (count-positives):\n  filter keeps the numbers a condition accepts, and count says how many there are."), third.stdout)
        XCTAssertTrue(third.stdout.hasSuffix("There are no more hints for count-positives. Reread the lesson: learn lesson count-positives\n"), third.stdout)
        let again = try course.learn("hint", "count-positives")
        XCTAssertEqual(again.stdout, third.stdout, "no fourth hint: the same three, and the same note")
        XCTAssertEqual(try state()["hint_levels"] as? [String: Int], ["count-positives": 3])
        // Without an id, the current exercise.
        XCTAssertTrue(try course.learn("hint").stdout.hasPrefix("Hint 1 of 2 (add-numbers):"))
    }

    func testConcurrentProcessesLoseNoUpdate() throws {
        // Seven processes at once, each revealing one hint; all seven reveals must be stored.
        let jobs = [("add-numbers", 2), ("count-positives", 3), ("clamp", 2)].flatMap { id, count in Array(repeating: id, count: count) }
        let failures = Failures()
        let course: CourseCopy = course
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            do {
                let run = try course.learn("hint", jobs[index])
                if run.exitCode != 0 { failures.add("\(jobs[index]): exit \(run.exitCode) \(run.stderr)") }
            } catch {
                failures.add("\(error)")
            }
        }
        XCTAssertEqual(failures.all, [])
        XCTAssertEqual(try state()["hint_levels"] as? [String: Int], ["add-numbers": 2, "count-positives": 3, "clamp": 2])
    }

    func testResetRestoresTheStubKeepsABackupAndMarksPending() throws {
        let stub = try course.read("exercises/01-tiny/01_add_numbers.swift")
        _ = try course.learn()   // first run: pristine copies are taken
        try course.solve("exercises/01-tiny/01_add_numbers.swift")
        let solved = try course.read("exercises/01-tiny/01_add_numbers.swift")
        XCTAssertEqual(try course.learn("check").exitCode, 0)

        let reset = try course.learn("reset", "add-numbers")
        XCTAssertEqual(reset.exitCode, 0, reset.stderr)
        XCTAssertEqual(try course.read("exercises/01-tiny/01_add_numbers.swift"), stub)
        let backups = try FileManager.default.contentsOfDirectory(atPath: course.url(".learn/backups").path)
        XCTAssertEqual(backups.count, 1)
        let backup = try XCTUnwrap(backups.first)
        XCTAssertTrue(backup.hasPrefix("add-numbers-") && backup.hasSuffix(".swift"), backup)
        XCTAssertEqual(try course.read(".learn/backups/" + backup), solved)
        XCTAssertTrue(reset.stdout.contains("Restored exercises/01-tiny/01_add_numbers.swift from the copy saved when learn first ran"), reset.stdout)
        XCTAssertTrue(reset.stdout.contains("Your previous version is saved as .learn/backups/\(backup)."), reset.stdout)
        XCTAssertEqual(try state()["passed"] as? [String: String], [:])
    }

    func testAMissingExerciseFileIsADataErrorThatSaysHowToRestoreIt() throws {
        _ = try course.learn()
        try FileManager.default.removeItem(at: course.url("exercises/01-tiny/03_clamp.swift"))
        let check = try course.learn("check", "clamp")
        XCTAssertEqual(check.exitCode, 65)
        XCTAssertEqual(check.stdout, "")
        XCTAssertEqual(check.stderr, "error: exercises/01-tiny/03_clamp.swift is missing (the file of exercise 'clamp'); "
                       + "run `learn reset clamp` to restore the original stub\n")
        XCTAssertEqual(try course.learn("reset", "clamp").exitCode, 0)
        XCTAssertTrue(try course.read("exercises/01-tiny/03_clamp.swift").contains("// TODO"))
    }

    func testACorruptStateFileIsMovedAsideAndRebuiltByRechecking() throws {
        _ = try course.learn()
        try course.solve("exercises/01-tiny/02_count_positives.swift")   // solved, never checked
        let garbage = "{ this is not json"
        try course.write(garbage, to: ".learn/state.json")

        let list = try course.learn("list", "--json")
        XCTAssertEqual(list.exitCode, 0, list.stderr)
        XCTAssertTrue(list.stderr.hasPrefix("warning: \(course.url(".learn/state.json").path) could not be used (is not valid JSON"), list.stderr)
        XCTAssertTrue(list.stderr.contains("it was moved to \(course.url(".learn/state.json.corrupt-").path)"), list.stderr)
        let entries = try XCTUnwrap(try jsonObject(list)["exercises"] as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["status"] as? String }, ["pending", "passed", "pending"], "rebuilt by re-checking every file")
        let aside = try FileManager.default.contentsOfDirectory(atPath: course.url(".learn").path).filter { $0.hasPrefix("state.json.corrupt-") }
        XCTAssertEqual(aside.count, 1)
        XCTAssertEqual(try course.read(".learn/" + aside[0]), garbage, "nothing is lost")
        XCTAssertEqual(try course.learn("list").stderr, "", "reported once, then the rebuilt file is used")
    }

    func testLessonShowsTheExercisesSectionOrTheWholeLesson() throws {
        let section = try course.learn("lesson", "count-positives")
        XCTAssertEqual(section.exitCode, 0)
        XCTAssertEqual(section.stdout, """
            Counting positives
            ------------------

            countPositives(_:) counts the numbers greater than zero; zero itself is not
            positive.

            | input         | count |
            |---------------|-------|
            | [1, -2, 0, 3] | 2     |

            The whole lesson: learn lesson tiny

            """)
        let whole = try course.learn("lesson", "tiny")
        XCTAssertTrue(whole.stdout.hasPrefix("A tiny module\n============="), whole.stdout)
        XCTAssertTrue(whole.stdout.contains("Adding numbers") && whole.stdout.contains("Clamping"), whole.stdout)
        let unknown = try course.learn("lesson", "tinny")
        XCTAssertEqual(unknown.exitCode, 64)
        XCTAssertEqual(unknown.stderr, "error: no module or exercise has the id 'tinny'; did you mean 'tiny'?\n")
    }

    func testGotoAndUnknownIds() throws {
        let goto = try course.learn("goto", "clamp")
        XCTAssertEqual(goto.exitCode, 0)
        XCTAssertEqual(try state()["current"] as? String, "clamp")
        XCTAssertTrue(try course.learn().stdout.contains("Current exercise: clamp"))
        let typo = try course.learn("check", "add-numbrs")
        XCTAssertEqual(typo.exitCode, 64)
        XCTAssertEqual(typo.stderr, "error: no exercise has the id 'add-numbrs'; did you mean 'add-numbers'?\n")
    }

    func testWatchReChecksOnSaveAndMovesOnFromAPipe() throws {
        let watch = try WatchProcess(in: course.root)
        defer { watch.stop() }
        try watch.waitFor("add-numbers failed: 0 of 2 tests passed")
        try course.solve("exercises/01-tiny/01_add_numbers.swift")
        try watch.waitFor("add-numbers passed: all 2 tests passed")
        try watch.waitFor("count-positives failed: 1 of 3 tests passed")
        watch.send("h\n")
        try watch.waitFor("Hint 1 of 3 (count-positives):")
        watch.send("q\n")
        XCTAssertEqual(try watch.exitCode(), 0)
        XCTAssertEqual(try state()["current"] as? String, "count-positives")
    }

    func testWatchStaysOnAPassedExerciseReachedWithGotoAndShowsTheKeys() throws {
        // Every exercise passed, then goto the first: watch re-checks it and stays (it used to
        // say the course was done and exit).
        for path in ["exercises/01-tiny/01_add_numbers.swift", "exercises/01-tiny/02_count_positives.swift",
                     "exercises/01-tiny/03_clamp.swift"] { try course.solve(path) }
        for id in ["add-numbers", "count-positives", "clamp"] { XCTAssertEqual(try course.learn("check", id).exitCode, 0) }
        XCTAssertEqual(try course.learn("goto", "add-numbers").exitCode, 0)

        let watch = try WatchProcess(in: course.root)
        defer { watch.stop() }
        try watch.waitFor("add-numbers passed: all 2 tests passed")
        try watch.waitFor("Keys: n next, r re-run, x reset, h hint, l list, q quit (then Enter)")
        XCTAssertTrue(watch.output.contains("Compare yours with the reference solution: solutions/01-tiny/01_add_numbers.swift"),
                      watch.output)
        watch.send("r\n")   // re-run: checked again, still watching add-numbers
        let deadline = Date().addingTimeInterval(60)
        while watch.output.components(separatedBy: "add-numbers passed").count < 3, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTAssertEqual(watch.output.components(separatedBy: "add-numbers passed").count, 3, watch.output)
        XCTAssertFalse(watch.output.contains("the course is done"), watch.output)
        watch.send("n\n")   // nothing else is pending: now it says so, and still waits for q
        try watch.waitFor("Every exercise has passed: the course is done.")
        watch.send("q\n")
        XCTAssertEqual(try watch.exitCode(), 0)
    }

    func testWatchTakesAnExerciseAndPointsToTheNextLessonSectionAfterAPass() throws {
        let watch = try WatchProcess(in: course.root, arguments: ["count-positives"])
        defer { watch.stop() }
        try watch.waitFor("Watching count-positives")
        try watch.waitFor("count-positives failed: 1 of 3 tests passed")
        try course.solve("exercises/01-tiny/02_count_positives.swift")
        try watch.waitFor("count-positives passed")
        // On to the next pending exercise in course order (clamp), its lesson named before its failures.
        try watch.waitFor("count-positives passed. Next, read its lesson section first: learn lesson clamp")
        try watch.waitFor("clamp failed")
        let output = watch.output
        let pointer = try XCTUnwrap(output.range(of: "read its lesson section first: learn lesson clamp"))
        let failures = try XCTUnwrap(output.range(of: "clamp failed"))
        XCTAssertLessThan(pointer.lowerBound, failures.lowerBound)
        watch.send("q\n")
        XCTAssertEqual(try watch.exitCode(), 0)
        XCTAssertEqual(try state()["current"] as? String, "clamp")
    }
}

/// Collects failures from concurrent workers.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
