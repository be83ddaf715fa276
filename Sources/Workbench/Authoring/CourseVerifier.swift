import Foundation

/// `learn verify`: checks a course the way rustlings' dev check does, reusing the learner's own
/// check engine. Every solution must pass its suite and every untouched stub must fail it with
/// failed tests (not a compile error); and, without running anything, the rules of
/// docs/authoring.md: a valid catalog (unique ids, at least two hints), a `// TODO` in every stub,
/// solutions mirroring exercises, lesson sections that exist, module-qualified XCTest calls in
/// suites, no stray files in exercises/ or solutions/, and sound quizzes (`QuizValidator`); and
/// the practice projects' steps the same way (`verifyProjects`).
public struct CourseVerifier: Sendable {
    /// The course folder verified.
    public let workspace: Workspace
    /// What runs the checks (the real engine, or a script in tests).
    public let checker: any ExerciseChecker
    /// How many checks run at once.
    public let parallelism: Int
    /// When set, each exercise's API must also cross to a separate process (isolated grading).
    public let boundary: IsolationBoundary?

    /// A verifier of `workspace` running `parallelism` checks at a time (at least one).
    public init(workspace: Workspace, checker: any ExerciseChecker, parallelism: Int = 2, boundary: IsolationBoundary? = nil) {
        self.workspace = workspace
        self.checker = checker
        self.parallelism = max(1, parallelism)
        self.boundary = boundary
    }

    /// Verifies the course. `onCheck` is called (from any thread) after each check, with the
    /// number done and the number to do.
    ///
    /// Stubs are checked as shipped, wherever the learner's files stand: the stub comes from the
    /// archive (`StubArchive`), so verify passes in a workspace whose exercises are solved.
    public func verify(onCheck: @Sendable (Int, Int) -> Void = { _, _ in }) -> VerifyReport {
        let catalog: Catalog
        let digests: CourseDigests?
        do {
            catalog = try CatalogLoader.load(from: workspace)
            digests = try CourseDigests.load(from: workspace)
        } catch {
            return VerifyReport(problems: error.description.split(separator: "\n").map(String.init), exercises: [])
        }
        let archive = StubArchive(workspace: workspace, digests: digests)
        let stubs = catalog.exercises.map { exercise in Result { try archive.originalStub(of: exercise) } }
        var exercises = zip(catalog.exercises, stubs).map { exercise, stub in
            ExerciseVerification(id: exercise.id, solution: nil, stub: nil,
                                 problems: ExerciseRules.problems(of: exercise, in: catalog, workspace: workspace,
                                                                  stub: stub.map(\.contents), digests: digests))
        }
        let outcomes = runChecks(catalog.exercises, stubs: stubs, onCheck: onCheck)
        for index in exercises.indices {
            let solution = outcomes[2 * index], stub = outcomes[2 * index + 1]
            exercises[index].solution = solution.status
            exercises[index].stub = stub.status
            exercises[index].problems += [solution.problem, stub.problem].compactMap { $0 }
        }
        if let boundary {
            let found = ConcurrentSlots<[String]>(count: catalog.exercises.count)
            let slots = DispatchSemaphore(value: parallelism)
            DispatchQueue.concurrentPerform(iterations: catalog.exercises.count) { index in
                slots.wait()
                defer { slots.signal() }
                _ = found.set(index, boundary.problems(of: catalog.exercises[index]))
            }
            for (index, problems) in found.values.enumerated() { exercises[index].problems += problems ?? [] }
        }
        var problems = StrayFiles.find(in: workspace, catalog: catalog).map {
            "\($0): stray file (no exercise of lessons/catalog.json has this path or its solution)"
        }
        problems += catalog.modules.flatMap { lessonProblems($0) }
        problems += catalog.modules.flatMap { QuizValidator.problems(ofQuizOf: $0, in: workspace) }
        if digests == nil {
            problems.append("\(CourseDigests.path) is missing: run `\(CourseDigests.updateCommand)` with the stubs untouched")
        }
        let projects = verifyProjects(digests: digests, onCheck: onCheck)
        return VerifyReport(problems: problems + projects.problems, exercises: exercises, projectSteps: projects.steps)
    }

    /// Folder for shipped stubs that are not the working file, so the engine can check them.
    private var shippedStubsFolder: URL { workspace.stateDirectory.appendingPathComponent("verify") }

