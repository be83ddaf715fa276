import Foundation

/// Where `--out FILE` writes a file a user asked for (a report, a model file, scored rows): the
/// whole text at once (`AtomicFile`: a temporary file flushed and renamed over the target), so a
/// reader never sees half a file.
public enum OutputFile {
    /// Writes `text` to `path` (relative paths from `currentDirectory`) and returns where it went;
    /// `permissions` are the new file's mode (0600 for a private key); `option` is the option that
    /// named the file, for the error messages (`--out` unless a command has several outputs).
    /// A folder that does not exist, or a path that is a folder, is bad input (exit 65): the
    /// command line is well formed, the file system does not fit it.
    public static func write(_ text: String, to path: String, currentDirectory: URL, permissions: mode_t = 0o644,
                             option: String = "--out") throws -> URL {
        try write(Data(text.utf8), to: path, currentDirectory: currentDirectory, permissions: permissions, option: option)
    }

    /// Writes `data` (an archive, any bytes) as `write(_:to:currentDirectory:permissions:option:)` writes text.
    public static func write(_ data: Data, to path: String, currentDirectory: URL, permissions: mode_t = 0o644,
                             option: String = "--out") throws -> URL {
        let url = URL.resolving(path, from: currentDirectory)
        var isFolder: ObjCBool = false
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw RequestFailure(.badInput, "\(option): the folder \(folder) does not exist; create it (mkdir -p \(folder)) or write elsewhere")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw RequestFailure(.badInput, "\(option): \(path) is a folder; give a file name")
        }
        try AtomicFile.write(data, to: url, permissions: permissions)
        return url
    }
}
