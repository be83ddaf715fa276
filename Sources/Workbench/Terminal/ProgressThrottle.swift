/// Decides which updates of a live progress line are shown: the first, then at most one per
/// `interval` seconds. Work reported hundreds of times a second would otherwise spend its time
/// redrawing the terminal, and a line that changes faster than it can be read says nothing.
/// The clock is the caller's (`admit(at:)`), so the rule is tested with plain numbers.
///
/// Example, interval 0.1: updates at 0, 0.05, 0.1, 0.15, 0.25 s show at 0, 0.1 and 0.25.
public struct ProgressThrottle: Sendable, Equatable {
    public let interval: Double
    private var lastShown: Double?

    public init(interval: Double = TerminalConstants.progressInterval) {
        self.interval = interval
    }

    /// Whether the update at `now` (seconds on a monotonic clock) is shown; counts it as shown if so.
    public mutating func admit(at now: Double) -> Bool {
        if let lastShown, now - lastShown < interval { return false }
        lastShown = now
        return true
    }
}

/// The terminal's tuning numbers.
public enum TerminalConstants {
    /// A live progress line is redrawn at most this often (seconds): ten times a second reads as
    /// continuous motion and costs nothing next to the work.
    public static let progressInterval = 0.1
}
