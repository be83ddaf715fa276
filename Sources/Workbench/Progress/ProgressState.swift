import Foundation

/// A learner's progress through the course, as stored in `.learn/state.json`. Only
/// `ProgressStore` reads and writes it; commands change it through the store's verbs.
public struct ProgressState: Codable, Sendable, Equatable {
    /// The newest `format_version` this workbench writes and reads. Version 2 added `quizzes`,
    /// version 3 `projects` and `current_project`; an older file reads as the current version
    /// without them, and is written back as the current version.
    public static let currentFormatVersion = 3

    /// The version this state was written in.
    public var formatVersion: Int
    /// The exercise `learn check`, `learn hint` and `learn watch` act on when given no id; `nil`
    /// before the first command and after the last exercise passed.
    public var current: String?
    /// Passed exercises and when they first passed.
    public var passed: [String: Date]
    /// How many hints of each exercise have been revealed (absent: none).
    public var hintLevels: [String: Int]
    /// How the latest check of each exercise ended.
    public var lastStatus: [String: CheckStatus]
    /// Quiz results by module id (absent: the quiz was never taken).
    public var quizzes: [String: QuizProgress]
    /// Practice-project progress by project id (absent: never started).
    public var projects: [String: ProjectProgress]
    /// The project `learn project check` and `status` act on when given none: the last one started.
    public var currentProject: String?

    /// A fresh start: nothing passed, no hints, no current exercise.
    public init() {
        formatVersion = Self.currentFormatVersion
        current = nil
        passed = [:]
        hintLevels = [:]
        lastStatus = [:]
        quizzes = [:]
        projects = [:]
        currentProject = nil
    }

    /// Reads any version up to the current one: fields added later are absent from older files.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = Self.currentFormatVersion
        current = try container.decodeIfPresent(String.self, forKey: .current)
        passed = try container.decode([String: Date].self, forKey: .passed)
        hintLevels = try container.decode([String: Int].self, forKey: .hintLevels)
        lastStatus = try container.decode([String: CheckStatus].self, forKey: .lastStatus)
        quizzes = try container.decodeIfPresent([String: QuizProgress].self, forKey: .quizzes) ?? [:]
        projects = try container.decodeIfPresent([String: ProjectProgress].self, forKey: .projects) ?? [:]
        currentProject = try container.decodeIfPresent(String.self, forKey: .currentProject)
    }

    /// Whether exercise `id` has passed.
    public func isPassed(_ id: String) -> Bool { passed[id] != nil }

    /// How many hints of exercise `id` have been revealed.
    public func hintLevel(_ id: String) -> Int { hintLevels[id] ?? 0 }

    enum CodingKeys: String, CodingKey {
        case current, passed, quizzes, projects
        case currentProject = "current_project"
        case formatVersion = "format_version"
        case hintLevels = "hint_levels"
        case lastStatus = "last_status"
    }
}

extension ProgressState {
    /// How `state.json` is encoded: sorted keys (stable diffs), ISO 8601 dates.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
