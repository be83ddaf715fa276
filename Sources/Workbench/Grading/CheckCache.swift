import Foundation

/// Check results by a content hash of (checker, exercise, suite, learner file): an identical pair
/// is checked once, by one worker while the others wait for it, and a restart finds it on disk.
final class CheckCache: @unchecked Sendable {
    private let folder: URL
    private let condition = NSCondition()
    private var inFlight: Set<String> = []
    private var checked = 0

    init(folder: URL) { self.folder = folder }

    /// How many checks actually ran (not found in the cache).
    var checkedCount: Int { condition.withLock { checked } }

    func result(key: String, check: () throws -> CheckResult) throws -> CheckResult {
        let url = folder.appendingPathComponent("\(key).json")
        condition.lock()
        while inFlight.contains(key) { condition.wait() }
        if let data = FileManager.default.contents(atPath: url.path), let cached = try? JSONDecoder().decode(CheckResult.self, from: data) {
            condition.unlock()
            return cached
        }
        inFlight.insert(key)
        checked += 1
        condition.unlock()
        defer {
            condition.lock()
            inFlight.remove(key)
            condition.broadcast()
            condition.unlock()
        }
        let result = try check()
        try AtomicFile.write(try JSONEncoder.sorted.encode(result), to: url)
        return result
    }
}
