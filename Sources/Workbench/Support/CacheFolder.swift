import Foundation

/// Keeps a cache folder from growing without bound: entries beyond a count, or older than an age,
/// are removed, oldest first. Best effort: an entry another process removes first is no error.
enum CacheFolder {
    /// Removes the oldest entries of `folder` (by modification time) beyond `keep`, and every
    /// entry older than `maximumAge` seconds when one is given.
    static func prune(_ folder: URL, keep: Int = .max, maximumAge: TimeInterval? = nil, now: Date = Date()) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
        let entries = names.map { name -> (url: URL, modified: Date) in
            let url = folder.appendingPathComponent(name)
            let modified = (try? fm.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            return (url, modified)
        }.sorted { $0.modified > $1.modified }
        for (index, entry) in entries.enumerated()
        where index >= keep || maximumAge.map({ now.timeIntervalSince(entry.modified) > $0 }) == true {
            try? fm.removeItem(at: entry.url)
        }
    }
}
