import Foundation

/// Where `learn audit --out FILE` writes: the whole report at once (a temporary file flushed and
/// renamed over the target), so a reader never sees half a report.
public enum AuditOutput {
    /// Writes `text` to `path` (relative paths from `currentDirectory`) and returns where it went.
    /// A folder that does not exist is a usage error; a failed write is an internal one.
    public static func write(_ text: String, to path: String, currentDirectory: URL) throws -> URL {
        let url = URL.resolving(path, from: currentDirectory)
        var isFolder: ObjCBool = false
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw AuditFailure.usage("--out", "the folder \(folder) does not exist; create it or write elsewhere")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw AuditFailure.usage("--out", "\(path) is a folder; give a file name")
        }
        try AtomicFile.write(Data(text.utf8), to: url)
        return url
    }

}
