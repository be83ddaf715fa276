import Foundation

/// The exercise stubs as shipped, for `learn reset` and `learn verify`.
///
/// Where the shipped stub comes from: when the course records digests (`lessons/digests.json`),
/// the first of these whose SHA-256 is the recorded one: the file as it stands, the pristine copy
/// in `.learn/pristine/<path>`, the version committed at HEAD, then older committed versions. So a
/// learner who committed their solution still gets the stub back, and a course update pulled
/// since is found too. Without digests: the pristine copy, which `capturePristineCopies` saves the
/// first time `learn` sees each exercise file, else the version committed at HEAD.
public struct StubArchive: Sendable {
    /// The course folder whose stubs are kept.
    public let workspace: Workspace
    /// The course's recorded digests, if it has them.
    public let digests: CourseDigests?

    /// How many committed versions of a stub are searched for the shipped one.
    static let revisionsSearched = 200

    /// The archive of `workspace`'s stubs.
    public init(workspace: Workspace, digests: CourseDigests?) {
        self.workspace = workspace
        self.digests = digests
    }

    /// Where the original stub of a reset came from.
    public enum Source: Sendable, Equatable, CustomStringConvertible {
        /// The file already was the shipped stub.
        case workingFile
        case pristineCopy(path: String)
        /// Committed at `revision` ("HEAD", or a commit hash).
        case git(revision: String)

        public var description: String {
            switch self {
            case .workingFile: return "the file itself, which already was the shipped stub"
            case .pristineCopy(let path): return "the copy saved when learn first ran (\(path))"
            case .git(let revision) where revision == "HEAD": return "the committed version (git HEAD)"
            case .git(let revision): return "the version committed in \(revision.prefix(12))"
            }
        }
    }

    /// What `restore` did.
    public struct Restore: Sendable, Equatable {
        /// Where the original came from.
        public var source: Source
        /// The learner's file as it was, saved under `.learn/backups/` (workspace-relative);
        /// `nil` when there was no file to save.
        public var backup: String?
    }

    /// Saves a pristine copy of every exercise file that has none yet.
    public func capturePristineCopies(of exercises: [Exercise]) throws {
        let fileManager = FileManager.default
        for exercise in exercises {
            let copy = pristineCopy(of: exercise)
            let original = workspace.url(exercise.path)
            guard !fileManager.fileExists(atPath: copy.path), fileManager.fileExists(atPath: original.path) else { continue }
            do {
                try fileManager.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(Data(contentsOf: original), to: copy)
            } catch {
                throw FileSystemError(action: "save a pristine copy of", path: exercise.path, reason: "\(error)")
            }
        }
    }

    /// The stub as shipped, and where it was found.
    public func originalStub(of exercise: Exercise) throws -> (contents: Data, source: Source) {
        let pristine = pristineCopy(of: exercise)
        let pristineSource = Source.pristineCopy(path: workspace.relativePath(of: pristine))
        guard let recorded = digests?.digest(of: exercise.path) else {
            if let contents = FileManager.default.contents(atPath: pristine.path) { return (contents, pristineSource) }
            if let committed = GitShow.contents(of: exercise.path, in: workspace.root) { return (committed, .git(revision: "HEAD")) }
            throw NoOriginalStub(exerciseID: exercise.id, path: exercise.path, digest: nil)
        }
        // Cheapest first; git's history is read only when nothing nearer is the shipped stub.
        let near: [(Source, () -> Data?)] = [
            (.workingFile, { FileManager.default.contents(atPath: workspace.url(exercise.path).path) }),
            (pristineSource, { FileManager.default.contents(atPath: pristine.path) }),
            (.git(revision: "HEAD"), { GitShow.contents(of: exercise.path, in: workspace.root) }),
        ]
        for (source, read) in near {
            if let contents = read(), CourseDigests.digest(of: contents) == recorded { return (contents, source) }
        }
        for revision in GitShow.revisions(of: exercise.path, in: workspace.root, limit: Self.revisionsSearched) {
            if let contents = GitShow.contents(of: exercise.path, at: revision, in: workspace.root),
               CourseDigests.digest(of: contents) == recorded {
                return (contents, .git(revision: revision))
            }
        }
        throw NoOriginalStub(exerciseID: exercise.id, path: exercise.path, digest: recorded)
    }

    /// Puts the original stub back in place, first saving the learner's file to
    /// `.learn/backups/<id>-<timestamp>.swift`.
    public func restore(_ exercise: Exercise, at time: Date = Date()) throws -> Restore {
        let (contents, source) = try originalStub(of: exercise)
        let target = workspace.url(exercise.path)
        let fileManager = FileManager.default
        var backup: String?
        if let current = fileManager.contents(atPath: target.path) {
            let folder = workspace.backupsDirectory
            do {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw FileSystemError(action: "create the folder", path: folder.path, reason: "\(error)")
            }
            let path = TimestampedName.unusedPath(base: folder.appendingPathComponent(exercise.id + "-").path,
                                                  at: time, suffix: ".swift")
            try AtomicFile.write(current, to: URL(fileURLWithPath: path))
            backup = workspace.relativePath(of: URL(fileURLWithPath: path))
        }
        do {
            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw FileSystemError(action: "create the folder of", path: exercise.path, reason: "\(error)")
        }
        try AtomicFile.write(contents, to: target)
        return Restore(source: source, backup: backup)
    }

    private func pristineCopy(of exercise: Exercise) -> URL {
        workspace.pristineDirectory.appendingPathComponent(exercise.path)
    }
}

/// Neither git nor a pristine copy has the original stub.
public struct NoOriginalStub: WorkbenchFailure, Equatable {
    /// The exercise that could not be reset.
    public var exerciseID: String
    /// Its file, workspace-relative.
    public var path: String
    /// The SHA-256 the course records for the stub, when it records one.
    public var digest: String?

    public var kind: FailureKind { .badInput }

    public var description: String {
        guard let digest else {
            return "cannot reset '\(exerciseID)': \(path) is not committed in a git checkout and no pristine copy "
                + "was saved in .learn/pristine/; restore the file from the course download"
        }
        return "cannot reset '\(exerciseID)': neither \(path), its pristine copy in .learn/pristine/, nor any "
            + "committed version is the shipped stub (SHA-256 \(digest.prefix(12))… in \(CourseDigests.path)); "
            + "restore the file from the course download"
    }
}
