import Foundation

extension URL {
    /// `path` as a standardized file URL: an absolute path as given, a relative one taken from
    /// `folder`, whether or not `folder`'s URL ends in a slash (a URL without it would resolve a
    /// relative path from its parent).
    static func resolving(_ path: String, from folder: URL) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: folder.path, isDirectory: true)).standardizedFileURL
    }
}
