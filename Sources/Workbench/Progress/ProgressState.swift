import Foundation

/// A learner's progress through the course, as stored in `.learn/state.json`. Only
/// `ProgressStore` reads and writes it; commands change it through the store's verbs.
public struct ProgressState: Codable, Sendable, Equatable {
    /// The newest `format_version` this workbench writes and reads. Version 2 added `quizzes`;
    /// a version 1 file reads as version 2 without quiz results, and is written back as 2.
    public static let currentFormatVersion = 2

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

    /// A fresh start: nothing passed, no hints, no current exercise.
    public init() {
        formatVersion = Self.currentFormatVersion
        current = nil
        passed = [:]
        hintLevels = [:]
        lastStatus = [:]
        quizzes = [:]
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
    }

    /// Whether exercise `id` has passed.
    public func isPassed(_ id: String) -> Bool { passed[id] != nil }

    /// How many hints of exercise `id` have been revealed.
    public func hintLevel(_ id: String) -> Int { hintLevels[id] ?? 0 }

    enum CodingKeys: String, CodingKey {
        case current, passed, quizzes
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
