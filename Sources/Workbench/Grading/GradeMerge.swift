import Foundation

/// `learn grade merge DIR... --out DIR`: the grades of several shard folders in one folder, with
/// the class-wide outputs rebuilt. Grades are ordered by learner name, so the result is byte for
/// byte what one run over the whole class writes.
public enum GradeMerge {
    /// Merges `folders` into `out`; returns the summary. Every folder must hold grades made with
    /// the same lab and checker, and a learner graded in two folders must have the same grade.
    /// Paths are relative to `currentDirectory`.
    public static func run(_ paths: [String], out outPath: String, currentDirectory: URL) throws -> GradeSummary {
        let folders = paths.map { URL.resolving($0, from: currentDirectory) }
        let out = URL.resolving(outPath, from: currentDirectory)
        guard !folders.isEmpty else { throw RequestFailure(.usage, "name at least one folder to merge") }
        var run: GradeRun?
        var merged: [String: (grade: LearnerGrade, from: URL)] = [:]
        for folder in folders.map(GradeFolder.init) {
            let this = try folder.readRun()
            if let run, run != this {
                throw RequestFailure(.badInput, "\(folder.root.path) was graded with another lab or checker than \(folders[0].path); grade every shard with the same --lab")
            }
            run = this
            for grade in try folder.loadGrades() {
                if let seen = merged[grade.learner], seen.grade != grade {
                    throw RequestFailure(.badInput, "learner '\(grade.learner)' has different grades in \(seen.from.path) and \(folder.root.path); regrade them with --only")
                }
                merged[grade.learner] = (grade, folder.root)
            }
        }
        guard let run else { throw RequestFailure(.usage, "name at least one folder to merge") }
        let target = GradeFolder(root: out)
        try target.prepare()
        try target.writeRun(run)
        for (_, entry) in merged.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            try target.writeLearner(entry.grade, lab: run.lab)
        }
        let grades = try target.loadGrades()
        try GradeOutputs(lab: run.lab, grades: grades).write(to: target)
        return GradeSummary(grades: grades, checked: 0)
    }
}
