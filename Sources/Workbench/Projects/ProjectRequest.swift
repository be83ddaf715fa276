import Foundation

/// The work of `learn project ...` (docs/projects.md): list the projects, start one, check its
/// steps, show its status, run its pipeline. The CLI parses and prints; everything else is here,
/// where tests reach it.
public struct ProjectRequest: Sendable {
    /// The opened course: its checker checks code steps, its progress store records them.
    public let course: Course
    /// The course's projects manifest.
    public let manifest: ProjectManifest

    /// The projects of `course` (an empty manifest when it has none).
    public init(course: Course) throws {
        self.course = course
        manifest = try ProjectManifest.load(from: course.workspace)
    }

    /// Every project with the learner's progress in it.
    public func list() throws -> ProjectListing {
        let state = try course.progress.load()
        return ProjectListing(formatVersion: manifest.formatVersion, projects: manifest.projects.map { project in
            let progress = state.projects[project.id]
            return ProjectListing.Entry(id: project.id, title: project.title, level: project.level, dataset: project.dataset,
                                        brief: project.brief, steps: project.steps.count,
                                        passed: project.steps.filter { progress?.isPassed($0.id) == true }.count,
                                        started: progress != nil, current: state.currentProject == project.id)
        })
    }

    /// The project named `id`, else the current one (the last started).
    public func project(_ id: String?) throws -> Project {
        if let id { return try manifest.project(id: id) }
        guard let current = try course.progress.load().currentProject,
              let project = manifest.projects.first(where: { $0.id == current }) else { throw ProjectLookupError.noCurrentProject }
        return project
    }

    /// The steps of `project` with the learner's progress, its run's artifacts and whether they exist.
    public func status(of id: String?) throws -> ProjectStatus {
        let project = try project(id)
        let progress = try course.progress.load().projects[project.id]
        let fm = FileManager.default
        let steps = project.steps.map { step in
            ProjectStatus.Step(id: step.id, title: step.title, kind: step.kind, path: step.path,
                               passed: progress?.isPassed(step.id) ?? false, lastStatus: progress?.lastStatus[step.id],
                               fileExists: fm.fileExists(atPath: course.workspace.url(step.path).path))
        }
        let artifacts = project.artifacts.map { artifact in
            let path = project.outputFolder + "/" + artifact.file
            return ProjectStatus.Artifact(file: artifact.file, kind: artifact.kind, path: path, pending: artifact.pending,
                                          note: artifact.note, exists: fm.fileExists(atPath: course.workspace.url(path).path))
        }
        return ProjectStatus(id: project.id, title: project.title, level: project.level, brief: project.brief,
                             started: progress.map { Self.timestamp($0.started) }, lastRun: progress?.lastRun.map(Self.timestamp),
                             steps: steps, artifacts: artifacts)
    }

    /// `date` as ISO 8601 in UTC, as `status --json` shows it.
    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    /// Reveals the next hint of `step` (else the first step not yet passed) of project `id` (else
    /// the current one); the step, the hints revealed so far and whether one more was revealed.
    public func hint(step stepID: String?, project id: String?) throws -> (step: ProjectStep, hints: [String], revealed: Bool) {
        let project = try project(id)
        let state = try course.progress.load()
        guard let step = try stepOrFirstPending(stepID, of: project, in: state) else {
            throw ProjectStepsDone(project: project.id, verb: "hint")
        }
        let (level, revealed) = try course.progress.revealNextProjectHint(project.id, step: step.id, available: step.hints.count)
        return (step, Array(step.hints.prefix(level)), revealed)
    }

    /// The step named `id` (an id or a 1-based number), else the first of `project` not yet
    /// passed; `nil` when none is left.
    func stepOrFirstPending(_ id: String?, of project: Project, in state: ProgressState) throws -> ProjectStep? {
        if let id { return try project.step(id: id) }
        let progress = state.projects[project.id]
        return project.steps.first { progress?.isPassed($0.id) != true }
    }
}

/// Every step of the project has passed, and the command was given no step to act on.
public struct ProjectStepsDone: WorkbenchFailure, Equatable {
    public var project: String
    /// The command (`check`, `hint`).
    public var verb: String

    public var kind: FailureKind { .usage }

    public var description: String {
        "every step of '\(project)' has passed; name one to \(verb) it again (`learn project \(verb) STEP`), "
            + "or run the whole pipeline: learn project run \(project)"
    }
}
