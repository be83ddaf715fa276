import Foundation

extension ProjectRequest {
    /// Checks a written step: the required sections are read from the template the course ships
    /// (the step's stub, never the learner's copy), text repeating the template or the project's
    /// brief does not count, and each section needs the manifest's `min_words` of the learner's own.
    func checkWritten(_ step: ProjectStep, of project: Project) throws -> CheckResult {
        let started = Date()
        let check = try Self.writtenCheck(step, project: project, workspace: course.workspace)
        let file = try learnerFile(of: step)
        guard let data = FileManager.default.contents(atPath: file.path) else { throw WrittenAnswerError.unreadable(step.path) }
        let result = check.check(String(decoding: data, as: UTF8.self))
        return result.checkResult(id: step.exercise.id, durationSeconds: Date().timeIntervalSince(started))
    }

    /// The check of `step`: its template's sections, `min_words` each, the project's brief as a source not to copy.
    static func writtenCheck(_ step: ProjectStep, project: Project, workspace: Workspace) throws -> WrittenAnswerCheck {
        guard let template = FileManager.default.contents(atPath: workspace.url(step.stubPath).path) else {
            throw FileSystemError(action: "read the template of step '\(step.id)' from", path: step.stubPath,
                                  reason: "the file is missing; restore it from the course repository")
        }
        let spec = try WrittenAnswerSpec(template: String(decoding: template, as: UTF8.self),
                                         minimumWords: step.minimumWords ?? 1, name: step.stubPath)
        let brief = FileManager.default.contents(atPath: workspace.url(project.brief).path).map { String(decoding: $0, as: UTF8.self) }
        return WrittenAnswerCheck(spec: spec, sources: brief.map { [$0] } ?? [])
    }
}

extension WrittenAnswerError: WorkbenchFailure {
    public var kind: FailureKind { .badInput }
}
