import Foundation
#if canImport(Glibc)
import Glibc
#endif

enum FileDescriptor {
    /// Writes every byte of `data` to `fd`, retrying writes a signal interrupted. Returns 0, or the
    /// errno of the write that failed (the caller decides whether that matters: a child that
    /// closed its stdin early is no error, a disk that is full is).
    static func writeAll(_ fd: Int32, _ data: Data) -> Int32 {
        data.withUnsafeBytes { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return written == 0 ? EIO : errno   // a write that makes no progress would loop forever
                }
            }
            return 0
        }
    }
}
