import Foundation

/// `learn similarity SUBMISSIONS [--exercise ID] [--threshold T]`: every pair of learners'
/// files for each exercise, compared by winnowed fingerprints with the shipped stub's code
/// removed (see `Winnowing`, `SimilarityDocument`, `SimilarityPair`).
///
/// SUBMISSIONS is a folder whose entries are learner folders (each laid out like the course:
/// the exercise files at their catalog paths) or `learn submit` archives (`*.tar`). The learner
/// is the entry's name (without `.tar`). Entries that cannot be read are listed in
/// `SimilarityReport.skipped` with the reason; they never stop the run.
public struct SimilarityRequest: Sendable {
    /// The folder of submissions, as the user named it.
    public var submissions: String
    /// Only this exercise (an id of the catalog); `nil` for all.
    public var exercise: String?
    /// `--threshold` as typed; `nil` for `SimilarityConstants.defaultThreshold`.
    public var threshold: String?

    public init(submissions: String, exercise: String?, threshold: String?) {
        self.submissions = submissions
        self.exercise = exercise
        self.threshold = threshold
    }

    /// Largest exercise file compared; a bigger one is skipped (no Swift exercise is near it).
    static let largestFile = 1 << 20

    /// Compares every pair of learners for each exercise of `course` (or `exercise` only).
    public func run(course: Course, currentDirectory: URL) throws -> SimilarityReport {
        let cut = try parsedThreshold()
        let exercises = try selectedExercises(course.catalog)
        let folder = URL.resolving(submissions, from: currentDirectory)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw RequestFailure(.badInput, "\(submissions): not a folder; name the folder that holds the learner folders or learn submit archives")
        }
        var skipped: [String] = []
        let learners = try loadLearners(folder, exercises: exercises, skipped: &skipped)
        var report = SimilarityReport(threshold: cut, skipped: skipped)
        for exercise in exercises {
            let stubHashes: Set<UInt64>
            if let stub = try? course.stubs.originalStub(of: exercise).contents, let text = String(data: stub, encoding: .utf8) {
                stubHashes = SimilarityDocument.allHashes(of: text)
            } else {
                stubHashes = []
                report.skipped.append("\(exercise.id): the shipped stub was not found (see learn reset), so its code is not excluded")
            }
            let documents = learners.compactMap { learner -> SimilarityDocument? in
                guard let source = learner.files[exercise.path] else { return nil }
                return SimilarityDocument(learner: learner.name, source: source, stubHashes: stubHashes)
            }
            var pairs = 0
            for i in documents.indices {
                for j in documents.indices where j > i {
                    pairs += 1
                    let pair = SimilarityPair(exercise: exercise.id, documents[i], documents[j])
                    guard pair.score >= cut, pair.score > 0 else { continue }
                    report.pairs.append(pair)
                    report.sources[exercise.id, default: [:]][documents[i].learner] = documents[i].lines
                    report.sources[exercise.id, default: [:]][documents[j].learner] = documents[j].lines
                }
            }
            report.exercises.append(.init(id: exercise.id, learners: documents.count, pairs: pairs))
        }
        report.pairs.sort {
            ($0.score, $1.exercise, $1.learnerA, $1.learnerB) > ($1.score, $0.exercise, $0.learnerA, $0.learnerB)
        }
        for index in report.pairs.indices { report.pairs[index].rank = index + 1 }
        return report
    }

    private func parsedThreshold() throws -> Double {
        guard let threshold else { return SimilarityConstants.defaultThreshold }
        guard let value = Double(threshold), value >= 0, value <= 1 else {
            throw RequestFailure.usage("--threshold", "'\(threshold)' is not a number in [0, 1], such as 0.5")
        }
        return value
    }

    private func selectedExercises(_ catalog: Catalog) throws -> [Exercise] {
        guard let exercise else { return catalog.exercises }
        do {
            return [try catalog.exercise(id: exercise)]
        } catch {
            throw RequestFailure.usage("--exercise", "\(error)")
        }
    }

    /// One learner's exercise files (catalog path → text).
    struct Learner {
        var name: String
        var files: [String: String]
    }

    /// The learners in `folder`, sorted by name, read as `learn grade` reads them
    /// (`SubmissionSource`: links, oversized and non-UTF-8 files refused, archives checked before
    /// they are read); what cannot be compared goes to `skipped`.
    func loadLearners(_ folder: URL, exercises: [Exercise], skipped: inout [String]) throws -> [Learner] {
        let found = try SubmissionSource.discover(in: folder)
        skipped += found.skipped
        var learners: [Learner] = []
        for source in found.sources {
            let contents = source.files(for: exercises)
            var files: [String: String] = [:], problems: [String] = []
            for exercise in exercises {
                switch contents[exercise.id] {
                case .text(let data)?:
                    if data.count > Self.largestFile {
                        problems.append("\(source.learner)/\(exercise.path): larger than \(Self.largestFile) bytes, not compared")
                    } else {
                        files[exercise.path] = String(decoding: data, as: UTF8.self)
                    }
                case .rejected(let why)?:
                    // A bad archive gives every exercise the same message, which names the archive.
                    let line = why.hasPrefix(source.url.lastPathComponent + ": ") ? why : "\(source.learner)/\(why), not compared"
                    if !problems.contains(line) { problems.append(line) }
                case .missing?, nil: continue
                }
            }
            skipped += problems
            learners.append(Learner(name: source.learner, files: files))
        }
        return learners
    }
}
