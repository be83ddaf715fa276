import Foundation

/// `learn project list --json`: every project and the learner's progress in it (docs/cli.md).
public struct ProjectListing: Codable, Sendable, Equatable {
    /// The manifest's `format_version` (0: the course has no projects).
    public var formatVersion: Int
    public var projects: [Entry]

    /// One project.
    public struct Entry: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var level: Project.Level
        public var dataset: String
        /// The brief, workspace-relative.
        public var brief: String
        /// How many steps it has, and how many have passed.
        public var steps: Int
        public var passed: Int
        /// Whether `learn project start` ran (or a step was checked).
        public var started: Bool
        /// Whether it is the project commands act on when given none.
        public var current: Bool
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", projects
    }
}

/// `learn project status --json`: one project's steps and artifacts (docs/cli.md).
public struct ProjectStatus: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var level: Project.Level
    public var brief: String
    /// When it was started (ISO 8601, UTC); `nil` before `learn project start`.
    public var started: String?
    /// When `learn project run` last finished with the learner's code (ISO 8601, UTC).
    public var lastRun: String?
    public var steps: [Step]
    public var artifacts: [Artifact]

    /// One step and how far the learner is with it.
    public struct Step: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var kind: ProjectStep.Kind
        /// The learner's file, workspace-relative.
        public var path: String
        public var passed: Bool
        /// How its latest check ended; `nil` when never checked.
        public var lastStatus: CheckStatus?
        /// Whether the learner's file exists (`learn project start` copies it).
        public var fileExists: Bool

        enum CodingKeys: String, CodingKey {
            case id, title, kind, path, passed
            case lastStatus = "last_status", fileExists = "file_exists"
        }
    }

    /// One artifact of a run and whether the last run left it.
    public struct Artifact: Codable, Sendable, Equatable {
        public var file: String
        public var kind: ProjectArtifact.Kind
        /// Workspace-relative, in projects-out/<id>/.
        public var path: String
        public var pending: Bool
        public var note: String?
        public var exists: Bool
    }

    /// How many steps have passed.
    public var passedCount: Int { steps.filter(\.passed).count }

    enum CodingKeys: String, CodingKey {
        case id, title, level, brief, started, steps, artifacts
        case lastRun = "last_run"
    }
}
