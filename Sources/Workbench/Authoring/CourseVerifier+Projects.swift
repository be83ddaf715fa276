import Foundation

extension CourseVerifier {
    /// The practice projects' part of `learn verify` (docs/projects.md, "What verify checks"): a
    /// valid manifest; for every step its stub, reference solution and suite present, the stub
    /// with a `// TODO`, the suite module-qualified and recorded in the digests; every code step's
    /// reference solution passes its suite and its stub fails it; each project's brief and driver
    /// exist. Returns the course-wide problems and one entry per step (id `<project>/<step>`).
    func verifyProjects(digests: CourseDigests?, onCheck: @Sendable (Int, Int) -> Void) -> (problems: [String], steps: [ExerciseVerification]) {
        let manifest: ProjectManifest
        do {
            manifest = try ProjectManifest.load(from: workspace)
        } catch {
            return (error.description.split(separator: "\n").map(String.init), [])
        }
        let fm = FileManager.default
        var problems: [String] = []
        for project in manifest.projects {
            for path in [project.brief, project.driver] where !fm.fileExists(atPath: workspace.url(path).path) {
                problems.append("\(path): missing (project '\(project.id)')")
            }
        }
        if !manifest.projects.isEmpty, !fm.fileExists(atPath: workspace.url(ProjectRunner.supportFile).path) {
            problems.append("\(ProjectRunner.supportFile): missing (every project's driver is compiled with it)")
        }
        let steps = manifest.projects.flatMap(\.steps)
        var entries = steps.map { step in
            ExerciseVerification(id: step.exercise.id, solution: nil, stub: nil, problems: Self.fileProblems(of: step, workspace: workspace, digests: digests))
        }
        // Written steps are checked in-process: the template (the stub) must be incomplete, the model answer complete.
        for project in manifest.projects {
            for step in project.steps where step.kind == .written {
                guard let position = steps.firstIndex(of: step) else { continue }
                do {
                    let check = try ProjectRequest.writtenCheck(step, project: project, workspace: workspace)
                    for (path, role) in [(step.stubPath, "stub"), (step.solutionPath, "model answer")] {
                        guard let data = fm.contents(atPath: workspace.url(path).path) else { continue }
                        let result = check.check(String(decoding: data, as: UTF8.self))
                        let status: CheckStatus = result.complete ? .passed : .failed
                        if role == "stub" {
                            entries[position].stub = status
                            if result.complete { entries[position].problems.append("\(path): the template already passes its own check; leave every section a placeholder") }
                        } else {
                            entries[position].solution = status
                            for section in result.sections where !section.complete {
                                entries[position].problems.append("\(path): the model answer's section '\(section.heading)' is "
                                    + (section.present ? "\(section.ownWords) words of its own, fewer than \(section.minimumWords)" : "missing"))
                            }
                        }
                    }
                } catch {
                    entries[position].problems.append("\(error)")
                }
            }
        }
        let code = steps.indices.filter { steps[$0].kind == .code }
        let jobs = code.flatMap { [($0, CheckOutcome.Role.solution), ($0, .stub)] }
        let results = ConcurrentSlots<CheckOutcome>(count: jobs.count)
        let slots = DispatchSemaphore(value: parallelism)
        let course = workspace, checking = checker
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            slots.wait()
            defer { slots.signal() }
            let (position, role) = jobs[index]
            let step = steps[position]
            let path = role == .solution ? step.solutionPath : step.stubPath
            let file = course.url(path)
            let outcome = fm.fileExists(atPath: file.path)
                ? CheckOutcome(role: role, exercise: step.exercise, file: file, path: path, checker: checking) : .notRun
            onCheck(results.set(index, outcome), jobs.count)
        }
        for (index, job) in jobs.enumerated() {
            guard let outcome = results.values[index] else { continue }
            if job.1 == .solution { entries[job.0].solution = outcome.status } else { entries[job.0].stub = outcome.status }
            if let problem = outcome.problem { entries[job.0].problems.append(problem) }
        }
        return (problems, entries)
    }

    /// The rules checked without running anything.
    private static func fileProblems(of step: ProjectStep, workspace: Workspace, digests: CourseDigests?) -> [String] {
        let fm = FileManager.default
        var problems: [String] = []
        if let stub = fm.contents(atPath: workspace.url(step.stubPath).path) {
            if step.kind == .code, !String(decoding: stub, as: UTF8.self).contains(ExerciseRules.todoMarker) {
                problems.append("\(step.stubPath): no `// TODO` line telling the learner what to do")
            }
        } else {
            problems.append("\(step.stubPath): missing (the stub `learn project start` copies to \(step.path))")
        }
        if !fm.fileExists(atPath: workspace.url(step.solutionPath).path) {
            problems.append("\(step.solutionPath): missing (the reference solution of step '\(step.id)')")
        }
        if step.kind == .code {
            if let suite = fm.contents(atPath: workspace.url(step.suite).path) {
                problems += AssertionLint.findings(in: String(decoding: suite, as: UTF8.self), file: step.suite).map(\.description)
            } else {
                problems.append("\(step.suite): missing (the step's hidden suite)")
            }
        }
        guard let digests else { return problems }
        for path in step.shippedFiles {
            guard let data = fm.contents(atPath: workspace.url(path).path) else { continue }
            switch digests.matches(data, at: path) {
            case nil: problems.append("\(path): no digest in \(CourseDigests.path); run `\(CourseDigests.updateCommand)`")
            case false?: problems.append("\(path): differs from its digest in \(CourseDigests.path) (restore it with `git checkout -- \(path)`, "
                                         + "or after changing it on purpose run `\(CourseDigests.updateCommand)`)")
            case true?: break
            }
        }
        return problems
    }
}
