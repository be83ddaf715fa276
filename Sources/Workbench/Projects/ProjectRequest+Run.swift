import FairKit
import Foundation

extension ProjectRequest {
    /// Runs project `id`'s whole pipeline with the learner's step files (or the reference
    /// solutions), checks the artifacts the driver wrote and copies them to `out` (relative to
    /// `currentDirectory`; default `projects-out/<id>/` in the course folder). A run of the
    /// learner's code is recorded in progress.
    public func run(_ id: String, reference: Bool, out: String? = nil, currentDirectory: URL) throws -> ProjectRunResult {
        let project = try manifest.project(id: id)
        let destination = out.map { URL.resolving($0, from: currentDirectory) } ?? course.workspace.url(project.outputFolder)
        let toolkit = try Toolkit.locate()
        let compiler = try SwiftCompiler.locate()
        let cache = course.workspace.cacheDirectory
        let prepared = try PreparedToolkit.prepare(toolkit, compiler: compiler, cacheDirectory: cache)
        let run = try RunFolder(parent: cache.appendingPathComponent("project-runs"))
        defer { run.remove() }
        let runner = ProjectRunner(workspace: course.workspace, project: project, reference: reference)
        let seconds = try runner.compileAndRun(in: run.url, toolkit: toolkit, compiler: compiler, library: prepared.libraryDirectory)

        let produced = run.url.appendingPathComponent("out")
        var numbers: [String: Double] = [:]
        for artifact in project.artifacts where !artifact.pending {
            let data = try ProjectArtifactCheck.read(artifact, in: produced, project: project.id)
            if artifact.kind == .numbers { numbers = try ProjectArtifactCheck.numbers(data, artifact: artifact, project: project.id) }
        }
        // Everything checked: only now is the output folder touched, file by file atomically.
        let fm = FileManager.default
        try fm.createDirectory(at: destination, withIntermediateDirectories: true)
        let files = ((try? fm.contentsOfDirectory(atPath: produced.path)) ?? []).sorted()
        for name in files {
            let source = produced.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: source.path, isDirectory: &isFolder), !isFolder.boolValue,
                  let data = fm.contents(atPath: source.path) else { continue }
            try AtomicFile.write(data, to: destination.appendingPathComponent(name))
        }
        if !reference { try course.progress.recordProjectRun(project.id) }
        let artifacts = project.artifacts.map { artifact in
            ProjectStatus.Artifact(file: artifact.file, kind: artifact.kind,
                                   path: course.workspace.relativePath(of: destination.appendingPathComponent(artifact.file)),
                                   pending: artifact.pending, note: artifact.note, exists: !artifact.pending)
        }
        return ProjectRunResult(project: project.id, reference: reference, output: course.workspace.relativePath(of: destination),
                                files: files, artifacts: artifacts, numbers: numbers,
                                compileSeconds: (seconds.compile * 100).rounded() / 100, runSeconds: (seconds.run * 100).rounded() / 100)
    }
}

/// `learn project run --json` (docs/cli.md): where the artifacts went and the key numbers.
public struct ProjectRunResult: Codable, Sendable, Equatable {
    public var project: String
    /// Whether the reference solutions ran instead of the learner's files.
    public var reference: Bool
    /// The output folder (workspace-relative when inside the course folder).
    public var output: String
    /// Every file written there (artifacts and the Markdown report's chart images).
    public var files: [String]
    /// The manifest's artifacts: written (`exists`), or pending.
    public var artifacts: [ProjectStatus.Artifact]
    /// numbers.json's content.
    public var numbers: [String: Double]
    public var compileSeconds: Double
    public var runSeconds: Double

    enum CodingKeys: String, CodingKey {
        case project, reference, output, files, artifacts, numbers
        case compileSeconds = "compile_s", runSeconds = "run_s"
    }
}

