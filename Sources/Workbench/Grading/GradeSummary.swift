import Foundation

/// The end-of-run summary: counts by status, the slowest submissions, and which tests most
/// learners fail (for the instructor's next lecture).
public struct GradeSummary: Sendable {
    /// Learners in the output folder.
    public var learners: Int
    /// Exercise results by status (every learner x exercise).
    public var statusCounts: [GradeStatus: Int]
    /// The slowest submissions, slowest first (ties by name).
    public var slowest: [(learner: String, seconds: Double)]
    /// Tests by failure count, most failed first (ties by exercise then test name): how many of
    /// the learners who had a file for the exercise did not pass it.
    public var hardestTests: [(exercise: String, test: String, failed: Int, of: Int)]
    /// Checks that actually ran in this run (the rest came from the cache or stored grades).
    public var checked: Int

    init(grades: [LearnerGrade], checked: Int, listed: Int = 5) {
        learners = grades.count
        self.checked = checked
        var counts: [GradeStatus: Int] = [:]
        var tally: [String: (exercise: String, test: String, failed: Int, of: Int)] = [:]
        for grade in grades {
            for exercise in grade.exercises {
                counts[exercise.status, default: 0] += 1
                guard exercise.status != .missing, exercise.status != .rejected else { continue }
                for test in exercise.tests {
                    var entry = tally["\(exercise.id)\u{0}\(test.name)"] ?? (exercise.id, test.name, 0, 0)
                    entry.of += 1
                    if test.status != .passed { entry.failed += 1 }
                    tally["\(exercise.id)\u{0}\(test.name)"] = entry
                }
            }
        }
        statusCounts = counts
        slowest = grades.map { ($0.learner, $0.durationSeconds) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(listed).map { $0 }
        hardestTests = tally.values.filter { $0.failed > 0 }
            .sorted { ($1.failed, $0.exercise, $0.test) < ($0.failed, $1.exercise, $1.test) }.prefix(listed).map { $0 }
    }

    /// The summary as plain lines.
    public var lines: [String] {
        var lines = ["Graded \(learners) learner(s); \(checked) check(s) ran, the rest were reused."]
        let counts = GradeStatus.allCases.compactMap { status in statusCounts[status].map { "\(status.rawValue) \($0)" } }
        lines.append("Exercises by status: " + (counts.isEmpty ? "none" : counts.joined(separator: ", ")))
        if !slowest.isEmpty {
            lines.append("Slowest: " + slowest.map { "\($0.learner) \(String(format: "%.1f", $0.seconds)) s" }.joined(separator: ", "))
        }
        if !hardestTests.isEmpty {
            lines.append("Most failed tests:")
            lines += hardestTests.map { "  \($0.exercise) \($0.test): failed by \($0.failed) of \($0.of)" }
        }
        return lines
    }
}
