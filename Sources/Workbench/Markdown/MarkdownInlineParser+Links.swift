/// Links, images and autolinks (CommonMark 0.31 sections 6.3-6.5).
extension MarkdownInlineParser.State {
    mutating func openBracket(isImage: Bool) {
        flushText()
        let width = isImage ? 2 : 1
        items.append(.bracket(MarkdownInlineParser.Bracket(isImage: isImage, isActive: true, textStart: position + width)))
        position += width
    }

    /// Turns the nearest open bracket and what follows it into a link or image if a
    /// destination follows "]" or the text names a definition; otherwise both brackets stay
    /// literal text.
    mutating func closeBracket() {
        flushText()
        guard let openerIndex = items.lastIndex(where: { if case .bracket = $0 { return true } else { return false } }),
              case .bracket(let opener) = items[openerIndex] else {
            text.append("]")
            position += 1
            return
        }
        guard opener.isActive, let (destination, end) = linkTarget(afterBracketAt: position, textStart: opener.textStart) else {
            items[openerIndex] = .inline(.text(opener.isImage ? "![" : "["))
            text.append("]")
            position += 1
            return
        }
        processEmphasis(from: openerIndex + 1)
        let content = Self.inlines(from: items[(openerIndex + 1)...])
        items.removeSubrange(openerIndex...)
        if opener.isImage {
            items.append(.inline(.image(alt: content, destination: destination)))
        } else {
            items.append(.inline(.link(text: content, destination: destination)))
            for index in items.indices {
                if case .bracket(var earlier) = items[index] {
                    earlier.isActive = false
                    items[index] = .bracket(earlier)
                }
            }
        }
        position = end
    }

    /// The destination of the link whose text closes at `close`, and where the link ends:
    /// `(destination "title")`, `[label]`, `[]` or nothing (a shortcut reference).
    func linkTarget(afterBracketAt close: Int, textStart: Int) -> (String, Int)? {
        if character(at: close + 1) == "(", let inline = inlineDestination(from: close + 1) { return inline }
        let ownLabel = MarkdownLineSyntax.normalizedLabel(String(characters[textStart..<close]))
        if character(at: close + 1) == "[", let labelEnd = characters[(close + 2)...].firstIndex(of: "]") {
            let label = MarkdownLineSyntax.normalizedLabel(String(characters[(close + 2)..<labelEnd]))
            if let destination = definitions[label.isEmpty ? ownLabel : label] { return (destination, labelEnd + 1) }
        }
        return definitions[ownLabel].map { ($0, close + 1) }
    }

    /// Parses `(destination "optional title")` starting at the "(".
    func inlineDestination(from open: Int) -> (String, Int)? {
        var index = skippingWhitespace(from: open + 1)
        var destination = ""
        if character(at: index) == "<" {
            index += 1
            while let c = character(at: index), c != ">" {
                if c == "\n" || c == "<" { return nil }
                destination.append(c)
                index += 1
            }
            guard character(at: index) == ">" else { return nil }
            index += 1
        } else {
            var depth = 0
            while let c = character(at: index), !c.isMarkdownWhitespace {
                if c == "\\", let next = character(at: index + 1), next.isASCII, next.isPunctuation || next.isSymbol {
                    destination.append(next)
                    index += 2
                    continue
                }
                if c == "(" { depth += 1 }
                if c == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                destination.append(c)
                index += 1
            }
        }
        index = skippingWhitespace(from: index)
        if let open = character(at: index), open == "\"" || open == "'" || open == "(" {
            let close: Character = open == "(" ? ")" : open
            index += 1
            while let c = character(at: index), c != close { index += c == "\\" ? 2 : 1 }
            guard character(at: index) == close else { return nil }
            index = skippingWhitespace(from: index + 1)
        }
        guard character(at: index) == ")" else { return nil }
        return (destination, index + 1)
    }

    /// `<scheme:...>` (scheme of 2-32 letters, digits, "+", ".", "-") or `<user@host>`.
    mutating func autolinkOrText() {
        guard let close = characters[position...].firstIndex(of: ">") else {
            text.append("<")
            position += 1
            return
        }
        let inner = String(characters[(position + 1)..<close])
        let isURI: Bool = {
            guard let colon = inner.firstIndex(of: ":") else { return false }
            let scheme = inner[..<colon]
            return (2...32).contains(scheme.count) && scheme.first?.isLetter == true
                && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
                && !inner.contains(where: { $0.isMarkdownWhitespace || $0 == "<" })
        }()
        let isEmail: Bool = {
            let parts = inner.split(separator: "@", omittingEmptySubsequences: false)
            return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
                && !inner.contains(where: { $0.isMarkdownWhitespace || $0 == "<" || $0 == "\\" })
        }()
        guard isURI || isEmail else {
            text.append("<")  // inline HTML or a lone "<": text as written
            position += 1
            return
        }
        flushText()
        items.append(.inline(.link(text: [.text(inner)], destination: isURI ? inner : "mailto:" + inner)))
        position = close + 1
    }
}
