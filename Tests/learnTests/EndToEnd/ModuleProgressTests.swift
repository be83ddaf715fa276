import Foundation
import Workbench
import XCTest
@testable import learn

/// `learn`'s progress by module, and the pointers at the end of a module: to its quiz, then to the
/// next module.
final class ModuleProgressTests: XCTestCase {
    func testTheSummaryShowsEachModuleAndPointsToTheQuizWhenItsExercisesAreDone() throws {
        let course = try CourseCopy.tinyCourse()
        defer { course.remove() }
        let fresh = try course.learn()
        XCTAssertEqual(fresh.exitCode, 0, fresh.stderr)
        XCTAssertTrue(fresh.stdout.contains("""
            MODULE            EXERCISES  DONE  QUIZ
            ----------------  ---------  ----  ---------
            1. A tiny module  0/3        0%    not taken
            """), fresh.stdout)
        XCTAssertFalse(fresh.stdout.contains("learn quiz"), fresh.stdout)

        for path in ["exercises/01-tiny/01_add_numbers.swift", "exercises/01-tiny/02_count_positives.swift"] {
            try course.solve(path)
        }
        XCTAssertEqual(try course.learn("check", "add-numbers").exitCode, 0)
        XCTAssertEqual(try course.learn("check", "count-positives").exitCode, 0)
        // 2 of 3 exercises: 2 * 100 / 3 = 66 (rounded down: 100% only when all have passed).
        XCTAssertTrue(try course.learn().stdout.contains("1. A tiny module  2/3        66%"))

        try course.solve("exercises/01-tiny/03_clamp.swift")
        let last = try course.learn("check", "clamp")
        XCTAssertEqual(last.exitCode, 0, last.stdout)
        XCTAssertTrue(last.stdout.contains("Progress saved. Module 1 is done: take its quiz with learn quiz tiny, then run learn"),
                      last.stdout)
        let done = try course.learn()
        XCTAssertTrue(done.stdout.contains("1. A tiny module  3/3        100%  not taken"), done.stdout)
        XCTAssertTrue(done.stdout.contains("Module 1 is done: take its quiz with learn quiz tiny."), done.stdout)

        // Every question answered; three of the seven graded ones right (-5, 0.75 and 0.5; a, a, `a b c`
        // and a are wrong: the right ones are b, `c d`, `b c a` and b).
        let quiz = try course.learn("quiz", stdin: "-5\na\na\n0.75\na b c\na\n0.5\nmy answer\n2\n")
        XCTAssertEqual(quiz.exitCode, 0, quiz.stderr)
        let after = try course.learn()
        XCTAssertTrue(after.stdout.contains("1. A tiny module  3/3        100%  3/7 right"), after.stdout)
        XCTAssertFalse(after.stdout.contains("take its quiz"), after.stdout)
        XCTAssertTrue(after.stdout.contains(SummaryCommand.courseDone), after.stdout)
    }

    func testTheEndOfAModulePointsToItsQuizThenTheNextModule() {
        func exercise(_ id: String, _ module: String) -> Exercise {
            Exercise(id: id, moduleID: module, title: id, path: "exercises/\(id).swift", suite: "S.swift",
                     lessonSection: "s", points: 1, hints: ["a", "b"])
        }
        let catalog = Catalog(formatVersion: 1, title: "T", modules: [
            CourseModule(id: "one", number: 1, title: "First", lesson: "lessons/1.md", exercises: [exercise("a", "one")],
                         quiz: "lessons/1.json"),
            CourseModule(id: "two", number: 2, title: "Second", lesson: "lessons/2.md", exercises: [exercise("b", "two")],
                         quiz: "lessons/2.json"),
        ])
        var state = ProgressState()
        state.passed["a"] = Date()
        let modules = ModuleProgress.all(catalog: catalog, state: state, workspace: Workspace(root: URL(fileURLWithPath: "/nonexistent")))
        XCTAssertEqual(modules.map(\.percent), [100, 0])
        XCTAssertEqual(ModuleProgressText.nextSteps(modules, catalog: catalog).map(\.plainText), [
            "Module 1 is done: take its quiz with learn quiz one.",
            "Then module 2, Second: learn lesson two",
        ])
        state.quizzes["one"] = QuizProgress(answers: [:], completed: Date())
        let later = ModuleProgress.all(catalog: catalog, state: state, workspace: Workspace(root: URL(fileURLWithPath: "/nonexistent")))
        XCTAssertEqual(ModuleProgressText.nextSteps(later, catalog: catalog), [])
    }
}
