extension StyledText {
    /// The text broken into lines of at most `width` columns.
    ///
    /// Greedy word wrap: a line takes as many words as fit, and words are never split unless one
    /// alone is wider than `width`. Such a word is cut into `width`-column pieces when
    /// `breakingLongWords` is true (table cells, which must keep their column), and otherwise
    /// stands alone on a line that is too long (a URL in prose, which the terminal's own soft wrap
    /// keeps clickable and copyable, where a newline inside it would not). Runs of spaces between words shrink to one space, spaces at a line
    /// break disappear, and a "\n" in the text is a hard break. Styles stay on their characters;
    /// the space joining two words keeps the style it had (an underlined link's inner spaces stay
    /// underlined). Empty text gives no lines.
    public func wrapped(toWidth width: Int, breakingLongWords: Bool = true) -> [StyledText] {
        let width = max(1, width)
        var lines: [StyledText] = []
        var line = StyledText()
        var lineWidth = 0
        var pendingSpace: TextStyle?
        var sawText = false

        for token in wrapTokens() {
            sawText = true
            switch token {
            case .lineBreak:
                lines.append(line)
                (line, lineWidth, pendingSpace) = (StyledText(), 0, nil)
            case .space(let style):
                if !line.isEmpty, pendingSpace == nil { pendingSpace = style }
            case .word(let word):
                let wordWidth = word.displayWidth
                if !line.isEmpty, wordWidth < width - lineWidth {  // lineWidth + 1 + wordWidth <= width, without overflow at .max
                    line.append(" ", style: pendingSpace ?? [])
                    line.append(word)
                    lineWidth += 1 + wordWidth
                } else {
                    if !line.isEmpty { lines.append(line) }
                    var pieces = breakingLongWords ? word.pieces(ofWidth: width) : [word]
                    line = pieces.removeLast()
                    lineWidth = line.displayWidth
                    lines.append(contentsOf: pieces)
                }
                pendingSpace = nil
            }
        }
        if sawText { lines.append(line) }
        return lines
    }

    private enum WrapToken {
        case word(StyledText)
        case space(TextStyle)
        case lineBreak
    }

    /// Words (runs of non-space characters, possibly in several styles), single spaces and breaks.
    private func wrapTokens() -> [WrapToken] {
        var tokens: [WrapToken] = []
        var word = StyledText()
        func endWord() {
            if !word.isEmpty { tokens.append(.word(word)) }
            word = StyledText()
        }
        for run in runs {
            var wordStart = run.text.startIndex
            for index in run.text.indices {
                let character = run.text[index]
                guard character == " " || character == "\t" || character == "\n" else { continue }
                word.append(String(run.text[wordStart..<index]), style: run.style)
                endWord()
                tokens.append(character == "\n" ? .lineBreak : .space(run.style))
                wordStart = run.text.index(after: index)
            }
            word.append(String(run.text[wordStart...]), style: run.style)
        }
        endWord()
        return tokens
    }

    /// The text cut into consecutive pieces of at most `width` columns (each at least one
    /// character, so a wide character in a one-column space still makes progress).
    private func pieces(ofWidth width: Int) -> [StyledText] {
        var pieces: [StyledText] = []
        var piece = StyledText()
        var pieceWidth = 0
        for run in runs {
            for character in run.text {
                let w = Workbench.displayWidth(of: character)
                if pieceWidth + w > width, !piece.isEmpty {
                    pieces.append(piece)
                    (piece, pieceWidth) = (StyledText(), 0)
                }
                piece.append(String(character), style: run.style)
                pieceWidth += w
            }
        }
        pieces.append(piece)
        return pieces
    }
}
