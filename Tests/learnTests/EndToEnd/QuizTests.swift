import Foundation
import XCTest

/// `learn quiz` through the built binary on the tiny fixture course's quiz
/// (Tests/learnTests/Fixtures/TinyCourse/lessons/01-tiny/quiz.json): scripted answers, the JSON
/// contract, the progress file, and verify's checks of a quiz.
final class QuizTests: XCTestCase {
    private var course: CourseCopy!

    override func setUpWithError() throws {
        course = try CourseCopy.tinyCourse()
    }

    override func tearDown() {
        course.remove()
    }

    /// One answer a line, in quiz order. The ordering question shows high, low, x inside the range
    /// (its seeded shuffle), so the right order is b c a. The clamp question is skipped.
    private let answers = """
        -5
        a
        d c
        3/4
        b c a

        0.505
        Below the range it becomes low.
        1

        """

    private func state() throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(course.read(".learn/state.json").utf8)) as? [String: Any])
    }

    func testAScriptedSittingExplainsEachAnswerAndSavesTheResults() throws {
        let run = try course.learn("quiz", stdin: answers)
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        XCTAssertEqual(run.stderr, "")
        XCTAssertTrue(run.stdout.contains("""
            Question 2 of 8
            Is zero positive?
              a) Yes
              b) No
            > a
            Not quite.
            The answer: b) No
            Positive means greater than zero; zero is neither positive nor negative.
            """), run.stdout)
        XCTAssertTrue(run.stdout.contains("""
            Put these from smallest to largest.
              a) high
              b) low
              c) x inside the range
            > b c a
            Right.
            """), run.stdout)
        // Wrapped to 80 columns, the width of output that is not a terminal.
        XCTAssertTrue(run.stdout.contains("""
            A model answer:
              Clamping keeps a value inside a range: below the range it becomes the low end,
              above it the high end, inside it stays.
            Rubric: a good answer
              1. Says what happens below the range.
              2. Says what happens above the range.
            > 1
            """), run.stdout)
        XCTAssertTrue(run.stdout.contains("Question 6 of 8\nWhat does clamp(-3, low: 0, high: 1) give?"), run.stdout)
        XCTAssertTrue(run.stdout.contains("> \nSkipped."), run.stdout)
        // Graded answers: -5, d c, 3/4 (0.75), b c a and 0.505 (within 0.01 of 0.5) are right, a is wrong: 5 of 6.
        XCTAssertTrue(run.stdout.contains("Module 1 quiz: 5 of 6 answers right; your interview answers made 1 of 2 rubric points"),
                      run.stdout)
        XCTAssertTrue(run.stdout.contains("run the quiz again to answer the questions you skipped"), run.stdout)

        let saved = try state()
        XCTAssertEqual(saved["format_version"] as? Int, 3, "written in the current progress format")
        let quiz = try XCTUnwrap((saved["quizzes"] as? [String: Any])?["tiny"] as? [String: Any])
        XCTAssertNil(quiz["completed"], "one question was skipped")
        let recorded = try XCTUnwrap(quiz["answers"] as? [String: [String: Any]])
        XCTAssertEqual(Set(recorded.keys), ["sum", "zero", "positives", "share", "clamp-order", "half", "explain-clamp"])
        XCTAssertEqual(recorded["zero"]?["correct"] as? Bool, false)
        XCTAssertEqual(recorded["sum"]?["correct"] as? Bool, true)
        XCTAssertEqual(recorded["explain-clamp"]?["self_score"] as? Int, 1)
        XCTAssertEqual(recorded["explain-clamp"]?["rubric_points"] as? Int, 2)

        // Answering the skipped question completes the quiz; earlier answers stay.
        let rest = try course.learn("quiz", "tiny", stdin: "\n\n\n\n\nb\n")
        XCTAssertEqual(rest.exitCode, 0, rest.stderr)
        XCTAssertTrue(rest.stdout.contains("Module 1 quiz: 1 of 1 answers right."), rest.stdout)
        XCTAssertTrue(rest.stdout.contains("Saved in your progress.\n"), rest.stdout)
        let completed = try XCTUnwrap((try state()["quizzes"] as? [String: [String: Any]])?["tiny"])
        XCTAssertNotNil(completed["completed"])
        XCTAssertEqual((completed["answers"] as? [String: Any])?.count, 8)
    }

    func testTheJSONContractRevealsAnswersOnlyOnceAnswered() throws {
        let run = try course.learn("quiz", "1", "--json", stdin: answers)
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let report = try jsonObject(run)
        XCTAssertEqual(Set(report.keys), ["module", "title", "questions", "answered", "graded", "right",
                                          "self_score", "self_score_max", "complete"])
        XCTAssertEqual(report["module"] as? String, "tiny")
        XCTAssertEqual(report["title"] as? String, "Quiz: a tiny module")
        XCTAssertEqual(report["answered"] as? Int, 7)
        XCTAssertEqual(report["graded"] as? Int, 6)
        XCTAssertEqual(report["right"] as? Int, 5)
        XCTAssertEqual(report["self_score"] as? Int, 1)
        XCTAssertEqual(report["self_score_max"] as? Int, 2)
        XCTAssertEqual(report["complete"] as? Bool, false)
        let questions = try XCTUnwrap(report["questions"] as? [[String: Any]])
        XCTAssertEqual(questions.map { $0["id"] as? String },
                       ["sum", "zero", "positives", "share", "clamp-order", "clamp-below", "half", "explain-clamp"])
        XCTAssertEqual(Set(questions[1].keys), ["id", "kind", "prompt", "choices", "given", "correct", "expected", "explanation"])
        XCTAssertEqual(questions[1]["kind"] as? String, "single_choice")
        XCTAssertEqual(questions[1]["choices"] as? [String], ["Yes", "No"])
        XCTAssertEqual(questions[1]["given"] as? String, "a")
        XCTAssertEqual(questions[1]["correct"] as? Bool, false)
        XCTAssertEqual(questions[1]["expected"] as? String, "b")
        XCTAssertEqual(questions[4]["choices"] as? [String], ["high", "low", "x inside the range"])
        XCTAssertEqual(questions[4]["expected"] as? String, "b c a")
        // The skipped question: no answer, so neither the right one nor the explanation.
        XCTAssertEqual(Set(questions[5].keys), ["id", "kind", "prompt", "choices"])
        XCTAssertEqual(questions[7]["kind"] as? String, "free_text")
        XCTAssertEqual(questions[7]["rubric"] as? [String], ["Says what happens below the range.", "Says what happens above the range."])
        XCTAssertEqual(questions[7]["self_score"] as? Int, 1)
        XCTAssertNil(questions[7]["correct"])
        XCTAssertEqual(questions[3]["expected"] as? String, "0.75")
    }

    func testAMalformedScriptedAnswerNamesItsLine() throws {
        let run = try course.learn("quiz", "--json", stdin: "-5\nz\n")
        XCTAssertEqual(run.exitCode, 65)
        XCTAssertEqual(run.stdout, "")
        XCTAssertEqual(run.stderr, "error: standard input, line 2: answer with one letter, a to b\n")
        if FileManager.default.fileExists(atPath: course.url(".learn/state.json").path) {
            XCTAssertEqual((try state()["quizzes"] as? [String: Any])?.count ?? 0, 0, "nothing is saved")
        }

        let unknown = try course.learn("quiz", "tinny")
        XCTAssertEqual(unknown.exitCode, 64)
        XCTAssertTrue(unknown.stderr.contains("did you mean 'tiny'?"), unknown.stderr)
    }

    func testAProgressFileOfVersion1IsReadAndKept() throws {
        try FileManager.default.createDirectory(at: course.url(".learn"), withIntermediateDirectories: true)
        try course.write("""
            {
              "current" : "count-positives",
              "format_version" : 1,
              "hint_levels" : { "add-numbers" : 1 },
              "last_status" : { "add-numbers" : "passed" },
              "passed" : { "add-numbers" : "2025-01-01T12:00:00Z" }
            }
            """, to: ".learn/state.json")
        let run = try course.learn("quiz", stdin: "-5\n")
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let saved = try state()
        XCTAssertEqual(saved["format_version"] as? Int, 3, "read as version 1, written back in the current format")
        XCTAssertEqual(saved["current"] as? String, "count-positives")
        XCTAssertEqual(saved["passed"] as? [String: String], ["add-numbers": "2025-01-01T12:00:00Z"])
        XCTAssertEqual(saved["hint_levels"] as? [String: Int], ["add-numbers": 1])
        XCTAssertNotNil((saved["quizzes"] as? [String: Any])?["tiny"])
    }

    func testVerifyChecksTheQuiz() throws {
        var quiz = try course.read("lessons/01-tiny/quiz.json")
        quiz = quiz.replacingOccurrences(of: #""answer": "b",\#n      "explanation": "Positive"#,
                                         with: #""answer": "e",\#n      "explanation": "Positive"#)
        quiz = quiz.replacingOccurrences(of: #""answer": 0.75,"#, with: #""answer": 0.7,"#)
        quiz = quiz.replacingOccurrences(of: #""explanation": "1 / 2 = 0.5.""#, with: #""explanation": "  ""#)
        quiz = quiz.replacingOccurrences(of: #""rubric": ["Says what happens below the range.", "#, with: #""rubric": ["#)
        try course.write(quiz, to: "lessons/01-tiny/quiz.json")
        let run = try course.learn("verify", "--json")
        XCTAssertEqual(run.exitCode, 1)
        let problems = try XCTUnwrap(try jsonObject(run)["problems"] as? [String])
        let file = "lessons/01-tiny/quiz.json"
        XCTAssertEqual(problems, [
            "\(file): questions[1].answer: 'e' is not the letter of a choice (a to b)",
            // base rate of labels 1, 0, 1, 1 = 3 / 4 = 0.75, more than 0.001 from 0.7
            "\(file): questions[3].answer: is 0.7, but its recompute gives 0.75 (more than the tolerance 0.001 away)",
            "\(file): questions[6].explanation: must not be empty: it is shown after the learner answers",
            "\(file): questions[7].rubric: needs at least 2 entries (found 1)",
        ])
    }

    func testOnATerminalAMalformedAnswerIsAskedAgain() throws {
        // util-linux `script` runs learn on a pseudo-terminal, fed with our input.
        let script = URL(fileURLWithPath: "/usr/bin/script")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: script.path), "no /usr/bin/script to make a terminal")
        let learn = LearnRun.productsDirectory.appendingPathComponent("learn").path
        let process = Process()
        process.executableURL = script
        process.arguments = ["-qec", "'\(learn)' quiz --workspace '\(course.root.path)'", "/dev/null"]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "NO_COLOR": "1", "TERM": "dumb"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // Every question answered (z, the malformed one, is asked again), so learn ends by itself.
        try input.fileHandleForWriting.write(contentsOf: Data("-5\nz\nb\nc d\n0.75\nb c a\nb\n0.5\nmy answer\n2\n".utf8))
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .replacingOccurrences(of: "\r", with: "")
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        XCTAssertTrue(text.contains("""
            Your answer (one letter, a to b; Enter skips): Answer with one letter, a to b.
            Your answer (one letter, a to b; Enter skips): Right.
            """), text)
        XCTAssertTrue(text.contains("Module 1 quiz: 7 of 7 answers right; your interview answers made 2 of 2 rubric points"), text)
        XCTAssertTrue(text.contains("Saved in your progress.\n"), text)
    }
}
