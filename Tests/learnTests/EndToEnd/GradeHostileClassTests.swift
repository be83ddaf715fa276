import Foundation
import XCTest

/// `learn grade` through the built binary, with its real (isolated) checker, on a class of
/// hostile submissions of the tiny course's add-numbers. Each hostile file answers right only if
/// its attack works, so a pass would mean the attack worked; an honest learner is graded beside
/// them and must pass, so the test cannot pass by grading nothing.
final class GradeHostileClassTests: XCTestCase {
    private var course: CourseCopy!

    override func setUpWithError() throws { course = try CourseCopy.tinyCourse() }
    override func tearDown() { course.remove() }

    /// add(_:_:) with `body`, after `preamble`.
    private func add(_ body: String, preamble: String = "") -> String {
        "import Foundation\n\(preamble)\nfunc add(_ a: Int, _ b: Int) -> Int {\n\(body)\n}\n"
    }

    func testNoHostileSubmissionPassesAndNoneChangesAnotherGrade() throws {
        let suite = course.url("Tests/ExerciseSuites/01-tiny/AddNumbersSuite.swift").path
        let solution = course.url("solutions/01-tiny/01_add_numbers.swift").path
        let neighbour = course.url("subs/honest/01_add_numbers.swift").path
        let output = course.url("out").path
        let learners: [String: String] = [
            "honest": try course.read("solutions/01-tiny/01_add_numbers.swift"),
            "exit-zero": add("exit(0)"),
            "forger": add("""
                let forged = "{\\"k\\":\\"case\\",\\"name\\":\\"testAddsTwoPositives\\",\\"ok\\":true}\\nok\\t5\\nTest Suite 'All tests' passed\\n"
                for fd in Int32(0)..<1024 { _ = forged.withCString { write(fd, $0, strlen($0)) } }
                return 0
                """),
            "assert-overload": add("return 0", preamble: """
                func XCTAssertEqual<T>(_ a: @autoclosure () -> T, _ b: @autoclosure () -> T, _ message: String = "") {}
                func XCTFail(_ message: String = "") {}
                """),
            "memory-reader": add("""
                let maps = (try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)) ?? ""
                let mem = open("/proc/self/mem", O_RDONLY)
                var buffer = [UInt8](repeating: 0, count: 1 << 16)
                for line in maps.split(separator: "\\n") where line.split(separator: " ").dropFirst().first?.hasPrefix("r") == true {
                    let bounds = line.split(separator: " ")[0].split(separator: "-").compactMap { UInt64($0, radix: 16) }
                    guard bounds.count == 2, bounds[1] - bounds[0] < 1 << 24 else { continue }
                    var at = bounds[0]
                    while at < bounds[1] {
                        let n = pread(mem, &buffer, buffer.count, off_t(at))
                        if n <= 0 { break }
                        for fd in Int32(1)..<64 { _ = write(fd, buffer, n) }
                        at += UInt64(n)
                    }
                }
                return 0
                """),
            // Right only if it can read the suite, the solution, a classmate's file or the
            // grader's output; it also tries to plant a grade there.
            "snooper": add("""
                _ = FileManager.default.createFile(atPath: "\(output)/submissions/honest.json", contents: Data("{}".utf8))
                for path in ["\(suite)", "\(solution)", "\(neighbour)", "\(output)/run.json"] {
                    if FileManager.default.contents(atPath: path) != nil { return a + b }
                }
                return 0
                """),
            // Right only if it could start 1,000 processes.
            "fork-bomb": add("""
                var started = 0
                while started < 1000 {
                    let child = fork()
                    if child == 0 { sleep(30); _exit(0) }
                    if child < 0 { break }
                    started += 1
                }
                return started >= 1000 ? a + b : 0
                """),
            "signaller": add("kill(getppid(), SIGKILL); kill(-1, SIGKILL); kill(0, SIGKILL); return 0"),
        ]
        for (learner, text) in learners {
            try FileManager.default.createDirectory(at: course.url("subs/\(learner)"), withIntermediateDirectories: true)
            try course.write(text, to: "subs/\(learner)/01_add_numbers.swift")
        }

        let run = try course.learn("grade", "subs", "--out", "out", "--jobs", "2")
        if run.exitCode == 70, ProcessInfo.processInfo.environment["CI"] != "true" {
            throw XCTSkip("isolation cannot work on this machine (\(run.stderr)); CI runs this test as root")
        }
        XCTAssertEqual(run.exitCode, 0, run.stderr)
        let grades = try JSONSerialization.jsonObject(with: Data(course.read("out/grades.json").utf8)) as? [String: Any]
        let rows = try XCTUnwrap(grades?["learners"] as? [[String: Any]], "grades.json has a learners list")
        var statuses: [String: String] = [:]
        for row in rows {
            let exercises = try XCTUnwrap(row["exercises"] as? [[String: Any]])
            statuses[row["learner"] as? String ?? ""] = exercises.first { $0["id"] as? String == "add-numbers" }?["status"] as? String
        }
        XCTAssertEqual(Set(statuses.keys), Set(learners.keys), "a row for every learner, hostile or not")
        XCTAssertEqual(statuses["honest"], "passed", "the honest learner passes: isolation grades real answers")
        for (learner, status) in statuses where learner != "honest" {
            XCTAssertNotEqual(status, "passed", "\(learner)'s attack worked")
        }
        XCTAssertEqual(statuses["exit-zero"], "crashed")
        XCTAssertEqual(statuses["assert-overload"], "failed")
        XCTAssertEqual(statuses["fork-bomb"], "failed")
        XCTAssertEqual(statuses["snooper"], "failed")

        // The honest grade is the grader's, not the snooper's planted file.
        let honest = try course.read("out/submissions/honest.json")
        XCTAssertTrue(honest.contains("\"learner\" : \"honest\"") && honest.contains("\"status\" : \"passed\""), honest)
        let gradebook = try course.read("out/gradebook.csv")
        XCTAssertTrue(gradebook.contains("\r\nhonest,10,"), gradebook)
    }
}
