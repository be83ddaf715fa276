import Foundation

extension GradeRequest {
    /// Grades every selected submission, writing `submissions/<learner>.json` as each finishes,
    /// then rebuilds the outputs from every grade in the folder. A learner whose stored grade has
    /// the same input key is not checked again (a restart after a kill continues where it was).
    public func run(checker: any SubmissionChecker, progress: @escaping @Sendable (GradeProgress) -> Void = { _ in },
                    skipped: ([String]) -> Void = { _ in }) throws -> GradeSummary {
        guard checker.isIsolated || allowsSharedProcess else { throw RequestFailure(.internal, GradeCheckers.isolationRequired) }
        let found = try SubmissionSource.discover(in: submissions, excluding: out)
        skipped(found.skipped)
        let sources = try select(found.sources)
        let folder = GradeFolder(root: out)
        try folder.prepare()
        let suites = try loadSuites()
        try folder.writeRun(GradeRun(lab: lab, checker: checker.identity))
        let cache = CheckCache(folder: folder.cacheDirectory)
        let started = Date()
        let next = Counter(), finished = Counter()
        let failures = ConcurrentSlots<any Error>(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, sources.count))) { _ in
            while case let index = next.increment() - 1, index < sources.count {
                do {
                    let (grade, reused) = try gradeOne(sources[index], suites: suites, checker: checker, cache: cache, folder: folder)
                    progress(GradeProgress(done: finished.increment(), total: sources.count, learner: grade.learner,
                                           reused: reused, elapsedSeconds: Date().timeIntervalSince(started)))
                } catch {
                    failures.set(index, error)
                }
            }
        }
        if let failure = failures.values.compactMap({ $0 }).first { throw failure }
        let grades = try folder.loadGrades()
        try GradeOutputs(lab: lab, grades: grades).write(to: folder)
        return GradeSummary(grades: grades, checked: cache.checkedCount)
    }

    /// The submissions `--only` and `--shard` keep.
    private func select(_ all: [SubmissionSource]) throws -> [SubmissionSource] {
        var sources = all
        if let only {
            sources = sources.filter { $0.learner == only }
            guard !sources.isEmpty else {
                throw RequestFailure(.usage, "--only: no submission of learner '\(only)' in \(submissions.path)")
            }
        }
        if let shard { sources = sources.filter { Self.shard(of: $0.learner, count: shard.count) == shard.index } }
        return sources
    }

    /// The suites' sources and test names, by exercise id, read once per batch.
    private func loadSuites() throws -> [String: (data: Data, url: URL, tests: [String])] {
        var suites: [String: (data: Data, url: URL, tests: [String])] = [:]
        for (exercise, _) in gradedExercises {
            let url = suitesRoot.appendingPathComponent(exercise.suite)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RequestFailure(.badInput, "the suite of '\(exercise.id)' is not at \(url.path); check --suites")
            }
            let scan = try SuiteScan(source: String(decoding: data, as: UTF8.self), path: url.path)
            suites[exercise.id] = (data, url, scan.testNames)
        }
        return suites
    }

    private func gradeOne(_ source: SubmissionSource, suites: [String: (data: Data, url: URL, tests: [String])],
                          checker: any SubmissionChecker, cache: CheckCache, folder: GradeFolder) throws -> (LearnerGrade, Bool) {
        let exercises = gradedExercises
        let files = source.files(for: exercises.map(\.exercise))
        let submitted = source.submittedAt(exercises.map(\.exercise))
        let submittedText = submitted.map { ISO8601DateFormatter().string(from: $0) }
        let labData = (try? JSONEncoder.sorted.encode(lab)) ?? Data()
        var keyParts = [Data(checker.identity.utf8), labData, Data((submittedText ?? "").utf8)]
        for (exercise, _) in exercises {
            keyParts += [Data(exercise.id.utf8), suites[exercise.id]?.data ?? Data(), Self.keyData(files[exercise.id])]
        }
        let inputKey = ContentKey.of(keyParts)
        if let stored = folder.loadGrade(source.learner), stored.inputKey == inputKey, stored.source == source.url.lastPathComponent {
            return (stored, true)
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("learn-grade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var graded: [ExerciseGrade] = []
        for (exercise, rule) in exercises {
            guard let suite = suites[exercise.id] else { continue }
            switch files[exercise.id] ?? .missing("\(exercise.path) is missing") {
            case .missing(let message):
                graded.append(GradeScoring.ungraded(.missing, message: message, rule: rule, testNames: suite.tests))
            case .rejected(let message):
                graded.append(GradeScoring.ungraded(.rejected, message: message, rule: rule, testNames: suite.tests))
            case .text(let data):
                let result = try cache.result(key: ContentKey.of([Data(checker.identity.utf8), Data(exercise.id.utf8), suite.data, data])) {
                    let file = work.appendingPathComponent((exercise.path as NSString).lastPathComponent)
                    try data.write(to: file)
                    return try checker.check(exercise, learnerFile: file, suiteFile: suite.url)
                }
                graded.append(GradeScoring.grade(result, rule: rule, testNames: suite.tests))
            }
        }
        let late = lab.lateFactor(submitted: submitted)
        let raw = graded.map(\.points).reduce(0, +)
        let grade = LearnerGrade(learner: source.learner, source: source.url.lastPathComponent, inputKey: inputKey,
                                 submittedAt: submittedText, daysLate: late.days,
                                 latePenaltyPercent: GradePoints.rounded((1 - late.factor) * 100), exercises: graded,
                                 points: GradePoints.rounded(raw * late.factor),
                                 maxPoints: GradePoints.rounded(graded.map(\.maxPoints).reduce(0, +)),
                                 durationSeconds: graded.map(\.durationSeconds).reduce(0, +))
        try folder.writeLearner(grade, lab: lab)
        return (grade, false)
    }

    private static func keyData(_ content: SubmissionSource.FileContent?) -> Data {
        switch content {
        case .text(let data)?: return Data("text:".utf8) + data
        case .missing(let message)?: return Data("missing:\(message)".utf8)
        case .rejected(let message)?: return Data("rejected:\(message)".utf8)
        case nil: return Data("none".utf8)
        }
    }
}

/// A thread-safe counter: `increment` returns the new value.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() -> Int { lock.withLock { value += 1; return value } }
}

extension JSONEncoder {
    /// Pretty, sorted keys, unescaped slashes: stable bytes for stable inputs.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
