import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `learn watch` compares to notice a save: the file's inode, size and modification time
/// (to the nanosecond). An editor that saves by writing a new file and renaming it over the old
/// one changes the inode even when size and time happen to match.
public struct FileStamp: Sendable, Equatable {
    /// The file's inode number: new when an editor replaces the file.
    public var inode: UInt64
    /// The size in bytes.
    public var size: Int64
    /// The modification time: seconds since 1970 and the nanoseconds within that second.
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int

    /// A stamp of given parts (tests build them; `of(_:)` reads a file's).
    public init(inode: UInt64, size: Int64, modifiedSeconds: Int, modifiedNanoseconds: Int) {
        self.inode = inode
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    /// The stamp of the file at `url`, or `nil` when there is no file there (mid-rename, deleted).
    public static func of(_ url: URL) -> FileStamp? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return FileStamp(inode: UInt64(info.st_ino), size: Int64(info.st_size),
                         modifiedSeconds: Int(info.st_mtim.tv_sec), modifiedNanoseconds: Int(info.st_mtim.tv_nsec))
    }
}
