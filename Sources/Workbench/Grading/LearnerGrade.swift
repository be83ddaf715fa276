import Foundation

/// How one exercise (or one test of it) ended in grading: a check's status, or why nothing could
/// be checked. The raw values are the `status` strings of `grades.json`, a documented contract.
public enum GradeStatus: String, Codable, Sendable, CaseIterable {
    case passed, failed
    case compileError = "compile_error"
    case timeout, crashed
    /// The submission has no file for the exercise.
    case missing
    /// The file (or the whole submission) cannot be graded: a link, not UTF-8, too large, an
    /// unsafe archive. The message says which and why.
    case rejected

    init(_ status: CheckStatus) {
        switch status {
        case .passed: self = .passed
        case .failed: self = .failed
        case .compileError: self = .compileError
        case .timeout: self = .timeout
        case .crashed, .outputLimit: self = .crashed
        }
    }
}

/// One learner's graded submission: what `submissions/<learner>.json` holds in the output folder,
/// written atomically as soon as the learner is done, and what every other output is made from.
public struct LearnerGrade: Codable, Sendable, Equatable {
    public var learner: String
    /// The folder or archive, relative to SUBMISSIONS.
    public var source: String
    /// SHA-256 over everything the grade depends on (files, suites, lab, checker); a restart
    /// reuses this grade when the key is unchanged.
    public var inputKey: String
    /// When the submission was made (the archive's or the newest file's modification time).
    public var submittedAt: String?
    public var daysLate: Int
    /// Percent taken off the total for lateness.
    public var latePenaltyPercent: Double
    public var exercises: [ExerciseGrade]
    /// Sum of exercise points, minus the late penalty.
    public var points: Double
    public var maxPoints: Double
    /// Seconds the checks took (cached checks count what they took when they ran).
    public var durationSeconds: Double

    enum CodingKeys: String, CodingKey {
        case learner, source, exercises, points
        case inputKey = "input_key", submittedAt = "submitted_at", daysLate = "days_late"
        case latePenaltyPercent = "late_penalty_percent", maxPoints = "max_points", durationSeconds = "duration_s"
    }
}

/// One exercise of a learner's grade.
public struct ExerciseGrade: Codable, Sendable, Equatable {
    public var id: String
    public var status: GradeStatus
    public var points: Double
    public var maxPoints: Double
    /// Why the exercise got this status, when the tests do not say it (a rejected file, a
    /// compile error's first diagnostic); empty otherwise.
    public var message: String
    public var compileErrors: [CompileDiagnostic]
    public var tests: [TestGrade]
    public var durationSeconds: Double

    enum CodingKeys: String, CodingKey {
        case id, status, points, message, tests
        case maxPoints = "max_points", compileErrors = "compile_errors", durationSeconds = "duration_s"
    }
}

/// One test of an exercise.
public struct TestGrade: Codable, Sendable, Equatable {
    public var name: String
    public var status: GradeStatus
    public var points: Double
    public var maxPoints: Double
    /// The assertion failures (instructor-facing; learner feedback shows them only if the lab allows).
    public var message: String

    enum CodingKeys: String, CodingKey { case name, status, points, message, maxPoints = "max_points" }
}

/// Points as graded outputs show them: rounded to hundredths, so sums of thirds stay stable.
enum GradePoints {
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// `10`, `3.33`, `2.5`: no trailing zeros, `.` as the decimal mark whatever the locale.
    static func text(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        return fraction % 10 == 0 ? "\(sign)\(whole).\(fraction / 10)" : "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
