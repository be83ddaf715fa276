import FairKit

/// The practice projects of a course, `projects/projects.json` (docs/projects.md describes the
/// format field by field). Values of this type have passed validation: ids are unique, paths are
/// workspace-relative, every step has at least two hints and a kind this workbench knows.
///
/// The manifest has its own `format_version`, apart from the catalog's: projects change on their
/// own schedule, and a course without projects has no manifest at all (an empty one is used).
public struct ProjectManifest: Sendable, Equatable {
    /// Where the manifest lives, relative to the workspace root.
    public static let path = "projects/projects.json"
    /// The newest `format_version` this workbench understands; a newer manifest is refused.
    public static let supportedFormatVersion = 1
    /// The folder of each project's shipped files: `projects/<id>/`.
    public static let projectsFolder = "projects"
    /// The learner's copies of the step files: `projects-work/<id>/`.
    public static let workFolder = "projects-work"
    /// Where `learn project run` writes a project's artifacts: `projects-out/<id>/`.
    public static let outputFolder = "projects-out"

    /// The manifest's `format_version` (at most `supportedFormatVersion`; 0 for a course without one).
    public let formatVersion: Int
    /// The projects, in course order (beginner first).
    public let projects: [Project]

    /// A manifest of already validated projects (`ProjectManifest.load` makes them from JSON).
    public init(formatVersion: Int, projects: [Project]) {
        self.formatVersion = formatVersion
        self.projects = projects
    }

    /// The project with `id`, or a usage error suggesting the nearest id.
    public func project(id: String) throws(ProjectLookupError) -> Project {
        if let found = projects.first(where: { $0.id == id }) { return found }
        throw .unknownProject(id, suggestion: nearestName(to: id, in: projects.map(\.id)))
    }
}

/// One practice project: a brief, steps the learner writes, a driver that runs the whole pipeline
/// with them, and the artifacts the run writes.
public struct Project: Sendable, Equatable {
    /// How demanding the project is, as the course brief orders them.
    public enum Level: String, Sendable, Equatable, CaseIterable, Codable {
        case beginner, intermediate, advanced
    }

    /// What `learn project start` takes; lower-case words joined by '-'.
    public let id: String
    public let title: String
    public let level: Level
    /// The bundled dataset it uses (`german-credit`, `adult`, `compas`, or `synthetic`).
    public let dataset: String
    /// The brief (scenario, steps, what to hand in), workspace-relative Markdown.
    public let brief: String
    /// The driver: a Swift file with top-level code that calls the steps' functions and writes the
    /// artifacts (docs/projects.md, "The driver"), workspace-relative.
    public let driver: String
    /// The steps, in the order the brief gives them.
    public let steps: [ProjectStep]
    /// What a run writes to `projects-out/<id>/`.
    public let artifacts: [ProjectArtifact]

    /// The project's optional intended-use file (docs/model-cards.md): the scenario's own text for
    /// the written fields of the model card its run writes; workspace-relative.
    public var intendedUsePath: String { "\(ProjectManifest.projectsFolder)/\(id)/\(ProjectRunner.intendedUseFile)" }

    /// A project of already validated parts.
    public init(id: String, title: String, level: Level, dataset: String, brief: String, driver: String,
                steps: [ProjectStep], artifacts: [ProjectArtifact]) {
        self.id = id
        self.title = title
        self.level = level
        self.dataset = dataset
        self.brief = brief
        self.driver = driver
        self.steps = steps
        self.artifacts = artifacts
    }

    /// The step with `id` (or at 1-based position `id`), or a usage error suggesting the nearest.
    public func step(id: String) throws(ProjectLookupError) -> ProjectStep {
        if let found = steps.first(where: { $0.id == id }) { return found }
        if let position = Int(id), steps.indices.contains(position - 1) { return steps[position - 1] }
        throw .unknownStep(id, project: self.id, suggestion: nearestName(to: id, in: steps.map(\.id)))
    }

    /// The learner's folder of step files, `projects-work/<id>`.
    public var workFolder: String { ProjectManifest.workFolder + "/" + id }
    /// The folder of the shipped stubs, `projects/<id>/stubs`.
    public var stubsFolder: String { ProjectManifest.projectsFolder + "/" + id + "/stubs" }
    /// The folder of the reference solutions, `projects/<id>/solutions`.
    public var solutionsFolder: String { ProjectManifest.projectsFolder + "/" + id + "/solutions" }
    /// Where a run writes, `projects-out/<id>`.
    public var outputFolder: String { ProjectManifest.outputFolder + "/" + id }
}

