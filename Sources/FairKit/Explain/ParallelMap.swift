import Foundation

/// Runs `count` independent jobs on every core (`DispatchQueue.concurrentPerform`) and returns
/// their results in job order; the first error any job throws is rethrown.
enum ParallelMap {
    static func run<T: Sendable>(count: Int, _ job: @Sendable (Int) throws -> T) throws -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            slots.set(i, Result { try job(i) })
        }
        return try slots.values.map { try $0.get() }
    }

    /// Results written by concurrent jobs, one slot each, behind a lock.
    private final class Slots<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result<T, Error>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ i: Int, _ value: Result<T, Error>) { lock.withLock { slots[i] = value } }

        var values: [Result<T, Error>] {
            lock.withLock { slots.map { $0 ?? .failure(ExplainError.badModelOutput("a parallel job did not finish")) } }
        }
    }
}
