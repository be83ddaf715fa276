import Foundation

/// Where a check's time goes: the engine marks the end of each phase (reading and scanning, the
/// prepared toolkit, each compiler job by its program's name, the test run); `benchmarks check`
/// passes one in and prints the median of each phase. Costs a clock read per phase.
public final class CheckTrace: @unchecked Sendable {
    /// Phases in the order they ended, with their seconds.
    public private(set) var phases: [(name: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds
    private let lock = NSLock()

    public init() {}

    /// Starts timing from now (the engine calls it as a check begins).
    func start() {
        lock.withLock { last = DispatchTime.now().uptimeNanoseconds; phases = [] }
    }

    /// Ends the phase `name` now. Concurrent jobs mark in the order they end.
    func mark(_ name: String) {
        lock.withLock {
            let now = DispatchTime.now().uptimeNanoseconds
            phases.append((name, Double(now - last) / 1e9))
            last = now
        }
    }
}