/// The checks an artifact passes before it is copied out: present, and readable as its kind.
enum ProjectArtifactCheck {
    /// The artifact's bytes, checked for its kind.
    static func read(_ artifact: ProjectArtifact, in folder: URL, project: String) throws -> Data {
        func bad(_ problem: String) -> ProjectRunFailure { .badArtifact(project: project, file: artifact.file, problem: problem) }
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(artifact.file).path) else {
            throw bad("the driver did not write it")
        }
        guard let text = String(data: data, encoding: .utf8), !text.allSatisfy(\.isWhitespace) else {
            throw bad("it is empty or not UTF-8 text")
        }
        switch artifact.kind {
        case .reportHTML:
            try htmlPage(text, bad)
        case .modelCard where artifact.file.hasSuffix(".html"):
            try htmlPage(text, bad)
        case .modelCard where artifact.file.hasSuffix(".json"):
            // ModelCard.json() (docs/model-cards.md, "JSON"): one object of kind "model_card".
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            guard object?["kind"] as? String == "model_card" else { throw bad("it is not a model card's JSON (an object with \"kind\": \"model_card\")") }
        case .reportMarkdown, .modelCard:
            guard text.hasPrefix("# ") else { throw bad("it does not start with the report's title (`# ...`)") }
        case .numbers:
            _ = try numbers(data, artifact: artifact, project: project)
        case .model:
            do {
                _ = try ModelFile.kind(of: data)
            } catch {
                throw bad("it is not a model file FairKit reads: \(error)")
            }
        }
        return data
    }

    /// A whole HTML page, as FairKit's `ReportDocument.html()` writes it.
    private static func htmlPage(_ text: String, _ bad: (String) -> ProjectRunFailure) throws {
        guard text.hasPrefix("<!DOCTYPE html>"), text.contains("</html>") else { throw bad("it is not a whole HTML page") }
    }

    /// numbers.json: one object of finite numbers (JSON has no NaN; `true` is not a number).
    static func numbers(_ data: Data, artifact: ProjectArtifact, project: String) throws -> [String: Double] {
        do {
            return try JSONDecoder().decode([String: Double].self, from: data)
        } catch {
            let problem = JSONProblem(error)
            throw ProjectRunFailure.badArtifact(project: project, file: artifact.file, problem: "it is not one JSON object of numbers: "
                                                + [problem.path, problem.message].filter { !$0.isEmpty }.joined(separator: ": "))
        }
    }
}

/// A project run that could not finish, naming the step at fault when there is one.
public enum ProjectRunFailure: WorkbenchFailure, Equatable {
    /// The step files (or the driver with them) did not compile.
    case compile(project: String, steps: [String], output: String)
    /// The driver found a step's result unusable (wrong length, a NaN, a probability above 1).
    case stepRejected(project: String, step: String, message: String)
    /// The run crashed, timed out or flooded its output; `step` is the step it was in.
    case stopped(project: String, step: String?, why: String, output: String)
    /// An artifact the manifest lists is missing or not what its kind says.
    case badArtifact(project: String, file: String, problem: String)

    public var kind: FailureKind { .badInput }

    public var description: String {
        switch self {
        case let .compile(project, steps, output):
            let which = steps.isEmpty ? "the project's files" : "step " + steps.map { "'\($0)'" }.joined(separator: ", ")
            return "project '\(project)': \(which) did not compile (check each with `learn project check STEP`):\n\(output)"
        case let .stepRejected(project, step, message):
            return "project '\(project)', step '\(step)': \(message); fix the step (`learn project check \(step)`) and run again"
        case let .stopped(project, step, why, output):
            let tail = output.suffix(ProjectSettings.shownOutputCharacters)
            return "project '\(project)': the run \(why)" + (step.map { " in step \($0)" } ?? " before the first step")
                + (tail.isEmpty ? "" : "; its output ended:\n\(tail)")
        case let .badArtifact(project, file, problem):
            return "project '\(project)': the run's \(file) is unusable (\(problem)); nothing was copied to the output folder"
        }
    }
}
