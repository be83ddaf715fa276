import Foundation

/// A learner's work packed for grading (`learn submit`): one tar archive holding `manifest.json`
/// first, then every exercise file the learner has, then their progress as `progress.json`.
///
/// The manifest lists each file with its SHA-256 and size, so an instructor (or `learn grade`)
/// can tell a damaged or edited archive from the one the learner made. It proves integrity, not
/// authorship: anyone can make a consistent archive.
public struct Submission: Sendable, Equatable {
    /// What `manifest.json` holds.
    public struct Manifest: Codable, Sendable, Equatable {
        /// The newest format this workbench reads.
        public static let currentFormatVersion = 1

        public var formatVersion: Int
        /// Who submitted, as they said (`--learner`), else the login name.
        public var learner: String
        /// The course's title.
        public var course: String
        /// When, ISO 8601 in UTC.
        public var created: String
        /// The workbench that packed it.
        public var learnVersion: String
        public var files: [File]

        /// One packed file.
        public struct File: Codable, Sendable, Equatable {
            public var path: String
            public var sha256: String
            public var bytes: Int
        }

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version", learner, course, created, learnVersion = "learn_version", files
        }
    }

    /// The archive's manifest file name.
    public static let manifestPath = "manifest.json"
    /// The learner's progress file's name inside the archive.
    public static let progressPath = "progress.json"

    public var manifest: Manifest
    /// The packed files by path (the manifest's order is the archive's).
    public var files: [String: Data]

    /// Packs `course`'s exercise files and progress for `learner`: the archive and its manifest.
    public static func pack(_ course: Course, learner: String, version: String, at date: Date = Date()) throws -> (archive: Data, manifest: Manifest) {
        var entries: [TarArchive.Entry] = []
        for exercise in course.catalog.exercises {
            if let contents = FileManager.default.contents(atPath: course.workspace.url(exercise.path).path) {
                entries.append(.init(path: exercise.path, contents: contents))
            }
        }
        if let progress = FileManager.default.contents(atPath: course.workspace.stateDirectory.appendingPathComponent("state.json").path) {
            entries.append(.init(path: progressPath, contents: progress))
        }
        let files = entries.map { Manifest.File(path: $0.path, sha256: CourseDigests.digest(of: $0.contents), bytes: $0.contents.count) }
        let formatter = ISO8601DateFormatter()
        let manifest = Manifest(formatVersion: Manifest.currentFormatVersion, learner: learner, course: course.catalog.title,
                                created: formatter.string(from: date), learnVersion: version, files: files)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return (try TarArchive.write([.init(path: manifestPath, contents: try encoder.encode(manifest))] + entries), manifest)
        } catch let problem as TarArchive.Problem {
            throw SubmissionProblem(archive: "the submission", reason: problem.description)
        }
    }

    /// Reads and checks an archive made by `pack`: the manifest first, each listed file present
    /// with its digest, nothing unlisted. `name` is how errors refer to the archive.
    public static func unpack(_ archive: Data, name: String, limits: TarArchive.Limits = TarArchive.Limits()) throws(SubmissionProblem) -> Submission {
        func fail(_ reason: String) -> SubmissionProblem { SubmissionProblem(archive: name, reason: reason) }
        let entries: [TarArchive.Entry]
        do {
            entries = try TarArchive.read(archive, limits: limits)
        } catch {
            throw fail(error.description)
        }
        guard let first = entries.first, first.path == manifestPath else {
            throw fail("it does not start with \(manifestPath); make submissions with `learn submit`")
        }
        let manifest: Manifest
        do {
            manifest = try JSONDecoder().decode(Manifest.self, from: first.contents)
        } catch {
            let problem = JSONProblem(error)
            throw fail([manifestPath, problem.path, problem.message].filter { !$0.isEmpty }.joined(separator: ": "))
        }
        guard manifest.formatVersion <= Manifest.currentFormatVersion else {
            throw fail("\(manifestPath) has format version \(manifest.formatVersion), newer than this learn understands")
        }
        var files: [String: Data] = [:]
        for entry in entries.dropFirst() { files[entry.path] = entry.contents }
        let listed = Set(manifest.files.map(\.path))
        if let extra = files.keys.sorted().first(where: { !listed.contains($0) }) {
            throw fail("\(extra) is in the archive but not in its manifest")
        }
        for file in manifest.files {
            guard let contents = files[file.path] else { throw fail("\(file.path) is in the manifest but not in the archive") }
            guard CourseDigests.digest(of: contents) == file.sha256, contents.count == file.bytes else {
                throw fail("\(file.path) does not match its SHA-256 in the manifest: the archive was changed after it was made")
            }
        }
        return Submission(manifest: manifest, files: files)
    }
}

/// A submission archive that cannot be graded as it is.
public struct SubmissionProblem: WorkbenchFailure, Equatable {
    /// The archive, as the user named it.
    public var archive: String
    public var reason: String

    public var kind: FailureKind { .badInput }

    public var description: String { "\(archive): \(reason)" }
}

extension Submission {
    /// Packs `course` for `learner` and writes the archive atomically to `out` (relative to
    /// `currentDirectory`), or to `submission-<learner>-<UTC time>.tar` in the course folder.
    /// Returns the archive's path and its manifest's file count.
    public static func save(_ course: Course, learner: String, out: String?, currentDirectory: URL,
                            at date: Date = Date()) throws -> (path: String, files: Int) {
        guard Self.isValidLearnerName(learner) else {
            throw SubmissionProblem(archive: "--learner", reason: "'\(learner)' cannot name a file; use letters, digits, '-' or '_'")
        }
        let (archive, manifest) = try pack(course, learner: learner, version: ToolchainVersion.release, at: date)
        let target: URL
        if let out {
            target = try OutputFile.write(archive, to: out, currentDirectory: currentDirectory)
        } else {
            let base = course.workspace.root.appendingPathComponent("submission-\(learner)-").path
            target = URL(fileURLWithPath: TimestampedName.unusedPath(base: base, at: date, suffix: ".tar"))
            try AtomicFile.write(archive, to: target)
        }
        return (course.workspace.relativePath(of: target), manifest.files.count)
    }

    /// Learner names become file and row names: letters, digits, `.`, `-` and `_`, not starting
    /// with a dot.
    public static func isValidLearnerName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != ".", name.count <= 64 else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}
