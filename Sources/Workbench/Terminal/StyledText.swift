/// Text made of runs that each carry a `TextStyle`: what the renderers lay out (wrap, pad, align)
/// before a `TerminalStyle` turns it into a string with or without escape codes.
///
/// Layout works on the visible characters only, so a styled rendering and a plain one have the
/// same shape: the plain text is the styled text with its escape codes removed.
public struct StyledText: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// A stretch of text in one style.
    public struct Run: Sendable, Equatable {
        /// The characters, never empty inside a `StyledText`.
        public var text: String
        /// How they look.
        public var style: TextStyle

        /// A run of `text` in `style`.
        public init(text: String, style: TextStyle) {
            self.text = text
            self.style = style
        }
    }

    /// The runs, never empty ones, and never two neighbours with the same style.
    public private(set) var runs: [Run] = []

    /// Empty text.
    public init() {}

    /// `text` in one style (unstyled by default).
    public init(_ text: String, style: TextStyle = []) {
        append(text, style: style)
    }

    /// Unstyled text from a literal, so that `"abc"` can stand where a `StyledText` is expected.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text without styles.
    public var plainText: String { runs.map(\.text).joined() }

    /// The plain text.
    public var description: String { plainText }

    /// Whether there are no characters.
    public var isEmpty: Bool { runs.isEmpty }

    /// Terminal columns the text takes (see `displayWidth(of:)`).
    public var displayWidth: Int { runs.reduce(0) { $0 + $1.text.displayWidth } }

    /// Adds `text` in `style` at the end, merging with the last run when the style is the same.
    public mutating func append(_ text: String, style: TextStyle = []) {
        guard !text.isEmpty else { return }
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append(Run(text: text, style: style))
        }
    }

    /// Adds `other`'s runs at the end.
    public mutating func append(_ other: StyledText) {
        for run in other.runs { append(run.text, style: run.style) }
    }

    /// `lhs` followed by `rhs`.
    public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        var result = lhs
        result.append(rhs)
        return result
    }

    /// The same text with `style` added to every run (bold link text inside a bold heading stays
    /// underlined as well).
    public func adding(_ style: TextStyle) -> StyledText {
        var result = StyledText()
        for run in runs { result.append(run.text, style: run.style.union(style)) }
        return result
    }

    /// The text padded with spaces to `width` columns, placed by `alignment`; text already as wide
    /// or wider comes back unchanged.
    public func padded(to width: Int, alignment: TextAlignment) -> StyledText {
        let gap = width - displayWidth
        guard gap > 0 else { return self }
        let (left, right): (Int, Int)
        switch alignment {
        case .left: (left, right) = (0, gap)
        case .right: (left, right) = (gap, 0)
        case .center: (left, right) = (gap / 2, gap - gap / 2)
        }
        return StyledText(String(repeating: " ", count: left)) + self + StyledText(String(repeating: " ", count: right))
    }

    /// The text without trailing spaces, so that padded last columns leave no invisible tail.
    public func trimmingTrailingSpaces() -> StyledText {
        var result = self
        while let last = result.runs.last {
            let trimmed = String(last.text.reversed().drop(while: { $0 == " " }).reversed())
            if trimmed.isEmpty {
                result.runs.removeLast()
            } else {
                result.runs[result.runs.count - 1].text = trimmed
                break
            }
        }
        return result
    }

    /// The text cut to at most `width` columns, ending in "..." when something was cut.
    public func truncated(toWidth width: Int) -> StyledText {
        guard displayWidth > width else { return self }
        let ellipsis = width >= 3 ? "..." : ""
        var budget = max(0, width - ellipsis.count)
        var result = StyledText()
        outer: for run in runs {
            var kept = ""
            for character in run.text {
                let w = Workbench.displayWidth(of: character)
                if w > budget {
                    result.append(kept, style: run.style)
                    break outer
                }
                kept.append(character)
                budget -= w
            }
            result.append(kept, style: run.style)
        }
        result.append(ellipsis)
        return result
    }
}

/// Where text sits in a column wider than itself.
public enum TextAlignment: Sendable, Equatable {
    case left, center, right
}
