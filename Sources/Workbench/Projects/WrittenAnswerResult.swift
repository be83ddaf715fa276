import Foundation

/// What the presence check of a written step found, section by section, and what it tells the
/// learner. Its words never claim to grade: "complete" means present and long enough.
public struct WrittenAnswerResult: Sendable, Equatable {
    /// The template's title.
    public let title: String
    /// One verdict per required section, in the template's order.
    public let sections: [WrittenAnswerCheck.SectionResult]

    /// Every required section present with enough words of the learner's own.
    public var complete: Bool { sections.allSatisfy(\.complete) }

    /// One line per section, then the verdict (`learn project check` adds where the model answer is).
    public func lines() -> [String] {
        var lines = sections.map { section -> String in
            guard section.present else {
                return "  missing   \(section.heading): add a '## \(section.heading)' heading with your answer under it"
            }
            let borrowed = section.borrowedWords > 0
                ? " (\(section.borrowedWords) more repeat the template or the brief and do not count)" : ""
            if section.complete {
                return "  complete  \(section.heading): \(section.ownWords) words of your own\(borrowed)"
            }
            return "  too short \(section.heading): \(section.ownWords) words of your own, at least \(section.minimumWords) needed\(borrowed)"
        }
        if complete {
            lines.append(Self.completeNote)
        } else {
            let open = sections.filter { !$0.complete }.count
            lines.append("Incomplete: \(open) of \(sections.count) section\(sections.count == 1 ? "" : "s") still to write. " + Self.scopeNote)
        }
        return lines
    }

    /// The result in the shape of a code check (`learn project check --json` prints both alike):
    /// one "test" per required section, named by its heading, its message the section's line of
    /// `lines()` (word counts, or what is missing). Nothing was run, so no output.
    public func checkResult(id: String, durationSeconds: Double = 0) -> CheckResult {
        let text = lines()
        let tests = zip(sections, text).map { section, line in
            TestOutcome(name: "section: \(section.heading)", status: section.complete ? .passed : .failed,
                        message: line.trimmingCharacters(in: .whitespaces))
        }
        return CheckResult(id: id, status: complete ? .passed : .failed, tests: tests, compileErrors: [],
                           durationSeconds: durationSeconds, output: "")
    }

    /// What a passing check means, and what it does not.
    public static let completeNote = "Complete: every required section is there with enough words of your own. "
        + "This check reads structure and length only; it cannot tell whether your reasoning holds."
    /// What the check looks at, said when it fails.
    public static let scopeNote = "The check looks for each section and counts your own words; it does not judge the prose."
}
