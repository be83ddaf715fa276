import Foundation

/// The rules of docs/authoring.md that verify checks on an exercise's files without running them.
enum ExerciseRules {
    static func problems(of exercise: Exercise, in catalog: Catalog, workspace: Workspace) -> [String] {
        var problems: [String] = []
        let fileManager = FileManager.default

        if let stub = fileManager.contents(atPath: workspace.url(exercise.path).path) {
            if !String(decoding: stub, as: UTF8.self).contains("// TODO") {
                problems.append("\(exercise.path): no `// TODO` line telling the learner what to do")
            }
        } else {
            problems.append("\(exercise.path): missing (the exercise's stub)")
        }
        if !fileManager.fileExists(atPath: workspace.url(exercise.solutionPath).path) {
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
}
