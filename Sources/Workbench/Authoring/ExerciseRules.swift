import Foundation

/// The rules of docs/authoring.md that verify checks on an exercise's files without running them.
enum ExerciseRules {
    /// What every stub carries to tell the learner what to do.
    static let todoMarker = "// TODO"

    /// `stub`: the shipped stub as the archive found it, or why it could not.
    static func problems(of exercise: Exercise, in catalog: Catalog, workspace: Workspace,
                         stub: Result<Data, Error>, digests: CourseDigests?) -> [String] {
        var problems: [String] = []
        let fileManager = FileManager.default

        switch stub {
        case .success(let contents):
            problems += todoProblems(contents, path: exercise.path)
        case .failure(let error as NoOriginalStub) where error.digest == nil:
            // No digests, no pristine copy, no git: the working file is all there is.
            if let contents = fileManager.contents(atPath: workspace.url(exercise.path).path) {
                problems += todoProblems(contents, path: exercise.path)
            } else {
                problems.append("\(exercise.path): missing (the exercise's stub)")
            }
        case .failure(let error):
            problems.append("\(exercise.path): the shipped stub cannot be found (\(error))")
        }
        if let digests {
            problems += digestProblems(of: exercise, digests: digests, workspace: workspace)
        }
        if let solution = fileManager.contents(atPath: workspace.url(exercise.solutionPath).path) {
            problems += hintProblems(of: exercise, solution: String(decoding: solution, as: UTF8.self))
        } else {
            problems.append("\(exercise.solutionPath): missing (solutions mirror exercises/ path for path)")
        }
        if let suite = fileManager.contents(atPath: workspace.url(exercise.suite).path) {
            problems += AssertionLint.findings(in: String(decoding: suite, as: UTF8.self), file: exercise.suite).map(\.description)
        } else {
            problems.append("\(exercise.suite): missing (the exercise's hidden suite)")
        }
        if let lesson = catalog.module(of: exercise)?.lesson {
            problems += LessonSections.problems(lesson: lesson, section: exercise.lessonSection, workspace: workspace)
        }
        return problems
    }

    /// Solution lines this long or longer may not appear whole in a hint: shorter ones are
    /// idioms (`return nil`), longer ones are the answer.
    static let quotableLineLength = 20

    /// Hints are a ladder (concept, approach, a near-code nudge), never the answer: a hint that
    /// quotes a whole line of the solution is reported.
    private static func hintProblems(of exercise: Exercise, solution: String) -> [String] {
        let lines = solution.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.count >= quotableLineLength && !$0.hasPrefix("//") }
        return exercise.hints.enumerated().compactMap { index, hint in
            guard let quoted = lines.first(where: { hint.contains($0) }) else { return nil }
            return "lessons/catalog.json: hint \(index + 1) quotes the solution line `\(quoted)`; "
                + "hints lead the learner there (concept, approach, nudge) without giving the answer"
        }
    }

    private static func todoProblems(_ stub: Data, path: String) -> [String] {
        String(decoding: stub, as: UTF8.self).contains(todoMarker) ? []
            : ["\(path): no `// TODO` line telling the learner what to do"]
    }

    /// A suite that differs from its recorded digest, and files with no digest at all.
    private static func digestProblems(of exercise: Exercise, digests: CourseDigests, workspace: Workspace) -> [String] {
        var problems: [String] = []
        for path in [exercise.path, exercise.suite] where digests.digest(of: path) == nil {
            problems.append("\(path): no digest in \(CourseDigests.path); run `\(CourseDigests.updateCommand)`")
        }
        if let suite = FileManager.default.contents(atPath: workspace.url(exercise.suite).path),
           digests.matches(suite, at: exercise.suite) == false {
            problems.append("\(exercise.suite): differs from its digest in \(CourseDigests.path) "
                + "(restore it with `git checkout -- \(exercise.suite)`, or after changing it on purpose "
                + "run `\(CourseDigests.updateCommand)`)")
        }
        return problems
    }
}
