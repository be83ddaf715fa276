import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A pipe whose ends are closed at most once; both ends are close-on-exec so no other child inherits them.
final class Pipe2 {
    private(set) var read: Int32
    private(set) var write: Int32

    init() throws {
        var fds: [Int32] = [-1, -1]
        // pipe2(O_CLOEXEC) is not exported to Swift; the window before fcntl is covered by the
        // spawn's close-from action, which closes every inherited descriptor above 3.
        guard pipe(&fds) == 0 else {
            throw ProcessRunnerError.spawnFailed(executable: "pipe", reason: String(cString: strerror(errno)))
        }
        read = fds[0]
        write = fds[1]
        _ = fcntl(read, F_SETFD, FD_CLOEXEC)
        _ = fcntl(write, F_SETFD, FD_CLOEXEC)
    }

    func closeRead() { if read >= 0 { close(read); read = -1 } }
    func closeWrite() { if write >= 0 { close(write); write = -1 } }
    func closeBoth() { closeRead(); closeWrite() }
}
