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

    /// As `run`, but when `afterWave` is given the jobs go in waves of
    /// `ExplainConstants.jobsPerWavePerCore` x the cores, and `afterWave` hears on the calling
    /// thread, after each wave, how many jobs are done: a progress display moves while one long
    /// call runs, without a lock or a callback on a worker thread. The results do not depend on
    /// the waves (each job is computed alone).
    static func run<T: Sendable>(count: Int, afterWave: ((Int) -> Void)?, _ job: @Sendable (Int) throws -> T) throws -> [T] {
        guard let afterWave else { return try run(count: count, job) }
        let wave = max(1, ExplainConstants.jobsPerWavePerCore * ProcessInfo.processInfo.activeProcessorCount)
        var results: [T] = []
        results.reserveCapacity(count)
        var start = 0
        while start < count {
            let end = min(start + wave, count)
            let first = start
            results += try run(count: end - first) { try job(first + $0) }
            start = end
            afterWave(end)
        }
        return results
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
