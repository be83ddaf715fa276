import Foundation
import XCTest
@testable import Workbench

final class WatchLoopTests: XCTestCase {
    private var temporary: TemporaryWorkspace!
    private var course: Course!
    private let checker = ContentChecker()

    override func setUpWithError() throws {
        temporary = try TemporaryWorkspace()
        try temporary.write(sampleCatalogJSON, to: "lessons/catalog.json")
        for exercise in try sampleCatalog().exercises { try temporary.write("// TODO\n", to: exercise.path) }
        course = try Course(workspace: temporary.workspace, checker: checker) { _ in
            ProgressRecovery(report: { _ in XCTFail("no corruption expected") }, rebuild: { ProgressState() })
        }
    }

    override func tearDown() {
        temporary.remove()
    }

    private func run(_ steps: [Step], startingAt start: String? = nil) throws -> [String] {
        var input = ScriptedInput(steps: steps)
        let display = RecordingDisplay()
        try WatchLoop(course: course).run(startingAt: try start.map { try course.catalog.exercise(id: $0) },
                                          input: &input, display: display)
        return display.events.filter { $0 != "keys" }
    }

    func testChecksAtStartThenOnlyAfterASave() throws {
        let events = try run([
            .idle, .idle,                                        // nothing changed: no check
            .act { try self.temporary.write("// edited\n", to: "exercises/01-basics/first.swift") },
            .idle,                                               // unchanged for a turn: check
            .idle, .key(.quit),
        ])
        XCTAssertEqual(events, ["watching first", "checking first", "checked first failed",
                                "checking first", "checked first failed"])
        XCTAssertEqual(checker.contents, ["// TODO\n", "// edited\n"])
    }

    func testAFirstPassMovesOnAndTheLastPassSaysTheCourseIsDoneAndStays() throws {
        let events = try run([
            .act { try self.temporary.write("PASS\n", to: "exercises/01-basics/first.swift") }, .idle,
            .act { try self.temporary.write("PASS\n", to: "exercises/01-basics/second.swift") }, .idle,
            .act { try self.temporary.write("PASS\n", to: "exercises/02-more/third.swift") }, .idle,
            .key(.rerun),   // still watching third after the course is done
            .key(.quit),
        ])
        XCTAssertEqual(events, [
            "watching first", "checking first", "checked first failed",
            "checking first", "checked first passed", "watching second after first", "checking second", "checked second failed",
            "checking second", "checked second passed", "watching third after second", "checking third", "checked third failed",
            "checking third", "checked third passed", "course done", "checking third", "checked third passed",
        ])
        XCTAssertEqual(Set(try course.progress.load().passed.keys), ["first", "second", "third"])
    }

    func testAWriteInTwoStepsIsCheckedOnceWhole() throws {
        let events = try run([
            .act { try self.temporary.write("", to: "exercises/01-basics/first.swift") },              // truncated
            .act { try self.temporary.write("PASS, written out\n", to: "exercises/01-basics/first.swift") },
            .idle, .key(.quit),
        ])
        // first's stub, first as finally written (never the empty file), then second's stub.
        XCTAssertEqual(checker.contents, ["// TODO\n", "PASS, written out\n", "// TODO\n"])
        XCTAssertEqual(events.last, "checked second failed")
    }

    func testAnEditorReplacingTheFileIsNoticedEvenWithTheSameSizeAndTime() throws {
        let path = temporary.root.appendingPathComponent("exercises/01-basics/first.swift")
        let before = try XCTUnwrap(FileStamp.of(path))
        _ = try run([
            .act {
                // Write a same-sized file beside it, give it the old time, rename it over.
                let replacement = path.deletingLastPathComponent().appendingPathComponent(".first.swift.swp")
                try Data("// TOD0\n".utf8).write(to: replacement)
                var times = [timespec(tv_sec: before.modifiedSeconds, tv_nsec: before.modifiedNanoseconds),
                             timespec(tv_sec: before.modifiedSeconds, tv_nsec: before.modifiedNanoseconds)]
                XCTAssertEqual(utimensat(AT_FDCWD, replacement.path, &times, 0), 0)
                XCTAssertEqual(rename(replacement.path, path.path), 0)
            },
            .idle, .key(.quit),
        ])
        let after = try XCTUnwrap(FileStamp.of(path))
        XCTAssertEqual(after.size, before.size)
        XCTAssertEqual(after.modifiedNanoseconds, before.modifiedNanoseconds)
        XCTAssertEqual(checker.contents, ["// TODO\n", "// TOD0\n"])
    }

    func testAMissingFileIsReportedAndCheckedWhenItAppears() throws {
        try FileManager.default.removeItem(at: temporary.root.appendingPathComponent("exercises/01-basics/first.swift"))
        let events = try run([
            .idle,
            .act { try self.temporary.write("// back\n", to: "exercises/01-basics/first.swift") }, .idle,
            .key(.quit),
        ])
        XCTAssertEqual(events, ["watching first", "checking first", "check failed first: MissingExerciseFile",
                                "checking first", "checked first failed"])
    }

    func testKeysShowHintsAndTheListAndQuit() throws {
        let events = try run([.key(.hint), .key(.hint), .key(.hint), .key(.list), .key(.endOfInput)])
        XCTAssertEqual(events, ["watching first", "checking first", "checked first failed",
                                "hints first 1 revealed", "hints first 2 revealed", "hints first 2 no more",
                                "list first:pending:current second:pending third:pending"])
        XCTAssertEqual(try course.progress.load().hintLevel("first"), 2)
    }

