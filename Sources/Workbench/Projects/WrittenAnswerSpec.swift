import Foundation

/// What a written project step (a technical brief, a charter) must contain: the Markdown sections
/// its template ships, each with the prompt the template shows and the fewest words of the
/// learner's own it needs. The spec is read from the template as shipped with the course, never
/// from the learner's copy, so deleting a heading from the copy cannot delete the requirement.
///
/// A template is Markdown: one `# Title`, then per required section a level-2 heading followed by
/// its prompt in an HTML comment, which a Markdown viewer hides:
///
///     # Technical brief: which loan model to deploy
///     ## Recommendation
///     <!-- Which variant do you recommend, in one or two sentences? -->
///
/// Example: that template with `minimumWords: 40` requires one section, "Recommendation", of at
/// least 40 words that are neither the prompt's nor the brief's (`WrittenAnswerCheck`).
public struct WrittenAnswerSpec: Sendable, Equatable {
    /// One required section.
    public struct Section: Sendable, Equatable {
        /// The heading as the reader sees it ("Recommendation").
        public let heading: String
        /// The template's prompt under it (the HTML comment's text), empty when it has none.
        public let prompt: String
        /// The fewest original words the section needs.
        public let minimumWords: Int
    }

    /// The template's title (its level-1 heading), or empty.
    public let title: String
    /// The required sections, in the template's order.
    public let sections: [Section]
    /// The template itself, the text the learner starts from.
    public let template: String

    /// The spec of `template`: every level-2 heading is a required section needing
    /// `minimumWords` original words, or the number in `overrides` under its heading text.
    /// A template without level-2 headings is an authoring error.
    public init(template: String, minimumWords: Int, overrides: [String: Int] = [:], name: String = "the template") throws {
        let document = MarkdownDocument(template, name: name)
        let required = document.headings.filter { $0.level == 2 }
        guard !required.isEmpty else {
            throw WrittenAnswerError.noSections(name)
        }
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        sections = required.map { heading in
            let body = WrittenAnswerSpec.body(of: heading, in: document.headings, lines: lines)
            let prompt = WrittenAnswerSpec.comments(in: body).joined(separator: " ")
            return Section(heading: heading.text, prompt: prompt, minimumWords: overrides[heading.text] ?? minimumWords)
        }
        title = document.headings.first { $0.level == 1 }?.text ?? ""
        self.template = template
    }

    /// The lines under `heading` up to the next heading of its level or a higher one.
    static func body(of heading: MarkdownHeading, in headings: [MarkdownHeading], lines: [String]) -> String {
        let next = headings.first { $0.line > heading.line && $0.level <= heading.level }?.line ?? (lines.count + 1)
        guard heading.line < next - 1 else { return "" }
        return lines[heading.line..<(next - 1)].joined(separator: "\n")
    }

    /// The texts of the HTML comments in `text`, trimmed.
    static func comments(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            guard let close = rest[open.upperBound...].range(of: "-->") else { break }
            found.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines))
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// `text` without its HTML comments (an unclosed one runs to the end, as in a browser).
    static func removingComments(_ text: String) -> String {
        var kept = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            kept += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return kept }
            rest = rest[close.upperBound...]
        }
        return kept + rest
    }
}

/// A written step that cannot be checked because its template or answer file is unusable.
public enum WrittenAnswerError: Error, Equatable, CustomStringConvertible {
    /// The template has no `## ` heading, so it requires nothing.
    case noSections(String)
    /// The learner's file cannot be read.
    case unreadable(String)

    public var description: String {
        switch self {
        case .noSections(let name):
            return "\(name) has no level-2 headings ('## Section'): a written step's template must list its required sections as '## ' headings."
        case .unreadable(let path):
            return "\(path): cannot read your answer; restore the template with `learn project start` and write your answer in it."
        }
    }
}
