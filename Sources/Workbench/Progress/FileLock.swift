import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock on a file (flock(2)), held for the duration of `withLock`. Each call
/// opens the lock file afresh, so the lock excludes other processes and other threads alike (flock
/// locks belong to an open file description, not to a process).
struct FileLock {
    let url: URL

    /// Runs `body` while holding the lock, creating the lock file if needed; waits for the lock.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError(action: "open the lock file", path: url.path, errno: errno) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw FileSystemError(action: "lock", path: url.path, errno: errno) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
