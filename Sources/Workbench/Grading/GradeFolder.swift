import Foundation

/// The output folder of `learn grade --out DIR`, every file in it written atomically:
///
/// ```
/// run.json                      the lab and checker the grades were made with (merge checks them)
/// submissions/<learner>.json    one learner's grade, written as soon as it is done (the source
///                               of truth: every file below is rebuilt from these)
/// gradebook.csv, grades.json, junit.xml
/// results/<learner>/results.json   Gradescope-style, learner-facing
/// feedback/<learner>.md, .html     learner-facing
/// .cache/checks/<key>.json      check results by content hash
/// ```
public struct GradeFolder: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    var submissionsDirectory: URL { root.appendingPathComponent("submissions") }
    var cacheDirectory: URL { root.appendingPathComponent(".cache/checks") }
    var runFile: URL { root.appendingPathComponent("run.json") }

    func prepare() throws {
        for folder in [submissionsDirectory, cacheDirectory, root.appendingPathComponent("feedback"), root.appendingPathComponent("results")] {
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw RequestFailure(.usage, "--out: cannot create \(folder.path) (\(error.localizedDescription)); name a writable folder")
            }
        }
    }

    func write(_ data: Data, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(data, to: url)
    }

    /// `run.json`; a folder already holding grades of another lab or checker is refused, so one
    /// folder never mixes grades made under different rules.
    func writeRun(_ run: GradeRun) throws {
        if let data = FileManager.default.contents(atPath: runFile.path), let stored = try? JSONDecoder().decode(GradeRun.self, from: data),
           stored != run, !(try loadGrades()).isEmpty {
            throw RequestFailure(.usage, "--out: \(root.path) holds grades made with another lab or checker; grade into a new folder")
        }
        try write(try JSONEncoder.sorted.encode(run), to: "run.json")
    }

    func readRun() throws -> GradeRun {
        guard let data = FileManager.default.contents(atPath: runFile.path) else {
            throw RequestFailure(.badInput, "\(root.path) has no run.json: it is not the --out folder of learn grade")
        }
        do { return try JSONDecoder().decode(GradeRun.self, from: data) } catch {
            throw RequestFailure(.badInput, "\(runFile.path): \(JSONProblem(error))")
        }
    }

    /// A learner's grade, then their learner-facing files.
    func writeLearner(_ grade: LearnerGrade, lab: GradeLab) throws {
        try GradeFeedback(lab: lab).write(grade, to: self)
        try write(try JSONEncoder.sorted.encode(grade), to: "submissions/\(grade.learner).json")
    }

    func loadGrade(_ learner: String) -> LearnerGrade? {
        let url = submissionsDirectory.appendingPathComponent("\(learner).json")
        return FileManager.default.contents(atPath: url.path).flatMap { try? JSONDecoder().decode(LearnerGrade.self, from: $0) }
    }

    /// Every stored grade, by learner name (byte order).
    func loadGrades() throws -> [LearnerGrade] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: submissionsDirectory.path)) ?? []
        return try names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { name in
            let url = submissionsDirectory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RequestFailure(.badInput, "\(url.path) cannot be read")
            }
            do { return try JSONDecoder().decode(LearnerGrade.self, from: data) } catch {
                throw RequestFailure(.badInput, "\(url.path): \(JSONProblem(error)); delete it and grade that learner again with --only")
            }
        }.sorted { $0.learner.utf8.lexicographicallyPrecedes($1.learner.utf8) }
    }
}

/// `run.json`: the rules the folder's grades were made under.
public struct GradeRun: Codable, Sendable, Equatable {
    public var formatVersion = 1
    public var lab: GradeLab
    public var checker: String

    init(lab: GradeLab, checker: String) {
        self.lab = lab
        self.checker = checker
    }

    enum CodingKeys: String, CodingKey { case formatVersion = "format_version", lab, checker }
}
