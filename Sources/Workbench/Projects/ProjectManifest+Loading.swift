import Foundation

extension ProjectManifest {
    /// The manifest of `workspace`: an empty one (version 0) when the course has no
    /// `projects/projects.json`; a `CatalogError` naming each problem's JSON path when it is
    /// unreadable, newer than this workbench, or breaks a rule (docs/projects.md).
    public static func load(from workspace: Workspace) throws(CatalogError) -> ProjectManifest {
        guard let data = FileManager.default.contents(atPath: workspace.url(path).path) else {
            return ProjectManifest(formatVersion: 0, projects: [])
        }
        return try decode(data, file: path)
    }

    /// Decodes and validates manifest JSON; `file` is how errors name it.
    public static func decode(_ data: Data, file: String) throws(CatalogError) -> ProjectManifest {
        let version = try FormatVersion.checked(data, file: file, supported: supportedFormatVersion)
        let raw: RawManifest
        do {
            raw = try JSONDecoder().decode(RawManifest.self, from: data)
        } catch {
            throw CatalogError(file: file, issues: [JSONProblem(error)])
        }
        let issues = raw.issues()
        guard issues.isEmpty else { throw CatalogError(file: file, issues: issues) }
        return ProjectManifest(formatVersion: version, projects: raw.projects.map(\.project))
    }
}

/// The manifest as the JSON spells it, before validation.
private struct RawManifest: Decodable {
    var formatVersion: Int
    var projects: [RawProject]

    enum CodingKeys: String, CodingKey { case formatVersion = "format_version", projects }

    /// Every rule broken, each at its JSON path.
    func issues() -> [CatalogError.Issue] {
        var issues: [CatalogError.Issue] = []
        func report(_ path: String, _ message: String) { issues.append(.init(path: path, message: message)) }
        var projectIDs: [String: String] = [:], files: [String: String] = [:]
        for (p, project) in projects.enumerated() {
            let at = "projects[\(p)]"
            CatalogValidator.checkID(project.id, at: at + ".id", firstUse: &projectIDs, report: report)
            if CatalogValidator.isBlank(project.title) { report(at + ".title", "must not be empty") }
            if CatalogValidator.isBlank(project.dataset) { report(at + ".dataset", "must name the dataset the project uses") }
            let own = "\(ProjectManifest.projectsFolder)/\(project.id)/"
            for (field, value, ext) in [("brief", project.brief, ".md"), ("driver", project.driver, ".swift")] {
                CatalogValidator.checkPath(value, at: "\(at).\(field)", folder: ProjectManifest.projectsFolder, fileExtension: ext, report: report)
                if !value.hasPrefix(own) { report("\(at).\(field)", "'\(value)' must lie in the project's own folder, \(own)") }
            }
            if project.steps.isEmpty { report(at + ".steps", "a project needs at least one step") }
            var stepIDs: [String: String] = [:]
            let work = "\(ProjectManifest.workFolder)/\(project.id)/"
            for (s, step) in project.steps.enumerated() {
                let at = "\(at).steps[\(s)]"
                CatalogValidator.checkID(step.id, at: at + ".id", firstUse: &stepIDs, report: report)
                if CatalogValidator.isBlank(step.title) { report(at + ".title", "must not be empty") }
                CatalogValidator.checkPath(step.path, at: at + ".path", folder: ProjectManifest.workFolder, fileExtension: "", report: report)
                if !step.path.hasPrefix(work) || step.path.dropFirst(work.count).contains("/") {
                    report(at + ".path", "'\(step.path)' must be a file directly in \(work) (the learner's copy of the step)")
                }
                if step.kind == .code, !step.path.hasSuffix(".swift") { report(at + ".path", "a code step's file must be a .swift file") }
                CatalogValidator.checkUnique(step.path, at: at + ".path", what: "step file", firstUse: &files, report: report)
                switch step.kind {
                case .code:
                    CatalogValidator.checkPath(step.suite ?? "", at: at + ".suite", folder: nil, fileExtension: "", report: report)
                    CatalogValidator.checkUnique(step.suite ?? "", at: at + ".suite", what: "suite", firstUse: &files, report: report)
                    if step.minWords != nil { report(at + ".min_words", "only a written step has a word minimum") }
                case .written:
                    if !step.path.hasSuffix(".md") { report(at + ".path", "a written step's file must be a Markdown (.md) file") }
                    if step.suite != nil { report(at + ".suite", "a written step has no suite: its check reads the sections of its template (the stub)") }
                    if (step.minWords ?? 0) < 1 { report(at + ".min_words", "a written step needs min_words >= 1, the words of the learner's own each section needs") }
                }
                if step.hints.count < CatalogValidator.minimumHints {
                    report(at + ".hints", "at least \(CatalogValidator.minimumHints) hints are required, from gentle to direct "
                        + "(found \(step.hints.count))")
                }
                for (h, hint) in step.hints.enumerated() where CatalogValidator.isBlank(hint) { report(at + ".hints[\(h)]", "must not be empty") }
            }
            var artifactFiles: [String: String] = [:]
            for (a, artifact) in project.artifacts.enumerated() {
                let at = "\(at).artifacts[\(a)]"
                if artifact.file.isEmpty || artifact.file.contains("/") || artifact.file.hasPrefix(".") {
                    report(at + ".file", "'\(artifact.file)' must be a plain file name (the run writes it in projects-out/\(project.id)/)")
                }
                CatalogValidator.checkUnique(artifact.file, at: at + ".file", what: "artifact file", firstUse: &artifactFiles, report: report)
                if artifact.pending == true, artifact.note.map(CatalogValidator.isBlank) ?? true {
                    report(at + ".note", "a pending artifact must say why it is pending")
                }
            }
        }
        return issues
    }
}

private struct RawProject: Decodable {
    var id: String
    var title: String
    var level: Project.Level
    var dataset: String
    var brief: String
    var driver: String
    var steps: [RawStep]
    var artifacts: [RawArtifact]

    var project: Project {
        Project(id: id, title: title, level: level, dataset: dataset, brief: brief, driver: driver,
                steps: steps.map { ProjectStep(id: $0.id, title: $0.title, kind: $0.kind, path: $0.path, suite: $0.suite ?? "",
                                               hints: $0.hints, projectID: id, minimumWords: $0.minWords) },
                artifacts: artifacts.map { ProjectArtifact(file: $0.file, kind: $0.kind, pending: $0.pending ?? false, note: $0.note) })
    }
}

private struct RawStep: Decodable {
    var id: String
    var title: String
    var kind: ProjectStep.Kind
    var path: String
    var suite: String?
    var hints: [String]
    var minWords: Int?

    enum CodingKeys: String, CodingKey {
        case id, title, kind, path, suite, hints
        case minWords = "min_words"
    }
}

private struct RawArtifact: Decodable {
    var file: String
    var kind: ProjectArtifact.Kind
    var pending: Bool?
    var note: String?
}
