import Foundation

/// `learn grade SUBMISSIONS --out DIR`: what to grade, and how.
public struct GradeRequest: Sendable {
    public var workspace: Workspace
    public var catalog: Catalog
    /// The folder of learner folders and archives.
    public var submissions: URL
    /// Where the suites are (workspace-relative suite paths are looked up below it); the course's
    /// own folder by default.
    public var suitesRoot: URL
    public var lab: GradeLab
    public var out: URL
    /// Submissions graded at once.
    public var jobs: Int
    /// Grade only this learner (`--only`); the others' files are left as they are.
    public var only: String?
    /// `(index, count)`, 1-based: grade only the learners whose name hashes to this shard.
    public var shard: (index: Int, count: Int)?
    /// Tests only: lets a checker that is not isolated grade.
    public var allowsSharedProcess = false

    public init(workspace: Workspace, catalog: Catalog, submissions: URL, suitesRoot: URL? = nil, lab: GradeLab? = nil,
                out: URL, jobs: Int = 1, only: String? = nil, shard: (index: Int, count: Int)? = nil) {
        self.workspace = workspace
        self.catalog = catalog
        self.submissions = submissions
        self.suitesRoot = suitesRoot ?? workspace.root
        self.lab = lab ?? GradeLab.whole(catalog)
        self.out = out
        self.jobs = max(1, jobs)
        self.only = only
        self.shard = shard
    }

    /// Reads `--shard I/N`: 1 <= I <= N.
    public static func parseShard(_ text: String) throws -> (index: Int, count: Int) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1 ... count).contains(index) else {
            throw RequestFailure(.usage, "--shard: '\(text)' is not I/N with 1 <= I <= N, e.g. --shard 2/4")
        }
        return (index, count)
    }

    /// The shard (1-based) of `learner` among `count`: FNV-1a of the name, so it never depends on
    /// which other learners exist, and a late learner does not move anyone.
    public static func shard(of learner: String, count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in learner.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(hash % UInt64(count)) + 1
    }

    /// The lab's exercises, resolved against the catalog.
    var gradedExercises: [(exercise: Exercise, rule: GradeLab.LabExercise)] {
        lab.exercises.compactMap { rule in (try? catalog.exercise(id: rule.id)).map { ($0, rule) } }
    }
}

/// How far a batch is, for the progress display.
public struct GradeProgress: Sendable {
    public var done: Int
    public var total: Int
    /// The learner just finished, and whether the stored grade was reused.
    public var learner: String
    public var reused: Bool
    public var elapsedSeconds: Double

    /// The time left, from the mean time per graded submission so far; nil before the first.
    public var secondsLeft: Double? {
        guard done > 0, total >= done else { return nil }
        return elapsedSeconds / Double(done) * Double(total - done)
    }
}
