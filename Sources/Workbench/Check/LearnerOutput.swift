import Foundation

/// The learner's printed output as the check result shows it: XCTest's own progress lines and the
/// Swift runtime's crash backtrace removed, cut to a readable length. For display only; no result
/// is ever decided from output.
enum LearnerOutput {
    /// Output beyond this many characters is cut (Exercism's runner keeps 500 per test; a whole
    /// suite's run gets a little more).
    static let limit = 2_000

    /// The Swift runtime's backtracer report starts and ends with these lines (the engine turns
    /// it on for the test process, see `CheckEngine.backtraceSettings`).
    static let backtraceStart = "*** Signal "
    static let backtraceEnd = "Backtrace took "

    static func display(_ raw: String) -> String {
        var inStackTrace = false
        var inBacktrace = false
        let kept = raw.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            if line.hasPrefix(backtraceStart) { inBacktrace = true }
            if inBacktrace {
                if line.hasPrefix(backtraceEnd) { inBacktrace = false }
                return false
            }
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
    /// one, else the last few lines of output; then where in the learner's file it happened (the
    /// first backtrace frame in `learnerPath`), not where in the standard library it trapped.
    static func lastWords(_ raw: String, learnerPath: String, lines: Int = 3) -> String {
        let shown = display(raw).split(separator: "\n")
        var words = shown.last(where: { $0.contains("Fatal error:") }).map { String(fatalMessage($0)) }
            ?? shown.suffix(lines).joined(separator: "\n")
        if let frame = learnerFrame(raw, learnerPath: learnerPath) {
            words += (words.isEmpty ? "" : "\n") + frame
        }
        return words
    }

    /// "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range" names the standard
    /// library's line, which is no use to a learner: keep "Fatal error: Index out of range". The
    /// learner's own fatalError names their file, which `learnerFrame` names too.
    private static func fatalMessage(_ line: Substring) -> Substring {
        line.range(of: "Fatal error:").map { line[$0.lowerBound...] } ?? line
    }

    /// "at exercises/01/split.swift:12:9, in pick(_:_:)" from a backtrace frame such as
    /// `  3 [ra] 0x000055986e6f9e90 pick(_:_:) + 47 in check at exercises/01/split.swift:12:9`.
    static func learnerFrame(_ raw: String, learnerPath: String) -> String? {
        for line in raw.split(separator: "\n") {
            guard let at = line.range(of: " at \(learnerPath):", options: .backwards) else { continue }
            let location = line[line.index(at.lowerBound, offsetBy: 4)...]
            let words = line[..<at.lowerBound].split(separator: " ", omittingEmptySubsequences: true)
            // Frame number, optional [ra]/[thunk] marks, the address, then the function up to " + offset in image".
            guard let address = words.firstIndex(where: { $0.hasPrefix("0x") }),
                  let plus = words.lastIndex(of: "+"), plus > address + 1 else { return "at \(location)" }
            return "at \(location), in \(words[(address + 1)..<plus].joined(separator: " "))"
        }
        return nil
    }
}
