import FairKit
import Foundation

/// `learn project run`: compiles a project's step files (the learner's, or the reference
/// solutions) with its driver and `projects/ProjectSupport.swift` into one executable linked
/// against the prepared toolkit (the `libFairKit.so` checks link), runs it under limits, checks
/// every artifact it wrote, and copies them into the output folder.
///
/// The run is the learner's own tool, not a grade: nothing it writes decides a check. But it runs
/// learner code, so a crash, a loop, a flood of output or garbage in an artifact is an error that
/// names the step (the driver announces each step on file descriptor 3 before calling into it),
/// never a crash of `learn` and never a half-written output folder.
struct ProjectRunner {
    let workspace: Workspace
    let project: Project
    let reference: Bool

    /// The shared run-time support every driver is compiled with.
    static let supportFile = "projects/ProjectSupport.swift"
    /// The name of a project's intended-use file, in its folder and in the run's (docs/projects.md).
    static let intendedUseFile = "intended-use.json"

    /// Compiles and runs; the artifacts are left in `runFolder/out`. Returns the seconds spent
    /// compiling and running.
    func compileAndRun(in run: URL, toolkit: Toolkit, compiler: SwiftCompiler, library: URL) throws -> (compile: Double, run: Double) {
        let fm = FileManager.default
        var sources: [(file: URL, display: String, step: String?)] = []
        func stage(_ path: String, as name: String, step: String?) throws {
            let target = run.appendingPathComponent("src").appendingPathComponent(name)
            guard let data = fm.contents(atPath: workspace.url(path).path) else {
                if let step, !reference { throw MissingProjectFile(project: project.id, step: step, path: path) }
                throw FileSystemError(action: "read", path: path, reason: "the file is missing; restore it from the course repository")
            }
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target)
            sources.append((target, path, step))
        }
        try stage(project.driver, as: "main.swift", step: nil)
        try stage(Self.supportFile, as: "ProjectSupport.swift", step: nil)
        for step in project.steps where step.kind == .code {
            try stage(reference ? step.solutionPath : step.path, as: "step_\(step.id)_" + step.fileName, step: step.id)
        }

        // The project's intended-use file (its text for the model card's written fields), where
        // ProjectRun.writeModelCard reads it: the run's working folder. Optional.
        if let answers = fm.contents(atPath: workspace.url(project.intendedUsePath).path) {
            try answers.write(to: run.appendingPathComponent(Self.intendedUseFile))
        }

        let executable = run.appendingPathComponent("project")
        let compile = try compiler.run(["-Onone", "-gline-tables-only", "-module-name", "ProjectRun",
                                        "-I", toolkit.modulesDirectory.path, "-L", library.path, "-l\(PreparedToolkit.libraryName)",
                                        "-Xlinker", "-rpath", "-Xlinker", library.path, "-o", executable.path]
                                       + sources.map(\.file.path))
        guard compile.succeeded else {
            var text = compile.outputText
            for source in sources { text = text.replacingOccurrences(of: source.file.path, with: source.display) }
            let steps = sources.filter { $0.step != nil && text.contains($0.display + ":") }.compactMap(\.step)
            throw ProjectRunFailure.compile(project: project.id, steps: steps, output: Self.errorLines(text))
        }

        let out = run.appendingPathComponent("out")
        try fm.createDirectory(at: out, withIntermediateDirectories: true)
        let outcome = try ProcessRunner.run(
            executable: executable.path, arguments: [out.path, reference ? "reference" : "learner"],
            environment: CheckEngine.testEnvironment(home: run), workingDirectory: run.path, sideChannel: true,
            limits: ProcessLimits(wallTimeSeconds: ProjectSettings.runWallTimeSeconds, outputBytes: ProjectSettings.runOutputBytes))
        var printed = outcome.outputText
        for source in sources { printed = printed.replacingOccurrences(of: source.file.path, with: source.display) }
        let log = ProjectRunLog(String(decoding: outcome.sideChannel, as: UTF8.self))
        let step = log.lastStep.map { id in project.steps.first { $0.id == id }.map { "\(id) (\($0.title))" } ?? id }
        if let failure = log.failure {
            throw ProjectRunFailure.stepRejected(project: project.id, step: failure.step, message: failure.message)
        }
        switch outcome.termination {
        case .exited(0) where log.finished:
            return (compile.durationSeconds, outcome.durationSeconds)
        case .timedOut:
            throw ProjectRunFailure.stopped(project: project.id, step: step, why: "did not finish in \(Int(ProjectSettings.runWallTimeSeconds)) s "
                                            + "(a loop that never ends, or work to hand to FairKit)", output: printed)
        case .outputLimitExceeded:
            throw ProjectRunFailure.stopped(project: project.id, step: step, why: "printed more than \(ProjectSettings.runOutputBytes / 1024) KB",
                                            output: printed)
        default:
            throw ProjectRunFailure.stopped(project: project.id, step: step, why: "crashed (\(outcome.termination))", output: printed)
        }
    }

    /// The compiler's error lines and the lines right after each (the source line and caret).
    static func errorLines(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        for (index, line) in lines.enumerated() where line.contains(": error:") {
            kept += lines[index..<min(lines.count, index + 3)]
        }
        return (kept.isEmpty ? lines.suffix(20) : kept[...]).joined(separator: "\n")
    }
}
