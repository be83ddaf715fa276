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
        let learners = loadLearners(folder, exercises: exercises, skipped: &skipped)
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

    /// The learners in `folder`, sorted by name; what cannot be read goes to `skipped`.
    func loadLearners(_ folder: URL, exercises: [Exercise], skipped: inout [String]) -> [Learner] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        var learners: [Learner] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }   // a dangling link
            var raw: [String: Data] = [:]
            let learner: String
            if isFolder.boolValue {
                learner = name
                for exercise in exercises {
                    let file = url.appendingPathComponent(exercise.path)
                    guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path) else { continue }
                    if (attributes[.size] as? Int ?? 0) > Self.largestFile {
                        skipped.append("\(name)/\(exercise.path): larger than \(Self.largestFile) bytes, not compared")
                    } else if let data = FileManager.default.contents(atPath: file.path) {
                        raw[exercise.path] = data
                    }
                }
            } else if name.hasSuffix(".tar") {
                learner = String(name.dropLast(4))
                do {
                    let data = try Data(contentsOf: url)
                    raw = try Submission.unpack(data, name: name).files
                } catch {
                    skipped.append("\(error)")
                    continue
                }
            } else {
                skipped.append("\(name): neither a learner folder nor a .tar archive from learn submit")
                continue
            }
            var files: [String: String] = [:]
            for exercise in exercises {
                guard let data = raw[exercise.path] else { continue }
                if data.count > Self.largestFile { skipped.append("\(name)/\(exercise.path): too large, not compared"); continue }
                guard let text = String(data: data, encoding: .utf8) else {
                    skipped.append("\(name)/\(exercise.path): not UTF-8 text, not compared")
                    continue
                }
                files[exercise.path] = text
            }
            learners.append(Learner(name: learner, files: files))
        }
        return learners
    }
}
