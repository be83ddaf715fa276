import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folder a learner's server runs from, outside every folder the confinement covers:
/// `<base>/<check>/server` (the binary, owned by the grader, mode 0755), `<base>/<check>/work`
/// (its empty working folder, owned by the user it runs as, mode 0700) and
/// `<base>/lib-<toolkit>/libFairKit.so` (shared by all checks of a toolkit build: the cache it
/// comes from is covered). The toolkit's resource bundle (the bundled datasets, whose files FairKit
/// checks against their SHA-256 when it loads them) is copied once beside the library and linked
/// next to each server, where SwiftPM's resource accessor looks first: its fallback, the build
/// folder, is covered too. The base and check folders are mode 0711: enterable, not listable.
struct ExecFolder {
    let root: URL
    let server: URL
    let work: URL
    let library: URL

    init(base: URL, server built: URL, library toolkit: URL, resources: URL, confinement: Confinement) throws {
        let fm = FileManager.default
        try Self.makePrivateFolder(base)
        library = base.appendingPathComponent("lib-\(toolkit.lastPathComponent)")
        let libraryFile = library.appendingPathComponent("lib\(PreparedToolkit.libraryName).so")
        if !fm.fileExists(atPath: libraryFile.path) {
            let staging = base.appendingPathComponent("lib-staging-\(UUID().uuidString)")
            try fm.createDirectory(at: staging, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
            try fm.copyItem(at: toolkit.appendingPathComponent(libraryFile.lastPathComponent),
                            to: staging.appendingPathComponent(libraryFile.lastPathComponent))
            if rename(staging.path, library.path) != 0 { try? fm.removeItem(at: staging) }
        }
        root = base.appendingPathComponent(UUID().uuidString)
        try fm.createDirectory(at: root, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o711])
        if fm.fileExists(atPath: resources.path) {
            let shared = library.appendingPathComponent(resources.lastPathComponent)
            if !fm.fileExists(atPath: shared.path) {
                // Copied under a staging name, then renamed: a concurrent check sees all of it or none.
                let staging = library.appendingPathComponent("staging-\(UUID().uuidString)")
                try fm.copyItem(at: resources, to: staging)
                if rename(staging.path, shared.path) != 0 { try? fm.removeItem(at: staging) }
            }
            try fm.createSymbolicLink(at: root.appendingPathComponent(resources.lastPathComponent), withDestinationURL: shared)
        }
        server = root.appendingPathComponent("server")
        try fm.copyItem(at: built, to: server)
        chmod(server.path, 0o755)
        work = root.appendingPathComponent("work")
        try fm.createDirectory(at: work, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        if confinement.mode == .unprivilegedUser, chown(work.path, confinement.uid, confinement.gid) != 0 {
            throw CheckEngineError.io("could not give \(work.path) to the learner's user: \(String(cString: strerror(errno)))")
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Removes the check folders of checks killed before cleaning up (never the shared
    /// libraries, which a running check may be loading).
    static func pruneStale(in base: URL, maximumAge: TimeInterval) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: base.path)) ?? [] where !name.hasPrefix("lib-") {
            let folder = base.appendingPathComponent(name)
            let modified = (try? fm.attributesOfItem(atPath: folder.path)[.modificationDate] as? Date) ?? Date()
            if Date().timeIntervalSince(modified) > maximumAge { try? fm.removeItem(at: folder) }
        }
    }

    /// Creates `folder` (mode 0711) or accepts it when it is a real folder of ours: in the shared
    /// /tmp, someone else's folder or a link there could swap the server we start.
    private static func makePrivateFolder(_ folder: URL) throws {
        _ = mkdir(folder.path, 0o711)
        var info = stat()
        guard lstat(folder.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid() else {
            throw CheckEngineError.io("\(folder.path) exists but is not a folder owned by this user; remove it and try again")
        }
        chmod(folder.path, 0o711)
    }
}
