import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One learner's submission as found in the SUBMISSIONS folder: a folder of files or a
/// `learn submit` archive, read defensively (learner-made, so hostile).
public struct SubmissionSource: Sendable, Equatable {
    /// The learner's name: the folder's name, or the archive's without `.tar`. Never the
    /// archive's own manifest, which the learner wrote and could set to someone else's name.
    public var learner: String
    /// The folder or archive.
    public var url: URL
    public var isArchive: Bool

    /// A learner file's size limit, and an archive's (checked before reading a byte).
    public static let fileLimit = TarArchive.Limits().fileBytes
    public static let archiveLimit = TarArchive.Limits().totalBytes + (1 << 20)

    /// What one exercise's file turned out to be.
    public enum FileContent: Sendable, Equatable {
        case text(Data)
        case missing(String)
        case rejected(String)
    }

    /// The submissions in `folder`, sorted by learner name, and warnings for entries skipped.
    /// `excluding` (the output folder, when it sits inside) is never taken for a learner.
    public static func discover(in folder: URL, excluding: URL? = nil) throws -> (sources: [SubmissionSource], skipped: [String]) {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            throw RequestFailure(.usage, "SUBMISSIONS: \(folder.path) is not a readable folder; name the folder of learner folders or archives")
        }
        var sources: [SubmissionSource] = [], skipped: [String] = []
        var byLearner: [String: String] = [:]
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            if let excluding, url.standardizedFileURL.path == excluding.standardizedFileURL.path { continue }
            let kind = fileKind(url)
            let isArchive = kind == .regular && name.hasSuffix(".tar")
            guard kind == .directory || isArchive else {
                skipped.append("\(name): \(kind == .link ? "a symbolic link, " : "")neither a learner folder nor a .tar archive from learn submit")
                continue
            }
            let learner = isArchive ? String(name.dropLast(4)) : name
            guard Submission.isValidLearnerName(learner) else {
                skipped.append("\(name): '\(learner)' cannot name a learner; rename it with letters, digits, '.', '-' or '_'")
                continue
            }
            if let other = byLearner[learner] {
                throw RequestFailure(.badInput, "SUBMISSIONS: \(other) and \(name) are both learner '\(learner)'; keep one")
            }
            byLearner[learner] = name
            sources.append(SubmissionSource(learner: learner, url: url, isArchive: isArchive))
        }
        sources.sort { $0.learner.utf8.lexicographicallyPrecedes($1.learner.utf8) }
        return (sources, skipped)
    }

    /// The file of each exercise (by id), or why there is none; a problem with the whole
    /// submission (a bad archive) as `rejected` for every exercise.
    public func files(for exercises: [Exercise]) -> [String: FileContent] {
        if isArchive {
            let archive: Submission
            do { archive = try loadArchive() } catch {
                return Dictionary(uniqueKeysWithValues: exercises.map { ($0.id, .rejected(error.description)) })
            }
            return Dictionary(uniqueKeysWithValues: exercises.map { exercise in
                guard let data = archive.files[exercise.path] else {
                    return (exercise.id, .missing("\(exercise.path) is not in the archive"))
                }
                return (exercise.id, Self.checkText(data, path: exercise.path))
            })
        }
        return Dictionary(uniqueKeysWithValues: exercises.map { ($0.id, folderFile(of: $0)) })
    }

    /// When the learner handed in: the archive's, or the newest exercise file's, modification time.
    public func submittedAt(_ exercises: [Exercise]) -> Date? {
        if isArchive { return modificationDate(url) }
        return exercises.compactMap { exercise in candidates(exercise).lazy.compactMap(modificationDate).first }.max()
    }

    private func loadArchive() throws(SubmissionProblem) -> Submission {
        let name = url.lastPathComponent
        var info = stat()
        guard lstat(url.path, &info) == 0 else { throw SubmissionProblem(archive: name, reason: "cannot be read") }
        guard Int(info.st_size) <= Self.archiveLimit else {
            throw SubmissionProblem(archive: name, reason: "has \(info.st_size) bytes, more than the \(Self.archiveLimit) a submission may have")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SubmissionProblem(archive: name, reason: "cannot be read")
        }
        return try Submission.unpack(data, name: name)
    }

    /// In a folder the file sits at its workspace path, or at its bare name (LMS downloads
    /// flatten folders).
    private func candidates(_ exercise: Exercise) -> [URL] {
        [url.appendingPathComponent(exercise.path), url.appendingPathComponent((exercise.path as NSString).lastPathComponent)]
    }

    private func folderFile(of exercise: Exercise) -> FileContent {
        for candidate in candidates(exercise) {
            switch Self.fileKind(candidate) {
            case .none: continue
            case .link: return .rejected("\(exercise.path) is a symbolic link; submit the file itself")
            case .directory, .other: return .rejected("\(exercise.path) is not a regular file")
            case .regular:
                var info = stat()
                guard lstat(candidate.path, &info) == 0 else { return .rejected("\(exercise.path) cannot be read") }
                guard Int(info.st_size) <= Self.fileLimit else {
                    return .rejected("\(exercise.path) has \(info.st_size) bytes, more than the \(Self.fileLimit) allowed")
                }
                guard let data = FileManager.default.contents(atPath: candidate.path) else {
                    return .rejected("\(exercise.path) cannot be read")
                }
                return Self.checkText(data, path: exercise.path)
            }
        }
        let stem = ((exercise.path as NSString).lastPathComponent as NSString).deletingPathExtension
        let folder = url.appendingPathComponent((exercise.path as NSString).deletingLastPathComponent)
        let near = [url, folder].flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0.path)) ?? [] }
        // `clamp.py`, `clamp.swift.txt`, `clamp.txt`: the learner saved it under another type.
        if let other = near.sorted().first(where: { $0.hasPrefix(stem + ".") && !$0.hasSuffix(".swift") }) {
            return .missing("\(exercise.path) is missing; found \(other), which is not a Swift file (.swift)")
        }
        return .missing("\(exercise.path) is missing")
    }

    static func checkText(_ data: Data, path: String) -> FileContent {
        guard String(data: data, encoding: .utf8) != nil, !data.contains(0) else {
            return .rejected("\(path) is not UTF-8 text; save it as UTF-8")
        }
        return .text(data)
    }

    enum Kind { case none, regular, directory, link, other }

    static func fileKind(_ url: URL) -> Kind {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return .none }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFLNK: return .link
        default: return .other
        }
    }

    private func modificationDate(_ url: URL) -> Date? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec))
    }
}
