import Foundation

/// `learn verify --mutants`: checks that each exercise's suite catches plausible wrong answers.
/// From each solution `MutantGenerator` makes mutants (one small edit each); every mutant is checked
/// against the suite by the learner's own check engine, `parallelism` at a time. A mutant that
/// fails a test, crashes or times out is killed; one that passes every test survived (the suite
/// lets that wrong answer through); one that does not compile does not count.
///
/// Mutant files live under `.learn/mutants/` while they are checked and are removed afterwards;
/// the learner's files and solutions are never touched.
public struct MutationTester: Sendable {
    public let workspace: Workspace
    public let checker: any ExerciseChecker
    public let parallelism: Int
    /// The most mutants checked per exercise.
    public let cap: Int

    public init(workspace: Workspace, checker: any ExerciseChecker, parallelism: Int = 2,
                cap: Int = MutationSettings.defaultCap) {
        self.workspace = workspace
        self.checker = checker
        self.parallelism = max(1, parallelism)
        self.cap = max(1, cap)
    }

    /// Tests the suites of the exercises with `ids` (ids or positions; all when empty), in course
    /// order, then of the practice projects' code steps (`PROJECT` for all of a project's steps,
    /// `PROJECT/STEP` for one; every one when `ids` is empty). Throws for an unknown id or an
    /// unreadable catalog or manifest. `onCheck` is called after each check with the number done
    /// and the number known so far.
    public func run(ids: [String], onCheck: @Sendable (Int, Int) -> Void = { _, _ in }) throws -> MutationReport {
        let chosen = try targets(ids)
        // Phase 1: each solution must pass, or its mutants mean nothing.
        let solutions = perform(chosen.count, onCheck: onCheck) { index in
            Attempt { try checker.check(chosen[index].exercise, learnerFile: workspace.url(chosen[index].solutionPath)).status }
        }
        var entries: [ExerciseMutations] = []
        var jobs: [(entry: Int, exercise: Exercise, solutionPath: String, mutant: Mutant, source: String)] = []
        for (target, status) in zip(chosen, solutions) {
            let exercise = target.exercise
            var entry = ExerciseMutations(id: exercise.id, solution: target.solutionPath, generated: 0, cap: cap,
                                          capped: false, tested: 0, killed: 0, survived: 0, notCompiled: 0,
                                          killRatio: nil, survivors: [], problems: [])
            guard let source = try? String(contentsOf: workspace.url(target.solutionPath), encoding: .utf8) else {
                entry.problems.append("\(target.solutionPath): missing or unreadable (the exercise's solution)")
                entries.append(entry)
                continue
            }
            switch status {
            case .status(.passed): break
            case .status(let other):
                entry.problems.append("\(target.solutionPath): the solution must pass its suite, got \(other.rawValue)")
            case .failed(let error):
                entry.problems.append("\(target.solutionPath): cannot check the solution: \(error)")
            }
            let all = MutantGenerator(solution: source, stub: target.stub()).mutants
            let tested = MutantGenerator.sample(all, cap: cap)
            entry.generated = all.count
            entry.capped = all.count > cap
            if entry.problems.isEmpty {
                entry.tested = tested.count
                jobs += tested.map { (entries.count, exercise, target.solutionPath, $0, source) }
            }
            entries.append(entry)
        }

        // Phase 2: every mutant, `parallelism` at a time.
        let folder = workspace.stateDirectory.appendingPathComponent(MutationSettings.folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let offset = chosen.count, queued = jobs
        let outcomes = perform(jobs.count, onCheck: { done, total in onCheck(offset + done, offset + total) }) { index in
            let job = queued[index]
            let file = folder.appendingPathComponent("\(job.exercise.id.replacingOccurrences(of: "/", with: "-"))-\(index)")
                .appendingPathComponent((job.solutionPath as NSString).lastPathComponent)
            return Attempt {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(Data(job.mutant.apply(to: job.source).utf8), to: file)
                defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
                return try checker.check(job.exercise, learnerFile: file).status
            }
        }
        for (job, outcome) in zip(jobs, outcomes) {
            switch outcome {
            case .status(.passed):
                entries[job.entry].survived += 1
                entries[job.entry].survivors.append(SurvivingMutant(file: job.solutionPath, mutant: job.mutant))
            case .status(.compileError):
                entries[job.entry].notCompiled += 1
            case .status:
                entries[job.entry].killed += 1
            case .failed(let error):
                entries[job.entry].problems.append("cannot check a mutant of \(job.solutionPath) "
                    + "(line \(job.mutant.line)): \(error)")
            }
        }
        for index in entries.indices {
            let judged = entries[index].killed + entries[index].survived
            entries[index].killRatio = judged == 0 ? nil : Double(entries[index].killed) / Double(judged)
            if judged == 0, entries[index].problems.isEmpty {
                entries[index].problems.append("\(entries[index].solution): no mutant compiled, so the suite cannot be judged")
            }
        }
        return MutationReport(goal: MutationSettings.goal, exercises: entries)
    }

    /// What one suite is tested with: the exercise the checker sees, its solution, and its shipped
    /// stub (lines the stub has are given code, not mutated).
    private struct Target: Sendable {
        let exercise: Exercise
        let solutionPath: String
        let stub: @Sendable () -> String?
    }

    /// The catalog's exercises named by `ids`, then the projects' code steps named by them (all of
    /// both when `ids` is empty).
    private func targets(_ ids: [String]) throws -> [Target] {
        let catalog = try CatalogLoader.load(from: workspace)
        let steps = try ProjectManifest.load(from: workspace).projects.flatMap(\.steps).filter { $0.kind == .code }
        let stepIDs = Set(steps.map(\.exercise.id)), projectIDs = Set(steps.map(\.projectID))
        let forSteps = ids.filter { stepIDs.contains($0) || projectIDs.contains($0) }
        let wanted = Set(try ids.filter { !forSteps.contains($0) }.map { try catalog.exercise(id: $0).id })
        let archive = StubArchive(workspace: workspace, digests: try? CourseDigests.load(from: workspace))
        let workspace = workspace
        let exercises = catalog.exercises.filter { ids.isEmpty || wanted.contains($0.id) }.map { exercise in
            Target(exercise: exercise, solutionPath: exercise.solutionPath,
                   stub: { (try? archive.originalStub(of: exercise)).map { String(decoding: $0.contents, as: UTF8.self) } })
        }
        let projectSteps = steps.filter { ids.isEmpty || forSteps.contains($0.exercise.id) || forSteps.contains($0.projectID) }.map { step in
            Target(exercise: step.exercise, solutionPath: step.solutionPath,
                   stub: { try? String(contentsOf: workspace.url(step.stubPath), encoding: .utf8) })
        }
        return exercises + projectSteps
    }

    /// Runs `work` for `0..<count`, `parallelism` at a time; results in index order.
    private func perform<T: Sendable>(_ count: Int, onCheck: @Sendable (Int, Int) -> Void,
                                      _ work: @Sendable (Int) -> T) -> [T] {
        let results = ConcurrentSlots<T>(count: count)
        let slots = DispatchSemaphore(value: parallelism)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.wait()
            defer { slots.signal() }
            onCheck(results.set(index, work(index)), count)
        }
        return results.values.compactMap { $0 }
    }
}

/// How a check ended, or why it could not run.
private enum Attempt: Sendable {
    case status(CheckStatus)
    case failed(String)

    init(_ check: () throws -> CheckStatus) {
        do { self = .status(try check()) } catch { self = .failed(String(describing: error)) }
    }
}
