import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file's contents all at once: the data goes to a temporary file in the same folder,
/// is flushed to disk (fsync), and is renamed over the target, so a reader sees either the old
/// file or the new one, never half of one, even if the machine stops mid-write.
enum AtomicFile {
    /// `permissions`: the mode the file is created with (before the umask), 0600 for secrets.
    static func write(_ data: Data, to url: URL, permissions: mode_t = 0o644) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0 ... .max))")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw FileSystemError(action: "create", path: temporary.path, errno: errno) }
        var closed = false
        defer {
            if !closed { close(descriptor) }
        }
        do {
            let failure = FileDescriptor.writeAll(descriptor, data)
            guard failure == 0 else { throw FileSystemError(action: "write", path: temporary.path, errno: failure) }
            guard fsync(descriptor) == 0 else { throw FileSystemError(action: "flush", path: temporary.path, errno: errno) }
            closed = true
            guard close(descriptor) == 0 else { throw FileSystemError(action: "close", path: temporary.path, errno: errno) }
            guard rename(temporary.path, url.path) == 0 else {
                throw FileSystemError(action: "replace", path: url.path, errno: errno)
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
        // Make the rename itself durable.
        let folderDescriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }
}
