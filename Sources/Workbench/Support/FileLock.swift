import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock on a file (flock), held for the duration of a closure: the way two
/// `learn` processes take turns at shared state (progress, the toolkit cache).
public enum FileLock {
    /// Runs `body` while holding an exclusive lock on `url` (created if missing). Blocks until the
    /// lock is free. The lock is released when `body` returns or throws, and by the kernel if the
    /// process dies, so a crash never leaves it stuck.
    public static func withExclusiveLock<R>(at url: URL, _ body: () throws -> R) throws -> R {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(url.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path,
                NSLocalizedDescriptionKey: "cannot open lock file \(url.path): \(String(cString: strerror(errno)))"])
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw CocoaError(.fileLocking, userInfo: [NSFilePathErrorKey: url.path,
                    NSLocalizedDescriptionKey: "cannot lock \(url.path): \(String(cString: strerror(errno)))"])
            }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
