import FairKit
import Foundation

/// What a learner gets back: `feedback/<learner>.md` and `.html`, and a Gradescope-style
/// `results/<learner>/results.json`. Hidden tests stay hidden: test names only if the lab's
/// `show_test_names`, assertion messages (which quote expected values) only if `show_messages`;
/// the suite's code is never included. Compile errors are always shown: they are about the
/// learner's own file.
struct GradeFeedback {
    let lab: GradeLab

    func write(_ grade: LearnerGrade, to folder: GradeFolder) throws {
        try folder.write(Data(markdown(grade).utf8), to: "feedback/\(grade.learner).md")
        try folder.write(Data(html(grade).utf8), to: "feedback/\(grade.learner).html")
        try folder.write(try JSONEncoder.sorted.encode(gradescope(grade)), to: "results/\(grade.learner)/results.json")
    }

    /// A test as the learner may see it: its shown name and message.
    func shown(_ test: TestGrade, index: Int) -> (name: String, message: String) {
        let name = lab.feedback.showTestNames ? test.name : "test \(index + 1)"
        let message = lab.feedback.showMessages ? test.message : ""
        return (name, message)
    }

    func exerciseNote(_ exercise: ExerciseGrade) -> String {
        switch exercise.status {
        case .passed, .failed: return ""
        case .compileError: return exercise.message.isEmpty ? "Your file did not compile." : "Your file did not compile: \(exercise.message)"
        case .timeout: return "Your code did not finish in time."
        case .crashed: return "Your code crashed (or exited) before every test reported."
        case .missing, .rejected: return exercise.message
        }
    }

    func markdown(_ grade: LearnerGrade) -> String {
        var lines = ["# Feedback for \(grade.learner)", ""]
        if let title = lab.title { lines += ["\(title)", ""] }
        lines.append("Total: **\(GradePoints.text(grade.points)) / \(GradePoints.text(grade.maxPoints))**")
        if grade.daysLate > 0 {
            lines.append("Submitted \(grade.daysLate) day(s) late: \(GradePoints.text(grade.latePenaltyPercent))% off the total.")
        }
        for exercise in grade.exercises {
            lines += ["", "## \(exercise.id): \(GradePoints.text(exercise.points)) / \(GradePoints.text(exercise.maxPoints)) (\(exercise.status.rawValue))"]
            let note = exerciseNote(exercise)
            if !note.isEmpty { lines += ["", note] }
            if !exercise.tests.isEmpty { lines.append("") }
            for (index, test) in exercise.tests.enumerated() {
                let (name, message) = shown(test, index: index)
                var line = "- \(test.status == .passed ? "passed" : test.status.rawValue): `\(name.replacingOccurrences(of: "`", with: "'"))`"
                if !message.isEmpty { line += " — " + message.replacingOccurrences(of: "\n", with: " ") }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func html(_ grade: LearnerGrade) -> String {
        let e = HTMLNode.escape
        var body = ["<h1>Feedback for \(e(grade.learner))</h1>"]
        if let title = lab.title { body.append("<p>\(e(title))</p>") }
        body.append("<p>Total: <strong>\(GradePoints.text(grade.points)) / \(GradePoints.text(grade.maxPoints))</strong></p>")
        if grade.daysLate > 0 {
            body.append("<p>Submitted \(grade.daysLate) day(s) late: \(GradePoints.text(grade.latePenaltyPercent))% off the total.</p>")
        }
        for exercise in grade.exercises {
            body.append("<h2>\(e(exercise.id)): \(GradePoints.text(exercise.points)) / \(GradePoints.text(exercise.maxPoints)) (\(exercise.status.rawValue))</h2>")
            let note = exerciseNote(exercise)
            if !note.isEmpty { body.append("<p>\(e(note))</p>") }
            guard !exercise.tests.isEmpty else { continue }
            body.append("<ul>")
            for (index, test) in exercise.tests.enumerated() {
                let (name, message) = shown(test, index: index)
                body.append("<li class=\"\(test.status.rawValue)\">\(test.status.rawValue): <code>\(e(name))</code>"
                            + (message.isEmpty ? "" : " — \(e(message))") + "</li>")
            }
            body.append("</ul>")
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Feedback for \(e(grade.learner))</title>
            <style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto}.passed{color:#1a7f37}li:not(.passed){color:#b42318}</style>
            </head><body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }

    /// Gradescope's `results.json` shape: score, and one entry per test with its score, max_score,
    /// status and output, all visible.
    func gradescope(_ grade: LearnerGrade) -> GradescopeResults {
        var tests: [GradescopeResults.Test] = []
        for exercise in grade.exercises {
            let note = exerciseNote(exercise)
            for (index, test) in exercise.tests.enumerated() {
                let (name, message) = shown(test, index: index)
                tests.append(.init(name: "\(exercise.id): \(name)", score: test.points, maxScore: test.maxPoints,
                                   status: test.status == .passed ? "passed" : "failed",
                                   output: [note, message].filter { !$0.isEmpty }.joined(separator: "\n"), visibility: "visible"))
            }
        }
        let late = grade.daysLate > 0 ? "Submitted \(grade.daysLate) day(s) late: \(GradePoints.text(grade.latePenaltyPercent))% off." : ""
        return GradescopeResults(score: grade.points, executionTime: Int(grade.durationSeconds.rounded(.up)), output: late, tests: tests)
    }
}

/// Gradescope's autograder `results.json` (the fields we fill).
struct GradescopeResults: Codable, Equatable {
    var score: Double
    var executionTime: Int
    var output: String
    var tests: [Test]

    struct Test: Codable, Equatable {
        var name: String
        var score: Double
        var maxScore: Double
        var status: String
        var output: String
        var visibility: String

        enum CodingKeys: String, CodingKey { case name, score, status, output, visibility, maxScore = "max_score" }
    }

    enum CodingKeys: String, CodingKey { case score, output, tests, executionTime = "execution_time" }
}
