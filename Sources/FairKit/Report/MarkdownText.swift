import Foundation

/// Text made safe for Markdown (CommonMark with GitHub's tables): whatever a data file holds --
/// a category called `*`, a column named `<script>`, a value with a pipe -- shows as itself and
/// never as markup.
public enum MarkdownText {
    /// The characters that start Markdown or HTML syntax anywhere in a line, each escaped with a
    /// backslash (CommonMark allows a backslash before any ASCII punctuation).
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~"]

    /// `text` escaped for inline use: special characters behind a backslash, `&` as `&amp;` (so an
    /// entity such as `&lt;` in the data stays literal), line breaks as spaces (a Markdown line
    /// break would end a table row or a list item). With `atLineStart`, a leading `-`, `+`, `=` or
    /// `1.` that would start a list or underline a heading is escaped too.
    ///
    /// Example: `a|b <i>` becomes `a\|b \<i\>`.
    public static func escape(_ text: String, atLineStart: Bool = false) -> String {
        var out = ""
        for character in text {
            if character == "&" {
                out += "&amp;"
            } else if character.isNewline {
                out.append(" ")
            } else {
                if special.contains(character) { out.append("\\") }
                out.append(character)
            }
        }
        guard atLineStart, let first = out.first else { return out }
        if "-+=".contains(first) { return "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = out.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }

    /// Escaped `text` in a Markdown style: `**strong**` or `*emphasis*`. Spaces at either end stay
    /// outside the markers, where CommonMark needs them for the markers to count ("**Data:** x").
    public static func styled(_ text: String, _ style: Style) -> String {
        let core = text.trimmingCharacters(in: .whitespaces)
        guard style != .plain, !core.isEmpty else { return escape(text) }
        let leading = String(text.prefix { $0 == " " }), trailing = String(text.reversed().prefix { $0 == " " })
        let marker = style == .strong ? "**" : "*"
        return leading + marker + escape(core) + marker + trailing
    }

    /// The inline styles Markdown offers.
    public enum Style: Sendable, Equatable {
        case plain, strong, emphasis
    }
}
