extension WrittenAnswers {
    /// The YAML subset an answers file may use, read line by line; anything outside it is an error
    /// naming the line, never a guess:
    ///
    /// ```yaml
    /// # a comment
    /// developers: A. Student          # plain text (a comment may follow after " #")
    /// license: "CC BY 4.0"            # quoted text ('single' or "double" with \" \\ \n)
    /// primary_intended_uses: |        # a block: the indented lines, line breaks kept
    ///   Ranking loan applications
    ///   for a human reviewer.
    /// ethical_considerations: >       # folded: the indented lines joined by spaces
    ///   Age is a protected ground.
    /// out_of_scope_uses:              # a list: indented "- item" lines
    ///   - Automatic rejection
    ///   - "Use outside Germany: untested"
    /// citation:                       # nothing: unanswered
    /// ```
    ///
    /// Not read (an error says so): nested mappings, flow collections (`[a, b]`, `{a: b}`),
    /// anchors, aliases, tags, several documents. A leading `---` is allowed.
    static func yaml(_ text: String, file: String) throws(WrittenAnswersError) -> [Entry] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        var entries: [Entry] = []
        var i = 0
        func fail(_ line: Int, _ field: String?, _ problem: String) -> WrittenAnswersError {
            WrittenAnswersError(file: file, field: field, line: line, problem: problem)
        }
        func isBlankOrComment(_ line: Substring) -> Bool {
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.isEmpty || t.hasPrefix("#")
        }
        func indented(_ line: Substring) -> Bool { line.first == " " || line.first == "\t" }

        while i < lines.count {
            let line = lines[i], number = i + 1
            i += 1
            if isBlankOrComment(line) { continue }
            if line.trimmingCharacters(in: .whitespaces) == "---", entries.isEmpty { continue }
            guard !indented(line) else {
                throw fail(number, nil, "is indented but belongs to no field; start each field at the left margin as key: value")
            }
            guard let colon = line.firstIndex(of: ":"),
                  line.index(after: colon) == line.endIndex || line[line.index(after: colon)] == " " else {
                throw fail(number, nil, "is not key: value; write each field as key: text (answers files hold fields and their text only)")
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                throw fail(number, key.isEmpty ? nil : key, "is not a field name; names are letters, digits and _")
            }
            let rest = Self.stripComment(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            // The indented lines that follow belong to this field.
            var block: [(Int, Substring)] = []
            while i < lines.count, indented(lines[i]) || (lines[i].trimmingCharacters(in: .whitespaces).isEmpty && i + 1 < lines.count && indented(lines[i + 1])) {
                block.append((i + 1, lines[i]))
                i += 1
            }
            switch rest.first {
            case "|"?, ">"?:
                guard rest.count == 1 || rest.dropFirst().allSatisfy({ $0 == "-" || $0 == "+" }) else {
                    throw fail(number, key, "block indicators other than | and > (with - or +) are not read")
                }
                let body = Self.dedented(block.map(\.1))
                let joined = rest.first == "|" ? body.joined(separator: "\n") : Self.folded(body)
                entries.append(Entry(key: key, answer: .text(joined), line: number))
            case nil:
                let content = block.filter { !isBlankOrComment($0.1) }
                if content.isEmpty {
                    entries.append(Entry(key: key, answer: nil, line: number))
                    continue
                }
                var items: [String] = []
                for (itemLine, raw) in content {
                    let t = raw.trimmingCharacters(in: .whitespaces)
                    guard t == "-" || t.hasPrefix("- ") else {
                        throw fail(itemLine, key, "holds an indented line that is not a list item; write '- text', or quote the text on the key's line "
                                   + "(nested mappings are not read)")
                    }
                    items.append(try Self.scalar(Self.stripComment(Substring(t.dropFirst())).trimmingCharacters(in: .whitespaces),
                                                 line: itemLine, key: key, file: file))
                }
                entries.append(Entry(key: key, answer: .list(items), line: number))
            default:
                guard block.allSatisfy({ isBlankOrComment($0.1) }) else {
                    throw fail(block.first { !isBlankOrComment($0.1) }?.0 ?? number, key,
                               "continues on an indented line; use key: | (or >) and indent the text below it")
                }
                entries.append(Entry(key: key, answer: .text(try Self.scalar(rest, line: number, key: key, file: file)), line: number))
            }
        }
        return entries
    }

    /// A one-line value: quoted ('…' with '' for a quote, "…" with \" \\ \n \t) or plain text.
    private static func scalar(_ text: String, line: Int, key: String, file: String) throws(WrittenAnswersError) -> String {
        func fail(_ problem: String) -> WrittenAnswersError { WrittenAnswersError(file: file, field: key, line: line, problem: problem) }
        if let quote = text.first, quote == "'" || quote == "\"" {
            guard text.count >= 2, text.last == quote else { throw fail("has a \(quote) quote that is not closed on the same line") }
            let inner = text.dropFirst().dropLast()
            if quote == "'" { return inner.replacingOccurrences(of: "''", with: "'") }
            var out = "", escaped = false
            for c in inner {
                if escaped {
                    switch c {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "\"", "\\", "/": out.append(c)
                    default: throw fail("has the escape \\\(c), which is not read; use \\n, \\t, \\\" or \\\\")
                    }
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else {
                    out.append(c)
                }
            }
            return out
        }
        if let first = text.first, "[{&*!%@`".contains(first) {
            throw fail("starts with '\(first)', which YAML reads as structure; put the text in quotes")
        }
        if text.contains(": ") { throw fail("holds ': ', which YAML reads as a nested mapping; put the text in quotes") }
        return text
    }

    /// `line` without a trailing ` # comment` (a `#` inside quotes is kept).
    private static func stripComment(_ line: Substring) -> String {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let c = line[index]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                if previous == " " { quote = c }
            } else if c == "#", previous == " " || previous == "\t" {
                return String(line[..<index])
            }
            previous = c
        }
        return String(line)
    }

    /// Block lines without their common indentation; trailing blank lines dropped.
    private static func dedented(_ lines: [Substring]) -> [String] {
        let indents = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { $0.prefix { $0 == " " || $0 == "\t" }.count }
        let cut = indents.min() ?? 0
        var out = lines.map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? "" : String($0.dropFirst(cut)) }
        while out.last == "" { out.removeLast() }
        return out
    }

    /// A folded block: lines joined by spaces, a blank line a paragraph break.
    private static func folded(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            if line.isEmpty { out += "\n" } else { out += (out.isEmpty || out.hasSuffix("\n") ? "" : " ") + line }
        }
        return out
    }
}
