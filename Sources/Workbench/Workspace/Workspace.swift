import Foundation

/// A course checkout: the folder holding `lessons/catalog.json`, and the `.learn/` folder where
/// the workbench keeps its own files (progress, caches, backups). Every path the workbench shows
/// is relative to `root`.
public struct Workspace: Sendable, Equatable {
    /// The environment variable naming the workspace when `--workspace` is not given.
    public static let environmentVariable = "FAIRWORK_WORKSPACE"
    /// Where the catalog lives, relative to the root; its presence marks a workspace.
    public static let catalogPath = "lessons/catalog.json"

    /// The folder holding `lessons/catalog.json`.
    public let root: URL

    /// A workspace at `root` (not checked: use `locate` to find and check one).
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Finds the workspace: `explicit` (from `--workspace`) if given, else `$FAIRWORK_WORKSPACE`,
    /// else the nearest folder at or above `currentDirectory` holding `lessons/catalog.json`.
    public static func locate(explicit: String?, environment: [String: String],
                              currentDirectory: URL) throws(WorkspaceError) -> Workspace {
        let fileManager = FileManager.default
        func hasCatalog(_ folder: URL) -> Bool {
            fileManager.fileExists(atPath: folder.appendingPathComponent(catalogPath).path)
        }
        let named: (source: String, path: String)? = explicit.map { ("--workspace", $0) }
            ?? environment[environmentVariable].flatMap { $0.isEmpty ? nil : ("$" + environmentVariable, $0) }
        if let named {
            let folder = URL.resolving(named.path, from: currentDirectory)
            guard hasCatalog(folder) else {
                throw .notAWorkspace(source: named.source, folder: folder.path)
            }
            return Workspace(root: folder)
        }
        var folder = currentDirectory.standardizedFileURL
        while true {
            if hasCatalog(folder) { return Workspace(root: folder) }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { break }
            folder = parent
        }
        throw .notFound(startingAt: currentDirectory.standardizedFileURL.path)
    }

    /// The absolute URL of a workspace-relative path.
    public func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// `lessons/catalog.json`.
    public var catalogFile: URL { url(Self.catalogPath) }
    /// `.learn/`: the workbench's own files; never part of the course.
    public var stateDirectory: URL { url(".learn") }
    /// `.learn/cache/`: built toolkit library and per-check temporary folders.
    public var cacheDirectory: URL { stateDirectory.appendingPathComponent("cache") }
    /// `.learn/backups/`: learners' files saved by `learn reset`.
    public var backupsDirectory: URL { stateDirectory.appendingPathComponent("backups") }
    /// `.learn/pristine/`: the stubs as first seen, for `learn reset` outside a git checkout.
    public var pristineDirectory: URL { stateDirectory.appendingPathComponent("pristine") }

    /// The workspace-relative form of `url`, or its absolute path when it lies outside the root.
    public func relativePath(of url: URL) -> String {
        let path = url.standardizedFileURL.path
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}

/// Why no workspace could be used.
public enum WorkspaceError: WorkbenchFailure, Equatable {
    case notFound(startingAt: String)
    case notAWorkspace(source: String, folder: String)

    public var kind: FailureKind { .badInput }

    public var description: String {
        switch self {
        case .notFound(let start):
            return "no course found: neither \(start) nor any folder above it holds \(Workspace.catalogPath); "
                + "run learn inside the course folder, or pass --workspace DIR"
        case let .notAWorkspace(source, folder):
            return "\(source) names \(folder), which holds no \(Workspace.catalogPath); "
                + "give the course folder (the one with lessons/ and exercises/)"
        }
    }
}
