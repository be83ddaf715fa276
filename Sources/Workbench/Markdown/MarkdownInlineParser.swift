/// Parses inline Markdown after CommonMark 0.31 section 6: backslash escapes, code spans,
/// emphasis and strong emphasis by the delimiter-run algorithm (flanking rules, the rule of three,
/// intraword `_` never emphasis), inline, full, collapsed and shortcut reference links, images,
/// autolinks, and hard and soft line breaks. HTML is not interpreted: it stays text.
struct MarkdownInlineParser {
    /// Link reference definitions by normalised label.
    let definitions: [String: String]

    func parse(_ source: String) -> [MarkdownInline] {
        var state = State(characters: Array(source), definitions: definitions)
        state.run()
        return state.result()
    }

    enum Item {
        case inline(MarkdownInline)
        case delimiter(Delimiter)
        case bracket(Bracket)
    }

    /// A run of `*` or `_` that may open or close emphasis (CommonMark 6.2).
    struct Delimiter {
        let character: Character
        var count: Int
        let originalCount: Int
        let canOpen: Bool
        let canClose: Bool
    }

    /// A `[` or `![` waiting for its `]`.
    struct Bracket {
        let isImage: Bool
        /// False once a link has formed after it: links do not nest.
        var isActive: Bool
        /// Where the bracketed text starts in the source, for reference labels.
        let textStart: Int
    }

    /// The parse in progress: the items so far and the text not yet closed into an item.
    struct State {
        let characters: [Character]
        let definitions: [String: String]
        var items: [Item] = []
        var text = ""
        var position = 0

        init(characters: [Character], definitions: [String: String]) {
            self.characters = characters
            self.definitions = definitions
        }

        func character(at index: Int) -> Character? {
            index >= 0 && index < characters.count ? characters[index] : nil
        }

        mutating func flushText() {
            if !text.isEmpty { items.append(.inline(.text(text))) }
            text = ""
        }

        mutating func run() {
            while let character = character(at: position) {
                switch character {
                case "\\": backslash()
                case "`": codeSpan()
                case "*", "_": delimiterRun(character)
                case "!" where self.character(at: position + 1) == "[":
                    openBracket(isImage: true)
                case "[": openBracket(isImage: false)
                case "]": closeBracket()
                case "<": autolinkOrText()
                case "\n": lineEnd()
                default:
                    text.append(character)
                    position += 1
                }
            }
            flushText()
            processEmphasis(from: 0)
        }

        func result() -> [MarkdownInline] {
            Self.inlines(from: items[...])
        }

        mutating func backslash() {
            let next = character(at: position + 1)
            if next == "\n" {
                flushText()
                items.append(.inline(.hardBreak))
                position += 2
                skipSpaces()
            } else if let next, next.isASCII, next.isPunctuation || next.isSymbol {
                text.append(next)
                position += 2
            } else {
                text.append("\\")
                position += 1
            }
        }

        mutating func codeSpan() {
            let length = run(of: "`", at: position)
            var search = position + length
            while search < characters.count {
                if characters[search] == "`" {
                    let closing = run(of: "`", at: search)
                    if closing == length {
                        var content = String(characters[(position + length)..<search]).replacingNewlines()
                        if content.count >= 2, content.first == " ", content.last == " ",
                           content.contains(where: { $0 != " " }) {
                            content = String(content.dropFirst().dropLast())
                        }
                        flushText()
                        items.append(.inline(.code(content)))
                        position = search + closing
                        return
                    }
                    search += closing
                } else {
                    search += 1
                }
            }
            text += String(repeating: "`", count: length)
            position += length
        }

        /// Left- and right-flanking per CommonMark 6.2; the start and end of the text count as
        /// whitespace. `_` additionally may not open or close inside a word.
        mutating func delimiterRun(_ character: Character) {
            let length = run(of: character, at: position)
            let before = self.character(at: position - 1) ?? " "
            let after = self.character(at: position + length) ?? " "
            let leftFlanking = !after.isMarkdownWhitespace
                && (!after.isMarkdownPunctuation || before.isMarkdownWhitespace || before.isMarkdownPunctuation)
            let rightFlanking = !before.isMarkdownWhitespace
                && (!before.isMarkdownPunctuation || after.isMarkdownWhitespace || after.isMarkdownPunctuation)
            let canOpen = character == "*" ? leftFlanking : leftFlanking && (!rightFlanking || before.isMarkdownPunctuation)
            let canClose = character == "*" ? rightFlanking : rightFlanking && (!leftFlanking || after.isMarkdownPunctuation)
            flushText()
            items.append(.delimiter(Delimiter(character: character, count: length, originalCount: length,
                                              canOpen: canOpen, canClose: canClose)))
            position += length
        }

