import Foundation

/// The exercise stubs as shipped, for `learn reset`.
///
/// Where the original comes from: when the workspace is a git checkout and the file is committed,
/// `git show HEAD:<path>` (the stub as committed, including course updates pulled since); else the
/// pristine copy in `.learn/pristine/<path>`, which `capturePristineCopies` saves the first time
/// `learn` sees each exercise file. (A learner who commits their own work makes that work "the
/// committed stub"; the pristine copy is kept as well, for that case and for downloads without git.)
public struct StubArchive: Sendable {
    /// The course folder whose stubs are kept.
    public let workspace: Workspace

    /// The archive of `workspace`'s stubs.
    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Where the original stub of a reset came from.
    public enum Source: Sendable, Equatable, CustomStringConvertible {
        case git
        case pristineCopy(path: String)

        public var description: String {
            switch self {
            case .git: return "the committed version (git HEAD)"
            case .pristineCopy(let path): return "the copy saved when learn first ran (\(path))"
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
        if let committed = GitShow.contents(of: exercise.path, in: workspace.root) {
            return (committed, .git)
        }
        let copy = pristineCopy(of: exercise)
        if let contents = FileManager.default.contents(atPath: copy.path) {
            return (contents, .pristineCopy(path: workspace.relativePath(of: copy)))
        }
        throw NoOriginalStub(exerciseID: exercise.id, path: exercise.path)
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

    public var kind: FailureKind { .badInput }

    public var description: String {
        "cannot reset '\(exerciseID)': \(path) is not committed in a git checkout and no pristine copy "
            + "was saved in .learn/pristine/; restore the file from the course download"
    }
}
