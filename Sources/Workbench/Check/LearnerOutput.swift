import Foundation

/// The learner's printed output as the check result shows it: XCTest's own progress lines removed,
/// cut to a readable length. For display only; no result is ever decided from output.
enum LearnerOutput {
    /// Output beyond this many characters is cut (Exercism's runner keeps 500 per test; a whole
    /// suite's run gets a little more).
    static let limit = 2_000

    static func display(_ raw: String) -> String {
        var inStackTrace = false
        let kept = raw.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            if line.hasPrefix("Current stack trace:") { inStackTrace = true; return false }
            if inStackTrace, line.first?.isNumber == true { return false }
            inStackTrace = false
            return !(line.hasPrefix("Test Suite '") || line.hasPrefix("Test Case '") || line.hasPrefix("\t Executed ")
                     || line.contains(": error: ") && line.contains(" : XCT"))
        }
        let text = kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "\n… (output cut at \(limit) characters)"
    }

    /// What a crashing process said last: the Swift runtime's "Fatal error: ..." line when there is
    /// one, else the last few lines of output.
    static func lastWords(_ raw: String, lines: Int = 3) -> String {
        let shown = display(raw).split(separator: "\n")
        if let fatal = shown.last(where: { $0.contains("Fatal error:") }) { return String(fatal) }
        return shown.suffix(lines).joined(separator: "\n")
    }
}