        /// A line end is a hard break after two or more spaces, otherwise a soft break; spaces
        /// around it are dropped.
        mutating func lineEnd() {
            let trailing = text.reversed().prefix(while: { $0 == " " }).count
            text.removeLast(trailing)
            flushText()
            items.append(.inline(trailing >= 2 ? .hardBreak : .softBreak))
            position += 1
            skipSpaces()
        }

        mutating func skipSpaces() {
            while character(at: position) == " " { position += 1 }
        }

        func skippingWhitespace(from index: Int) -> Int {
            var index = index
            while let c = character(at: index), c.isMarkdownWhitespace { index += 1 }
            return index
        }

        func run(of character: Character, at index: Int) -> Int {
            var end = index
            while self.character(at: end) == character { end += 1 }
            return end - index
        }

        /// CommonMark 6.3 "process emphasis": for each closer, from the left, the nearest earlier
        /// opener of the same character that the rule of three allows; two characters are used
        /// when both runs have two (strong), else one. Delimiters between them become text.
        /// (The spec's openers_bottom table only saves time; this skips it.)
        mutating func processEmphasis(from bottom: Int) {
            var closerIndex = bottom
            while closerIndex < items.count {
                guard case .delimiter(var closer) = items[closerIndex], closer.canClose else {
                    closerIndex += 1
                    continue
                }
                let openerIndex = items[bottom..<closerIndex].lastIndex { item in
                    guard case .delimiter(let opener) = item, opener.character == closer.character, opener.canOpen else { return false }
                    let ruleOfThree = (opener.canClose || closer.canOpen)
                        && (opener.originalCount + closer.originalCount) % 3 == 0
                        && !(opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0)
                    return !ruleOfThree
                }
                guard let openerIndex, case .delimiter(var opener) = items[openerIndex] else {
                    if !closer.canOpen {
                        items[closerIndex] = .inline(.text(String(repeating: closer.character, count: closer.count)))
                    }
                    closerIndex += 1
                    continue
                }
                let used = opener.count >= 2 && closer.count >= 2 ? 2 : 1
                let content = Self.inlines(from: items[(openerIndex + 1)..<closerIndex])
                opener.count -= used
                closer.count -= used
                var replacement: [Item] = []
                if opener.count > 0 { replacement.append(.delimiter(opener)) }
                replacement.append(.inline(used == 2 ? .strong(content) : .emphasis(content)))
                let next = openerIndex + replacement.count
                if closer.count > 0 { replacement.append(.delimiter(closer)) }
                items.replaceSubrange(openerIndex...closerIndex, with: replacement)
                closerIndex = next
            }
        }

        /// Items as inlines: unmatched delimiters and brackets become their literal text, and
        /// neighbouring texts merge.
        static func inlines(from items: ArraySlice<Item>) -> [MarkdownInline] {
            var result: [MarkdownInline] = []
            for item in items {
                let inline: MarkdownInline
                switch item {
                case .inline(let value): inline = value
                case .delimiter(let delimiter): inline = .text(String(repeating: delimiter.character, count: delimiter.count))
                case .bracket(let bracket): inline = .text(bracket.isImage ? "![" : "[")
                }
                if case .text(let new) = inline, case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + new)
                } else {
                    result.append(inline)
                }
            }
            return result
        }
    }
}

extension Character {
    /// Unicode whitespace, as CommonMark defines it for flanking (Zs, tab, line feed, form feed,
    /// carriage return).
    var isMarkdownWhitespace: Bool { isWhitespace }

    /// CommonMark 0.31 punctuation: general category P or S.
    var isMarkdownPunctuation: Bool { isPunctuation || isSymbol }
}

private extension String {
    /// Code span content: line endings count as spaces (CommonMark 6.1).
    func replacingNewlines() -> String { String(map { $0 == "\n" ? " " : $0 }) }
}
