import Foundation

/// A fixed number of slots filled by concurrent workers (`DispatchQueue.concurrentPerform`), each
/// slot by one worker, read once they are done.
final class ConcurrentSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var filled = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores `value` in slot `index`; returns how many slots are filled now.
    @discardableResult
    func set(_ index: Int, _ value: Value) -> Int {
        lock.withLock {
            if slots[index] == nil { filled += 1 }
            slots[index] = value
            return filled
        }
    }

    /// Every slot, in order; `nil` where no worker stored a value.
    var values: [Value?] { lock.withLock { slots } }
}
