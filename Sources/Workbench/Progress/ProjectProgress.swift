import Foundation

/// A learner's progress through one practice project, in `.learn/state.json`'s `projects`
/// (progress format 3 and later).
public struct ProjectProgress: Codable, Sendable, Equatable {
    /// When `learn project start` first copied the stubs.
    public var started: Date
    /// Passed steps (by step id) and when each first passed.
    public var passed: [String: Date]
    /// How the latest check of each step ended.
    public var lastStatus: [String: CheckStatus]
    /// How many hints of each step have been revealed (absent: none).
    public var hintLevels: [String: Int]
    /// When `learn project run` last finished with the learner's code, if ever.
    public var lastRun: Date?

    /// A project started at `started`, nothing passed.
    public init(started: Date) {
        self.started = started
        passed = [:]
        lastStatus = [:]
        hintLevels = [:]
        lastRun = nil
    }

    /// Reads a record that may lack the optional parts.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        started = try container.decode(Date.self, forKey: .started)
        passed = try container.decodeIfPresent([String: Date].self, forKey: .passed) ?? [:]
        lastStatus = try container.decodeIfPresent([String: CheckStatus].self, forKey: .lastStatus) ?? [:]
        hintLevels = try container.decodeIfPresent([String: Int].self, forKey: .hintLevels) ?? [:]
        lastRun = try container.decodeIfPresent(Date.self, forKey: .lastRun)
    }

    /// Whether step `id` has passed.
    public func isPassed(_ id: String) -> Bool { passed[id] != nil }

    enum CodingKeys: String, CodingKey {
        case started, passed
        case lastStatus = "last_status"
        case hintLevels = "hint_levels"
        case lastRun = "last_run"
    }
}

extension ProgressStore {
    /// Records that `project` was started (keeping the first start's time) and makes it the
    /// current project.
    @discardableResult
    public func startProject(_ project: String, at time: Date = Date()) throws -> ProgressState {
        try transaction { state in
            if state.projects[project] == nil { state.projects[project] = ProjectProgress(started: time) }
            state.currentProject = project
        }.state
    }

    /// Records how a check of `step` of `project` ended; a pass is kept even when a later check
    /// fails (as for exercises). A project checked before `start` counts as started now.
    @discardableResult
    public func recordProjectCheck(_ project: String, step: String, status: CheckStatus,
                                   at time: Date = Date()) throws -> ProgressState {
        try transaction { state in
            var progress = state.projects[project] ?? ProjectProgress(started: time)
            progress.lastStatus[step] = status
            if status == .passed, progress.passed[step] == nil { progress.passed[step] = time }
            state.projects[project] = progress
        }.state
    }

    /// Records a finished `learn project run` of the learner's code.
    @discardableResult
    public func recordProjectRun(_ project: String, at time: Date = Date()) throws -> ProgressState {
        try transaction { state in
            var progress = state.projects[project] ?? ProjectProgress(started: time)
            progress.lastRun = time
            state.projects[project] = progress
        }.state
    }

    /// Reveals one more hint of `step` of `project` when fewer than `available` are shown; the new
    /// level and whether it went up.
    public func revealNextProjectHint(_ project: String, step: String, available: Int,
                                      at time: Date = Date()) throws -> (level: Int, revealed: Bool) {
        try transaction { state -> (Int, Bool) in
            var progress = state.projects[project] ?? ProjectProgress(started: time)
            let level = progress.hintLevels[step] ?? 0
            guard level < available else { return (level, false) }
            progress.hintLevels[step] = level + 1
            state.projects[project] = progress
            return (level + 1, true)
        }.result
    }
}
