/// A parsed Markdown document: what the renderer draws, and the headings `learn lesson` and
/// `learn verify` look sections up by.
public struct MarkdownDocument: Sendable {
    /// The Markdown text.
    public let source: String
    /// Where the text came from (a path), for error messages; nil when it has no name.
    public let name: String?
    /// Every heading in document order, nested ones (in quotes and lists) included, with the
    /// GitHub slug each one gets (see `HeadingSlugger`).
    public let headings: [MarkdownHeading]

    let blocks: [MarkdownBlock]
    /// Link reference definitions by normalised label.
    let definitions: [String: String]

    /// Parses `source`; `name` (a path) is used in error messages. Parsing never fails: text that
    /// is no other construct is paragraph text.
    public init(_ source: String, name: String? = nil) {
        self.init(source, name: name, inheritedDefinitions: [:])
    }

    /// A document whose links may also use `inheritedDefinitions` (a section cut from a larger
    /// document keeps the definitions at the bottom of the whole).
    private init(_ source: String, name: String?, inheritedDefinitions: [String: String]) {
        var parser = MarkdownBlockParser()
        let blocks = parser.parse(source)
        let definitions = inheritedDefinitions.merging(parser.definitions) { _, own in own }
        let inline = MarkdownInlineParser(definitions: definitions)
        var slugger = HeadingSlugger()
        var headings: [MarkdownHeading] = []
        func collect(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case .heading(let level, let text, let line):
                    let plain = inline.parse(text).plainText
                    headings.append(MarkdownHeading(level: level, text: plain, slug: slugger.slug(for: plain), line: line))
                case .quote(let inner): collect(inner)
                case .list(let list): list.items.forEach(collect)
                case .paragraph, .code, .table, .rule: break
                }
            }
        }
        collect(blocks)
        self.source = source
        self.name = name
        self.blocks = blocks
        self.definitions = definitions
        self.headings = headings
    }

    /// The heading with `slug`, if there is one.
    public func heading(slug: String) -> MarkdownHeading? {
        headings.first { $0.slug == slug }
    }

    /// The section under the heading with `slug`: the heading's own line up to the next heading
    /// of the same or a higher level (a smaller number), or the end, without trailing blank lines.
    /// The section keeps the whole document's link definitions.
    ///
    /// - Throws: `MarkdownSectionError.unknownSlug` listing the slugs that exist.
    public func section(slug: String) throws -> MarkdownDocument {
        guard let index = headings.firstIndex(where: { $0.slug == slug }) else {
            throw MarkdownSectionError.unknownSlug(slug, document: name, available: headings.map(\.slug))
        }
        let heading = headings[index]
        let end = headings[(index + 1)...].first { $0.level <= heading.level }?.line
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        lines = Array(lines[(heading.line - 1)..<((end ?? lines.count + 1) - 1)])
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { lines.removeLast() }
        return MarkdownDocument(lines.joined(separator: "\n"), name: name, inheritedDefinitions: definitions)
    }
}

/// One heading of a document.
public struct MarkdownHeading: Sendable, Equatable {
    /// 1 for `#`, 2 for `##`, ...
    public let level: Int
    /// The heading as a reader sees it, without Markdown markers.
    public let text: String
    /// The GitHub anchor, unique within the document (`## Setup` twice gives `setup`, `setup-1`).
    public let slug: String
    /// The 1-based source line the heading starts on.
    public let line: Int
}

/// A section asked for by a slug that no heading has.
public enum MarkdownSectionError: Error, Equatable, CustomStringConvertible {
    case unknownSlug(String, document: String?, available: [String])

    /// The message for the learner or author: which document, which slug, and the slugs that exist.
    public var description: String {
        switch self {
        case .unknownSlug(let slug, let document, let available):
            let place = document.map { "\($0) has" } ?? "the document has"
            let list = available.isEmpty ? "it has no headings" : "its headings' slugs are: " + available.joined(separator: ", ")
            return "\(place) no heading with slug '\(slug)'; \(list). A slug is the heading text in lower case, "
                + "punctuation removed and each space turned into '-' (\"## 3. Precision & recall\" is '3-precision--recall')."
        }
    }
}