/// One step of a project: a file the learner writes and how it is checked.
public struct ProjectStep: Sendable, Equatable {
    /// How a step is checked. Each kind has its own checker; the manifest refuses kinds this
    /// workbench does not know.
    public enum Kind: String, Sendable, Equatable, CaseIterable, Codable {
        /// A Swift file checked by a hidden XCTest suite through the exercises' check engine, and
        /// compiled into the project's driver by `learn project run`.
        case code
        /// A Markdown answer (a brief, a charter) checked by `WrittenAnswerCheck`: every `## `
        /// section of the shipped template (its stub) present with at least `minimumWords` words
        /// of the learner's own. Its reference solution is the model answer, shown once the check
        /// passes. Never compiled, never graded as prose.
        case written
    }

    /// Unique within the project; `learn project check STEP` takes it.
    public let id: String
    public let title: String
    public let kind: Kind
    /// The learner's file, workspace-relative, in `projects-work/<project>/`.
    public let path: String
    /// The hidden suite, workspace-relative (`Tests/ProjectSuites/<project>/...`); empty for a written step.
    public let suite: String
    /// A written step's fewest words of the learner's own per section (nil for code steps).
    public let minimumWords: Int?
    /// From gentle to direct; at least two.
    public let hints: [String]
    /// The id of the project holding the step.
    public let projectID: String

    /// A step of already validated parts.
    public init(id: String, title: String, kind: Kind, path: String, suite: String, hints: [String], projectID: String, minimumWords: Int? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.path = path
        self.suite = suite
        self.minimumWords = minimumWords
        self.hints = hints
        self.projectID = projectID
    }

    /// The course's files of the step that must not change under the learner (digested, verified):
    /// the stub and the suite; for a written step the stub alone, the template its check reads.
    public var shippedFiles: [String] { kind == .written ? [stubPath] : [stubPath, suite] }
    /// The step's file name (`fit_model.swift`).
    public var fileName: String { String(path.split(separator: "/").last ?? "") }
    /// The shipped stub, `projects/<project>/stubs/<file>`.
    public var stubPath: String { "\(ProjectManifest.projectsFolder)/\(projectID)/stubs/\(fileName)" }
    /// The reference solution, `projects/<project>/solutions/<file>`.
    public var solutionPath: String { "\(ProjectManifest.projectsFolder)/\(projectID)/solutions/\(fileName)" }
    /// The step as the check engine sees an exercise (id `<project>/<step>`), so a step is checked,
    /// digested and verified exactly as exercises are.
    public var exercise: Exercise {
        Exercise(id: "\(projectID)/\(id)", moduleID: "project:\(projectID)", title: title, path: path, suite: suite,
                 lessonSection: "", points: nil, hints: hints)
    }
}

/// A file `learn project run` writes to `projects-out/<project>/`.
public struct ProjectArtifact: Sendable, Equatable {
    /// What the file is; the runner checks each kind its own way.
    public enum Kind: String, Sendable, Equatable, CaseIterable, Codable {
        /// The HTML report (FairKit's `ReportDocument.html()`).
        case reportHTML = "report_html"
        /// The Markdown report, its charts as SVG files beside it.
        case reportMarkdown = "report_markdown"
        /// The key numbers, one JSON object of name -> number.
        case numbers
        /// A FairKit model file (docs/model-files.md).
        case model
        /// A model card (FairKit's `ModelCard`): Markdown (starts with `# `), or by its file's
        /// extension a whole HTML page (`.html`) or the card's JSON (`.json`, docs/model-cards.md).
        case modelCard = "model_card"
    }

    /// The file name inside `projects-out/<project>/`.
    public let file: String
    public let kind: Kind
    /// Whether the workbench cannot make this artifact yet (a run lists it as pending instead of
    /// failing); `note` says why.
    public let pending: Bool
    /// Why it is pending, or what it holds.
    public let note: String?

    /// An artifact of already validated parts.
    public init(file: String, kind: Kind, pending: Bool = false, note: String? = nil) {
        self.file = file
        self.kind = kind
        self.pending = pending
        self.note = note
    }
}

/// A project or step name on the command line that the manifest does not know.
public enum ProjectLookupError: WorkbenchFailure, Equatable {
    case unknownProject(String, suggestion: String?)
    case unknownStep(String, project: String, suggestion: String?)
    case noCurrentProject

    public var kind: FailureKind { .usage }

    public var description: String {
        switch self {
        case let .unknownProject(id, suggestion):
            return "no project has the id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" }
                ?? "; run `learn project list` to see every project")
        case let .unknownStep(id, project, suggestion):
            return "project '\(project)' has no step '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" }
                ?? "; run `learn project status` to see its steps")
        case .noCurrentProject:
            return "no project is started: run `learn project start NAME` first (`learn project list` shows them), "
                + "or name one with --project NAME"
        }
    }
}
