import Foundation

/// A lab file (`learn grade --lab FILE`): what is graded, for how many points, by when, and what
/// learners may see of hidden tests. Without a lab every exercise of the catalog is graded for
/// its catalog points, with no deadline, test names shown and messages hidden.
///
/// ```json
/// {"format_version": 1, "title": "Lab 1",
///  "exercises": [{"id": "add-numbers", "points": 10},
///                {"id": "clamp", "test_points": {"testClampsBelow": 2, "testClampsAbove": 3}},
///                {"id": "count-positives", "points": 5, "all_or_nothing": true}],
///  "deadline": "2026-12-01T23:59:00Z",
///  "late_policy": {"percent_per_day": 10, "max_days": 3},
///  "feedback": {"show_test_names": true, "show_messages": false}}
/// ```
public struct GradeLab: Codable, Sendable, Equatable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var title: String?
    public var exercises: [LabExercise]
    /// ISO 8601; a submission after it loses `late_policy.percent_per_day` per started day.
    public var deadline: String?
    public var latePolicy: LatePolicy?
    public var feedback: FeedbackPolicy

    /// One graded exercise.
    public struct LabExercise: Codable, Sendable, Equatable {
        public var id: String
        /// The exercise's worth, shared equally by its tests (default: the catalog's points, else
        /// `defaultPoints`).
        public var points: Double?
        /// Points per test name instead: a passed test earns its points, unlisted tests none.
        public var testPoints: [String: Double]?
        /// Points only when every test passes.
        public var allOrNothing: Bool?

        enum CodingKeys: String, CodingKey {
            case id, points, testPoints = "test_points", allOrNothing = "all_or_nothing"
        }
    }

    /// What lateness costs.
    public struct LatePolicy: Codable, Sendable, Equatable {
        /// Percent of the total lost per started day after the deadline.
        public var percentPerDay: Double
        /// Past this many days the total is 0.
        public var maxDays: Int?

        enum CodingKeys: String, CodingKey { case percentPerDay = "percent_per_day", maxDays = "max_days" }
    }

    /// What learner-facing feedback (`feedback/`, `results/`) shows of hidden tests.
    public struct FeedbackPolicy: Codable, Sendable, Equatable {
        /// Test method names (default true); otherwise tests are "test 1", "test 2", ...
        public var showTestNames: Bool
        /// Assertion messages, which quote expected values (default false).
        public var showMessages: Bool

        public init(showTestNames: Bool = true, showMessages: Bool = false) {
            self.showTestNames = showTestNames
            self.showMessages = showMessages
        }

        enum CodingKeys: String, CodingKey { case showTestNames = "show_test_names", showMessages = "show_messages" }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            showTestNames = try container.decodeIfPresent(Bool.self, forKey: .showTestNames) ?? true
            showMessages = try container.decodeIfPresent(Bool.self, forKey: .showMessages) ?? false
        }
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", title, exercises, deadline, latePolicy = "late_policy", feedback
    }

    public init(formatVersion: Int = currentFormatVersion, title: String? = nil, exercises: [LabExercise],
                deadline: String? = nil, latePolicy: LatePolicy? = nil, feedback: FeedbackPolicy = FeedbackPolicy()) {
        self.formatVersion = formatVersion
        self.title = title
        self.exercises = exercises
        self.deadline = deadline
        self.latePolicy = latePolicy
        self.feedback = feedback
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        exercises = try container.decode([LabExercise].self, forKey: .exercises)
        deadline = try container.decodeIfPresent(String.self, forKey: .deadline)
        latePolicy = try container.decodeIfPresent(LatePolicy.self, forKey: .latePolicy)
        feedback = try container.decodeIfPresent(FeedbackPolicy.self, forKey: .feedback) ?? FeedbackPolicy()
    }

    /// An exercise's worth when neither the lab nor the catalog gives one: every exercise
    /// counts the same.
    public static let defaultPoints = 1

    /// Every exercise of `catalog` at its catalog points (`defaultPoints` where it has none).
    public static func whole(_ catalog: Catalog) -> GradeLab {
        GradeLab(exercises: catalog.exercises.map { LabExercise(id: $0.id, points: Double($0.points ?? Self.defaultPoints)) })
    }

    /// Reads and checks the lab at `url` against `catalog`; errors name the file and field.
    public static func load(_ url: URL, catalog: Catalog) throws -> GradeLab {
        let name = url.lastPathComponent
        func fail(_ reason: String) -> RequestFailure { RequestFailure(.badInput, "\(name): \(reason)") }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RequestFailure(.usage, "--lab: \(url.path) cannot be read; name an existing lab file")
        }
        var lab: GradeLab
        do { lab = try JSONDecoder().decode(GradeLab.self, from: data) } catch { throw fail("\(JSONProblem(error))") }
        guard lab.formatVersion <= currentFormatVersion else {
            throw fail("format_version \(lab.formatVersion) is newer than this learn understands (\(currentFormatVersion))")
        }
        var seen: Set<String> = []
        for (index, entry) in lab.exercises.enumerated() {
            let field = "exercises[\(index)]"
            guard (try? catalog.exercise(id: entry.id)) != nil else {
                throw fail("\(field).id '\(entry.id)' is not an exercise of the catalog")
            }
            guard seen.insert(entry.id).inserted else { throw fail("\(field).id '\(entry.id)' is listed twice") }
            if let points = entry.points, !(points >= 0 && points.isFinite) { throw fail("\(field).points must be 0 or more") }
            if let tests = entry.testPoints, tests.values.contains(where: { !($0 >= 0 && $0.isFinite) }) {
                throw fail("\(field).test_points values must be 0 or more")
            }
        }
        if let deadline = lab.deadline, lab.deadlineDate == nil {
            throw fail("deadline '\(deadline)' is not an ISO 8601 time such as 2026-12-01T23:59:00Z")
        }
        if let policy = lab.latePolicy, !(0 ... 100).contains(policy.percentPerDay) || (policy.maxDays ?? 0) < 0 {
            throw fail("late_policy.percent_per_day must be within 0...100 and max_days 0 or more")
        }
        for index in lab.exercises.indices where lab.exercises[index].points == nil && lab.exercises[index].testPoints == nil {
            let points = (try? catalog.exercise(id: lab.exercises[index].id))?.points ?? defaultPoints
            lab.exercises[index].points = Double(points)
        }
        return lab
    }

    /// The deadline as a date.
    public var deadlineDate: Date? { deadline.flatMap { ISO8601DateFormatter().date(from: $0) } }

    /// The fraction of the total a submission at `submitted` keeps (1 on time), and its days late.
    public func lateFactor(submitted: Date?) -> (factor: Double, days: Int) {
        guard let deadline = deadlineDate, let submitted, submitted > deadline, let policy = latePolicy else { return (1, 0) }
        let days = Int((submitted.timeIntervalSince(deadline) / 86_400).rounded(.up))
        if let maxDays = policy.maxDays, days > maxDays { return (0, days) }
        return (max(0, 1 - policy.percentPerDay / 100 * Double(days)), days)
    }
}
