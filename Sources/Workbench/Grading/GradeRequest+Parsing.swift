import Foundation

extension GradeRequest {
    /// The request from `learn grade`'s option values (paths relative to `currentDirectory`).
    /// Every problem is a usage error naming the option.
    public static func parse(workspace: Workspace, submissions: String, out: String, suites: String?, lab: String?,
                             jobs: String?, only: String?, shard: String?, currentDirectory: URL) throws -> GradeRequest {
        let catalog = try CatalogLoader.load(from: workspace)
        let jobCount = try jobs.map { text -> Int in
            guard let n = Int(text), (1 ... 64).contains(n) else {
                throw RequestFailure(.usage, "--jobs: '\(text)' is not a whole number from 1 to 64")
            }
            return n
        } ?? 1
        if let only, !Submission.isValidLearnerName(only) {
            throw RequestFailure(.usage, "--only: '\(only)' is not a learner name (the folder or archive name without .tar)")
        }
        if only != nil, shard != nil { throw RequestFailure(.usage, "--only and --shard exclude each other; give one") }
        let suitesRoot = suites.map { URL.resolving($0, from: currentDirectory) }
        if let suitesRoot, !FileManager.default.fileExists(atPath: suitesRoot.path) {
            throw RequestFailure(.usage, "--suites: \(suitesRoot.path) does not exist; name the folder that holds Tests/ExerciseSuites")
        }
        let labFile = try lab.map { try GradeLab.load(URL.resolving($0, from: currentDirectory), catalog: catalog) }
        return GradeRequest(workspace: workspace, catalog: catalog, submissions: URL.resolving(submissions, from: currentDirectory),
                            suitesRoot: suitesRoot, lab: labFile, out: URL.resolving(out, from: currentDirectory),
                            jobs: jobCount, only: only, shard: try shard.map(parseShard))
    }

    /// `--timeout S`: seconds per check for the isolated checker, 1 to 600.
    public static func parseTimeout(_ text: String?) throws -> Double {
        guard let text else { return RunLimits().wallTimeSeconds }
        guard let seconds = Double(text), seconds.isFinite, (1 ... 600).contains(seconds) else {
            throw RequestFailure(.usage, "--timeout: '\(text)' is not a number of seconds from 1 to 600")
        }
        return seconds
    }
}