    func testAnExerciseThatHadPassedStaysUntilNextIsPressed() throws {
        // As after `learn goto first` on a course where first had passed and the rest is done too:
        // re-checks stay on first (no "course done", no exit); n then says nothing is pending.
        try temporary.write("PASS\n", to: "exercises/01-basics/first.swift")
        for id in ["first", "second", "third"] {
            try course.progress.recordCheck(id, status: .passed, catalog: course.catalog)
        }
        try course.progress.setCurrent("first")
        let events = try run([.idle, .key(.rerun), .key(.next), .key(.quit)])
        XCTAssertEqual(events, ["watching first", "checking first", "checked first passed",
                                "checking first", "checked first passed", "course done"])
    }

    func testWatchingANamedExerciseMakesItCurrentAndNextMovesToThePendingOne() throws {
        try course.progress.recordCheck("first", status: .passed, catalog: course.catalog)
        try temporary.write("PASS\n", to: "exercises/02-more/third.swift")
        let events = try run([.key(.next), .key(.quit)], startingAt: "third")
        // third passes for the first time: on to the next pending one, wrapping to second.
        XCTAssertEqual(events, ["watching third", "checking third", "checked third passed",
                                "watching second after third", "checking second", "checked second failed"])
        XCTAssertEqual(try course.progress.load().current, "second")
    }

    func testResetRestoresTheStubAndChecksIt() throws {
        try temporary.write("PASS\n", to: "exercises/01-basics/first.swift")
        try FileManager.default.createDirectory(at: temporary.workspace.pristineDirectory.appendingPathComponent("exercises/01-basics"),
                                                withIntermediateDirectories: true)
        try Data("// TODO stub\n".utf8).write(to: temporary.workspace.pristineDirectory.appendingPathComponent("exercises/01-basics/first.swift"))
        try course.progress.recordCheck("first", status: .passed, catalog: course.catalog)
        try course.progress.setCurrent("first")
        let events = try run([.key(.reset), .key(.quit)])
        XCTAssertEqual(events, ["watching first", "checking first", "checked first passed",
                                "reset first", "checking first", "checked first failed"])
        XCTAssertFalse(try course.progress.load().isPassed("first"))
    }

    func testNothingToWatchWhenEverythingPassed() throws {
        for id in ["first", "second", "third"] {
            try course.progress.recordCheck(id, status: .passed, catalog: course.catalog)
        }
        XCTAssertEqual(try run([]), ["course done"])
    }
}

/// One turn of the watch loop: something happens to the files, then a key (or none) arrives.
private struct Step {
    var action: () throws -> Void = {}
    var key: WatchKey?

    static var idle: Step { Step() }
    static func act(_ action: @escaping () throws -> Void) -> Step { Step(action: action) }
    static func key(_ key: WatchKey) -> Step { Step(key: key) }
}

/// Plays the steps in order, one per turn; quits when they run out so a broken loop cannot hang.
private struct ScriptedInput: WatchInput {
    var steps: [Step]

    mutating func nextKey(timeout: Double) -> WatchKey? {
        guard !steps.isEmpty else { return .quit }
        let step = steps.removeFirst()
        do { try step.action() } catch { XCTFail("step failed: \(error)") }
        return step.key
    }
}

/// Passes a file that contains "PASS", fails any other; remembers what it was shown.
private final class ContentChecker: ExerciseChecker, @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [String] = []

    var contents: [String] { lock.withLock { seen } }

    func check(_ exercise: Exercise, learnerFile: URL) throws -> CheckResult {
        let text = try String(contentsOf: learnerFile, encoding: .utf8)
        lock.withLock { seen.append(text) }
        let passed = text.contains("PASS")
        return CheckResult(id: exercise.id, status: passed ? .passed : .failed,
                           tests: [TestOutcome(name: "testIt", status: passed ? .passed : .failed, message: "")],
                           compileErrors: [], durationSeconds: 0, output: "")
    }
}

/// Writes down what the loop showed, one short line per event.
private final class RecordingDisplay: WatchDisplay {
    var events: [String] = []

    func watching(_ exercise: Exercise, after passed: Exercise?) {
        events.append("watching \(exercise.id)" + (passed.map { " after \($0.id)" } ?? ""))
    }
    func checking(_ exercise: Exercise) { events.append("checking \(exercise.id)") }
    func checked(_ exercise: Exercise, result: CheckResult, state: ProgressState) {
        events.append("checked \(exercise.id) \(result.status.rawValue)")
    }
    func checkFailed(_ exercise: Exercise, error: Error) { events.append("check failed \(exercise.id): \(type(of: error))") }
    func hints(_ exercise: Exercise, level: Int, revealed: Bool) {
        events.append("hints \(exercise.id) \(level) \(revealed ? "revealed" : "no more")")
    }
    func list(_ listing: ExerciseListing) {
        events.append("list " + listing.exercises.map { "\($0.id):\($0.status.rawValue)\($0.current ? ":current" : "")" }.joined(separator: " "))
    }
    func courseDone() { events.append("course done") }
    func reset(_ exercise: Exercise, outcome: Result<StubArchive.Restore, Error>) {
        if case .failure(let error) = outcome { XCTFail("reset failed: \(error)") }
        events.append("reset \(exercise.id)")
    }
    func footer(_ exercise: Exercise) { events.append("keys") }
}
