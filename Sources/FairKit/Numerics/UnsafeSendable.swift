/// A buffer handed to the tasks of `DispatchQueue.concurrentPerform`, which must be `Sendable`.
/// Safe where used because every task writes a disjoint part of it (its own rows or its own
/// block) and the buffer outlives the call.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
