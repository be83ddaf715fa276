import Foundation
import Workbench

/// `learn grade`'s progress on standard error: on a terminal one line redrawn in place,
/// `[#####-----] 5/10  about 1m20s left  alice`; otherwise one plain line per learner, so CI
/// logs say who was graded. Updated from the grading threads.
final class GradeProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private var line: StatusLine

    init(console: Console) {
        let terminal = console.error
        line = StatusLine(interactive: terminal.isTTY, width: terminal.width, style: terminal.style, write: console.writeError)
    }

    func show(_ progress: GradeProgress) {
        var text = ProgressBar(total: progress.total).render(completed: progress.done)
        if let left = progress.secondsLeft, progress.done < progress.total { text.append("  about \(Self.duration(left)) left") }
        text.append("  \(progress.learner)\(progress.reused ? " (unchanged)" : "")")
        lock.withLock { line.update(text) }
    }

    func finish() {
        lock.withLock { line.finish() }
    }

    /// `45s`, `3m05s`, `1h02m`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return String(format: "%dm%02ds", total / 60, total % 60) }
        return String(format: "%dh%02dm", total / 3600, total % 3600 / 60)
    }
}
