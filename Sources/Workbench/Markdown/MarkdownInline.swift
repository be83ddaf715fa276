/// Inline content of a paragraph, heading or table cell.
indirect enum MarkdownInline: Sendable, Equatable {
    case text(String)
    /// A code span's content, verbatim.
    case code(String)
    /// `*x*` or `_x_`.
    case emphasis([MarkdownInline])
    /// `**x**` or `__x__`.
    case strong([MarkdownInline])
    /// An inline link, a reference link or an autolink (`<https://...>`, whose text is its URL).
    case link(text: [MarkdownInline], destination: String)
    case image(alt: [MarkdownInline], destination: String)
    /// A line break inside a paragraph: shown as a space.
    case softBreak
    /// Two trailing spaces or a backslash before a line end: kept as a line break.
    case hardBreak
}

extension Array where Element == MarkdownInline {
    /// The text a reader sees, without styling: what a heading's slug is computed from. Images
    /// add nothing (their alt text is an attribute, not text content, in GitHub's HTML), and
    /// inline HTML tags are dropped (GitHub renders them as elements).
    var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text): result += Self.removingHTMLTags(text)
            case .code(let code): result += code
            case .emphasis(let content), .strong(let content), .link(let content, _): result += content.plainText
            case .image: break
            case .softBreak, .hardBreak: result += " "
            }
        }
        return result
    }

    /// `text` without anything shaped like an HTML tag (`<em>`, `</sub>`, `<br/>`).
    private static func removingHTMLTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "<", next < text.endIndex, text[next].isLetter || text[next] == "/",
               let close = text[next...].firstIndex(of: ">") {
                index = text.index(after: close)
            } else {
                result.append(text[index])
                index = next
            }
        }
        return result
    }
}
