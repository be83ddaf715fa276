import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file operation the workbench needed that the system refused (permissions, a full disk).
public struct FileSystemError: WorkbenchFailure, Equatable {
    /// What was being done, as a verb phrase ("create", "lock").
    public var action: String
    /// The file or folder it was done to.
    public var path: String
    /// The system's reason (strerror of errno, or Foundation's description).
    public var reason: String

    /// The failure to `action` the file at `path`, for `reason`.
    public init(action: String, path: String, reason: String) {
        self.action = action
        self.path = path
        self.reason = reason
    }

    /// The error of a failed system call, from its errno.
    init(action: String, path: String, errno code: Int32) {
        self.init(action: action, path: path, reason: String(cString: strerror(code)))
    }

    public var kind: FailureKind { .internal }

    public var description: String {
        "cannot \(action) \(path): \(reason)"
    }
}
