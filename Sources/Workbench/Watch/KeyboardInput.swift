import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keys from standard input for `learn watch`. On a terminal, `RawTerminalMode` makes each key
/// arrive as it is pressed; otherwise (a pipe) keys arrive a line at a time and `q<Enter>` quits.
/// Either way a poll(2) with a timeout waits for them, which is what paces the watch loop.
public struct KeyboardInput: WatchInput {
    private let descriptor: Int32
    private var pending: [Character] = []
    private var ended = false

    /// Keys from `descriptor` (standard input by default).
    public init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    /// Waits up to `timeout` seconds for a key (see `WatchInput`).
    public mutating func nextKey(timeout: Double) -> WatchKey? {
        if let key = takePendingKey() { return key }
        if ended { return .endOfInput }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, Int32((timeout * 1000).rounded()))
        guard ready > 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 256)
        let count = read(descriptor, &bytes, bytes.count)
        if count == 0 || (count < 0 && errno != EINTR && errno != EAGAIN) {
            ended = true
        } else if count > 0 {
            pending += String(decoding: bytes[..<count], as: UTF8.self)
        }
        return takePendingKey() ?? (ended ? .endOfInput : nil)
    }

    /// The first pending character that is a key; other characters (Enter, stray letters) are dropped.
    private mutating func takePendingKey() -> WatchKey? {
        while !pending.isEmpty {
            if let key = WatchKey(pending.removeFirst()) { return key }
        }
        return nil
    }
}
