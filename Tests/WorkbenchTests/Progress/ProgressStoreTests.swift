import Foundation
import XCTest
@testable import Workbench

final class ProgressStoreTests: XCTestCase {
    private var temporary: TemporaryWorkspace!
    private var catalog: Catalog!
    private let reports = Reports()

    /// Collects corruption reports from the store (called under its lock, from any thread).
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [CorruptStateReport] = []
        func add(_ report: CorruptStateReport) { lock.withLock { items.append(report) } }
        var all: [CorruptStateReport] { lock.withLock { items } }
    }

    override func setUpWithError() throws {
        temporary = try TemporaryWorkspace()
        catalog = try sampleCatalog()
    }

    override func tearDown() {
        temporary.remove()
    }

    private func store(rebuild: @escaping @Sendable () -> ProgressState = { ProgressState() }) -> ProgressStore {
        let reports = reports
        return ProgressStore(directory: temporary.workspace.stateDirectory,
                             recovery: ProgressRecovery(report: { reports.add($0) }, rebuild: rebuild))
    }

    func testMissingFileIsAFreshStartAndIsWritten() throws {
        let state = try store().load()
        XCTAssertEqual(state, ProgressState())
        XCTAssertTrue(temporary.exists(".learn/state.json"))
        XCTAssertTrue(reports.all.isEmpty)
    }

    func testStateFileFormat() throws {
        let time = Date(timeIntervalSince1970: 1_700_000_000)
        try store().recordCheck("first", status: .passed, catalog: catalog, at: time)
        _ = try store().revealNextHint("second", available: 3)
        XCTAssertEqual(try temporary.read(".learn/state.json"), """
            {
              "current" : "second",
              "format_version" : 3,
              "hint_levels" : {
                "second" : 1
              },
              "last_status" : {
                "first" : "passed"
              },
              "passed" : {
                "first" : "2023-11-14T22:13:20Z"
              },
              "projects" : {

              },
              "quizzes" : {

              }
            }
            """)
    }

    func testPassingTheCurrentExerciseMovesToTheNextPending() throws {
        let store = store()
        try store.setCurrent("first")
        XCTAssertEqual(try store.recordCheck("first", status: .failed, catalog: catalog).current, "first")
        var state = try store.recordCheck("first", status: .passed, catalog: catalog)
        XCTAssertEqual(state.current, "second")
        XCTAssertEqual(state.lastStatus["first"], .passed)
        // Passing an exercise that is not current leaves current alone.
        state = try store.recordCheck("third", status: .passed, catalog: catalog)
        XCTAssertEqual(state.current, "second")
        // The last pending one passing finishes the course; the wrap-around skips passed ones.
        state = try store.recordCheck("second", status: .passed, catalog: catalog)
        XCTAssertNil(state.current)
        XCTAssertEqual(Set(state.passed.keys), ["first", "second", "third"])
    }

    func testALaterFailureKeepsTheFirstPass() throws {
        let store = store()
        let firstPass = Date(timeIntervalSince1970: 1_000)
        try store.recordCheck("first", status: .passed, catalog: catalog, at: firstPass)
        try store.recordCheck("first", status: .passed, catalog: catalog, at: Date(timeIntervalSince1970: 2_000))
        let state = try store.recordCheck("first", status: .compileError, catalog: catalog)
        XCTAssertEqual(state.passed["first"], firstPass)
        XCTAssertEqual(state.lastStatus["first"], .compileError)
    }

    func testHintLevelsStopAtTheLastHint() throws {
        let store = store()
        XCTAssertTrue(try store.revealNextHint("first", available: 2) == (1, true))
        XCTAssertTrue(try store.revealNextHint("first", available: 2) == (2, true))
        XCTAssertTrue(try store.revealNextHint("first", available: 2) == (2, false))
        XCTAssertEqual(try store.load().hintLevel("first"), 2)
        XCTAssertEqual(try store.load().hintLevel("second"), 0)
    }

    func testResetForgetsThePassButNotTheHints() throws {
        let store = store()
        try store.recordCheck("first", status: .passed, catalog: catalog)
        _ = try store.revealNextHint("first", available: 2)
        let state = try store.reset("first")
        XCTAssertFalse(state.isPassed("first"))
        XCTAssertNil(state.lastStatus["first"])
        XCTAssertEqual(state.hintLevel("first"), 1)
    }

    func testWritesLeaveNoTemporaryFilesBehind() throws {
        let store = store()
        for index in 0..<5 { _ = try store.revealNextHint("e\(index)", available: 3) }
        XCTAssertEqual(temporary.files(under: ".learn"), [".learn/state.json", ".learn/state.lock"])
    }

    /// Without the lock, read-modify-write from several writers loses updates; without the
    /// rename, a reader could see a half-written file. Eight writers each reveal hints of their
    /// own exercises (separate stores: each transaction opens the lock file afresh, as a second
    /// process would) while a reader decodes the file as fast as it can.
    func testConcurrentWritersLoseNoUpdateAndReadersNeverSeeAPartialFile() throws {
        let writers = 8, exercisesPerWriter = 6, hints = 3
        let directory = temporary.workspace.stateDirectory
        let file = directory.appendingPathComponent("state.json")
        _ = try store().load()
        let done = Flag()
        let badReads = Counter()
        let reader = Thread {
            while !done.isSet {
                guard let data = FileManager.default.contents(atPath: file.path) else { continue }
                if (try? ProgressState.decoder().decode(ProgressState.self, from: data)) == nil { badReads.increment() }
            }
        }
        reader.start()
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            let store = ProgressStore(directory: directory, recovery: ProgressRecovery(report: { _ in }, rebuild: { ProgressState() }))
            for _ in 0..<hints {
                for exercise in 0..<exercisesPerWriter {
                    _ = try? store.revealNextHint("w\(writer)-e\(exercise)", available: hints)
                }
            }
        }
        done.set()
        let state = try store().load()
        XCTAssertEqual(state.hintLevels.count, writers * exercisesPerWriter)
        XCTAssertEqual(Set(state.hintLevels.values), [hints], "every reveal of every writer must survive")
        XCTAssertEqual(badReads.value, 0)
        XCTAssertTrue(reports.all.isEmpty)
    }

    func testCorruptFileIsMovedAsideReportedAndRebuilt() throws {
        let garbage = "{\"format_version\": 1, \"current\": "
        try temporary.write(garbage, to: ".learn/state.json")
        var rebuilt = ProgressState()
        rebuilt.passed["first"] = Date(timeIntervalSince1970: 0)
        rebuilt.current = "second"
        let state = try store(rebuild: { [rebuilt] in rebuilt }).load()
        XCTAssertEqual(state, rebuilt)

        let report = try XCTUnwrap(reports.all.first)
        XCTAssertEqual(reports.all.count, 1)
        XCTAssertEqual(report.file, temporary.root.appendingPathComponent(".learn/state.json").path)
        XCTAssertTrue(report.problem.hasPrefix("is not valid JSON"), report.problem)
        let aside = try XCTUnwrap(temporary.files(under: ".learn").first { $0.contains("state.json.corrupt-") })
        XCTAssertEqual(report.movedTo, temporary.root.appendingPathComponent(aside).path)
        XCTAssertEqual(try temporary.read(aside), garbage, "the unreadable file must be kept as it was")
        XCTAssertEqual(try store().load(), rebuilt, "the rebuilt state must be saved")
        XCTAssertEqual(reports.all.count, 1)
    }

    func testWellFormedJSONOfTheWrongShapeIsCorruptToo() throws {
        try temporary.write(#"{"format_version": 1, "passed": [], "hint_levels": {}, "last_status": {}}"#, to: ".learn/state.json")
        XCTAssertEqual(try store().load(), ProgressState())
        XCTAssertEqual(reports.all.first?.problem, "passed: expected an object")
    }

    func testUnreadableFileIsMovedAsideToo() throws {
        // A folder where the file should be cannot be read as a file, even by root.
        try FileManager.default.createDirectory(at: temporary.root.appendingPathComponent(".learn/state.json"),
                                                withIntermediateDirectories: true)
        XCTAssertEqual(try store().load(), ProgressState())
        XCTAssertEqual(reports.all.count, 1)
        XCTAssertTrue(reports.all[0].problem.hasPrefix("cannot be read"), reports.all[0].problem)
    }

    func testNewerFormatIsRefusedAndLeftInPlace() throws {
        let newer = #"{"format_version": 4, "something_new": true}"#
        try temporary.write(newer, to: ".learn/state.json")
        XCTAssertThrowsError(try store().load()) { error in
            XCTAssertEqual(error as? ProgressError, .newerFormat(file: temporary.root.appendingPathComponent(".learn/state.json").path, version: 4))
        }
        XCTAssertEqual(try temporary.read(".learn/state.json"), newer)
    }

    func testRebuilderPassesWhatPassesAndStartsAtTheFirstPending() throws {
        let time = Date(timeIntervalSince1970: 5)
        let state = ProgressRebuilder.rebuild(catalog: catalog, at: time) { exercise in
            switch exercise.id {
            case "first": return .passed
            case "second": return nil          // file missing
            default: return .failed
            }
        }
        XCTAssertEqual(state.passed, ["first": time])
        XCTAssertEqual(state.lastStatus, ["first": .passed, "third": .failed])
        XCTAssertEqual(state.current, "second")
    }
}

/// A flag threads can set and poll.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

/// A counter threads can increment.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
