import Foundation

extension ProjectRequest {
    /// What `start` did: the files it copied and the learner's files it left alone.
    public struct Started: Sendable, Equatable {
        public var project: Project
        /// Stubs copied into `projects-work/<id>/`, workspace-relative.
        public var copied: [String]
        /// Learner's files already there, kept as they are.
        public var kept: [String]
    }

    /// Copies the project's stubs into `projects-work/<id>/` (never over a file the learner
    /// already has: starting again is harmless), makes it the current project and records the start.
    public func start(_ id: String) throws -> Started {
        let project = try manifest.project(id: id)
        let fm = FileManager.default
        var copied: [String] = [], kept: [String] = []
        for step in project.steps {
            let target = course.workspace.url(step.path)
            if fm.fileExists(atPath: target.path) {
                kept.append(step.path)
                continue
            }
            guard let stub = fm.contents(atPath: course.workspace.url(step.stubPath).path) else {
                throw FileSystemError(action: "copy the stub of step '\(step.id)' from", path: step.stubPath,
                                      reason: "the file is missing; restore it from the course repository")
            }
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(stub, to: target)
            copied.append(step.path)
        }
        try course.progress.startProject(project.id)
        return Started(project: project, copied: copied, kept: kept)
    }

    /// One step's check and the project's progress after it.
    public struct Checked: Sendable {
        public var project: Project
        public var step: ProjectStep
        public var result: CheckResult
        public var progress: ProjectProgress?
    }

    /// Checks `step` (else the first not yet passed) of project `id` (else the current one) and
    /// records the outcome. Code steps go through the exercises' check engine against their hidden
    /// suite, refused first when the suite is not the shipped one (`Course.verifySuite`); written
    /// steps through `WrittenAnswerCheck` (`checkWritten`).
    public func check(step stepID: String?, project id: String?) throws -> Checked {
        let project = try project(id)
        guard let step = try stepOrFirstPending(stepID, of: project, in: try course.progress.load()) else {
            throw ProjectStepsDone(project: project.id, verb: "check")
        }
        let result: CheckResult
        switch step.kind {
        case .code:
            let exercise = step.exercise
            try course.verifySuite(of: exercise)
            result = try course.checker.check(exercise, learnerFile: try learnerFile(of: step))
        case .written:
            result = try checkWritten(step, of: project)
        }
        let state = try course.progress.recordProjectCheck(project.id, step: step.id, status: result.status)
        return Checked(project: project, step: step, result: result, progress: state.projects[project.id])
    }

    /// The learner's file of `step`; a `MissingProjectFile` naming `learn project start` when absent.
    func learnerFile(of step: ProjectStep) throws(MissingProjectFile) -> URL {
        let url = course.workspace.url(step.path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw MissingProjectFile(project: step.projectID, step: step.id, path: step.path)
        }
        return url
    }
}

/// A learner's step file is not where the manifest says.
public struct MissingProjectFile: WorkbenchFailure, Equatable {
    public var project: String
    public var step: String
    /// The missing file, workspace-relative.
    public var path: String

    public var kind: FailureKind { .badInput }

    public var description: String {
        "\(path) is missing (the file of step '\(step)' of project '\(project)'); run `learn project start \(project)` "
            + "to copy the step files (files you already have are kept)"
    }
}
