import Foundation

/// `learn verify`: checks a course the way rustlings' dev check does, reusing the learner's own
/// check engine. Every solution must pass its suite and every untouched stub must fail it with
/// failed tests (not a compile error); and, without running anything, the rules of
/// docs/authoring.md: a valid catalog (unique ids, at least two hints), a `// TODO` in every stub,
/// solutions mirroring exercises, lesson sections that exist, module-qualified XCTest calls in
/// suites, and no stray files in exercises/ or solutions/.
public struct CourseVerifier: Sendable {
    /// The course folder verified.
    public let workspace: Workspace
    /// What runs the checks (the real engine, or a script in tests).
    public let checker: any ExerciseChecker
    /// How many checks run at once.
    public let parallelism: Int

    /// A verifier of `workspace` running `parallelism` checks at a time (at least one).
    public init(workspace: Workspace, checker: any ExerciseChecker, parallelism: Int = 2) {
        self.workspace = workspace
        self.checker = checker
        self.parallelism = max(1, parallelism)
    }

    /// Verifies the course. `onCheck` is called (from any thread) after each check, with the
    /// number done and the number to do.
    public func verify(onCheck: @Sendable (Int, Int) -> Void = { _, _ in }) -> VerifyReport {
        let catalog: Catalog
        do {
            catalog = try CatalogLoader.load(from: workspace)
        } catch {
            return VerifyReport(problems: error.description.split(separator: "\n").map(String.init), exercises: [])
        }
        var exercises = catalog.exercises.map { exercise in
            ExerciseVerification(id: exercise.id, solution: nil, stub: nil,
                                 problems: ExerciseRules.problems(of: exercise, in: catalog, workspace: workspace))
        }
        let outcomes = runChecks(catalog.exercises, onCheck: onCheck)
        for index in exercises.indices {
            let solution = outcomes[2 * index], stub = outcomes[2 * index + 1]
            exercises[index].solution = solution.status
            exercises[index].stub = stub.status
            exercises[index].problems += [solution.problem, stub.problem].compactMap { $0 }
        }
        let strays = StrayFiles.find(in: workspace, catalog: catalog).map {
            "\($0): stray file (no exercise of lessons/catalog.json has this path or its solution)"
        }
        return VerifyReport(problems: strays, exercises: exercises)
    }

    /// Each exercise's solution then its stub, checked `parallelism` at a time; results in that order.
    private func runChecks(_ exercises: [Exercise], onCheck: @Sendable (Int, Int) -> Void) -> [CheckOutcome] {
        let jobs = exercises.flatMap { [($0, CheckOutcome.Role.solution), ($0, .stub)] }
        let results = ConcurrentSlots<CheckOutcome>(count: jobs.count)
        let slots = DispatchSemaphore(value: parallelism)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            slots.wait()
            defer { slots.signal() }
            let (exercise, role) = jobs[index]
            let done = results.set(index, CheckOutcome(role: role, exercise: exercise, workspace: workspace, checker: checker))
            onCheck(done, jobs.count)
        }
        return results.values.compactMap { $0 }
    }
}