    /// Each exercise's solution then its shipped stub, checked `parallelism` at a time; results in that order.
    private func runChecks(_ exercises: [Exercise], stubs: [Result<(contents: Data, source: StubArchive.Source), Error>],
                           onCheck: @Sendable (Int, Int) -> Void) -> [CheckOutcome] {
        let jobs = exercises.indices.flatMap { [($0, CheckOutcome.Role.solution), ($0, .stub)] }
        let results = ConcurrentSlots<CheckOutcome>(count: jobs.count)
        let slots = DispatchSemaphore(value: parallelism)
        let workspace = workspace, checker = checker, folder = shippedStubsFolder
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            slots.wait()
            defer { slots.signal() }
            let (position, role) = jobs[index]
            let exercise = exercises[position]
            let outcome: CheckOutcome
            switch role {
            case .solution:
                let file = workspace.url(exercise.solutionPath)
                outcome = FileManager.default.fileExists(atPath: file.path)
                    ? CheckOutcome(role: role, exercise: exercise, file: file, path: exercise.solutionPath, checker: checker)
                    : .notRun
            case .stub:
                outcome = Self.checkStub(exercise, stubs[position], folder: folder, workspace: workspace, checker: checker)
            }
            onCheck(results.set(index, outcome), jobs.count)
        }
        try? FileManager.default.removeItem(at: folder)
        return results.values.compactMap { $0 }
    }

    /// The shipped stub's check: the working file itself when it is the stub, else a copy under
    /// `.learn/verify/` (never the learner's file). A course without digests, pristine copies or
    /// git has only the working file to go on (verify reports the missing digests).
    private static func checkStub(_ exercise: Exercise, _ stub: Result<(contents: Data, source: StubArchive.Source), Error>,
                                  folder: URL, workspace: Workspace, checker: any ExerciseChecker) -> CheckOutcome {
        var file = workspace.url(exercise.path)
        let shipped: (contents: Data, source: StubArchive.Source)
        switch stub {
        case .success(let found): shipped = found
        case .failure(let error as NoOriginalStub) where error.digest == nil:
            guard FileManager.default.fileExists(atPath: file.path) else { return .notRun }
            return CheckOutcome(role: .stub, exercise: exercise, file: file, path: exercise.path, checker: checker)
        case .failure: return .notRun
        }
        if shipped.source != .workingFile {
            file = folder.appendingPathComponent(exercise.path)
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(shipped.contents, to: file)
            } catch {
                return .notRun("cannot copy the shipped stub of \(exercise.path) to \(workspace.relativePath(of: file)): \(error)")
            }
        }
        return CheckOutcome(role: .stub, exercise: exercise, file: file, path: exercise.path, checker: checker)
    }

    /// Compiles the Swift blocks of `module`'s lesson (see `LessonSnippets`); each compile error
    /// is reported at its lesson line.
    private func lessonProblems(_ module: CourseModule) -> [String] {
        guard let markdown = try? String(contentsOf: workspace.url(module.lesson), encoding: .utf8) else { return [] }
        let snippets = LessonSnippets(lesson: module.lesson, markdown: markdown)
        guard !snippets.blocks.isEmpty else { return [] }
        let folder = shippedStubsFolder.appendingPathComponent("lessons").appendingPathComponent(module.id)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("LessonSnippets.swift")
        let suite = folder.appendingPathComponent("LessonSnippetsSuite.swift")
        let result: CheckResult
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try AtomicFile.write(Data(snippets.source.utf8), to: source)
            try AtomicFile.write(Data(LessonSnippets.suiteSource.utf8), to: suite)
            let probe = Exercise(id: "lesson-\(module.id)", moduleID: module.id, title: module.title,
                                 path: workspace.relativePath(of: source), suite: workspace.relativePath(of: suite),
                                 lessonSection: "", points: 0, hints: [])
            result = try checker.check(probe, learnerFile: source)
        } catch {
            return ["\(module.lesson): cannot compile its code blocks: \(error)"]
        }
        switch result.status {
        case .passed:
            return []
        case .compileError:
            return result.compileErrors.map { error in
                let line = snippets.lessonLine(ofGeneratedLine: error.line).map(String.init) ?? "?"
                return "\(module.lesson):\(line): this ```swift block does not compile as shown: \(error.message)"
                    + " (fence it ```swift \(LessonSnippets.fragmentMarker) if it is not meant to)"
            }
        default:
            return ["\(module.lesson): its code blocks did not compile cleanly (\(result.status.rawValue))"]
        }
    }
}
