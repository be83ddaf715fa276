/// The tokens of Swift code whose comments and string literals are blanked (`SwiftSourceText`),
/// with their places: enough for the mutation operators to find operators, literals, keywords
/// and brackets without a parser. Offsets count Unicode scalars, which `SwiftSourceText` keeps
/// one for one, so a token's range is also its range in the original source.
struct SwiftTokens: Sendable {
    enum Kind: Sendable, Equatable {
        case identifier, integer, float, `operator`, punctuation
    }

    struct Token: Sendable, Equatable {
        var kind: Kind
        var text: String
        /// Scalar offsets in the source, `start ..< end`.
        var start: Int
        var end: Int
        /// 1-based line and column.
        var line: Int
        var column: Int
        /// Whether whitespace (or the start of the file) comes right before it, and right after.
        var spaceBefore: Bool
        var spaceAfter: Bool
    }

    let tokens: [Token]

    /// Characters that make up operators (`.` only at an operator's start, as in `..<`).
    static let operatorCharacters = Set("/=-+!*%<>&|^~?".unicodeScalars)

    init(code: String) {
        let s = Array(code.unicodeScalars)
        var tokens: [Token] = []
        var i = 0, line = 1, lineStart = 0
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" }
        func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
            c == "_" || c == "$" || c.properties.isAlphabetic
        }
        func isIdentifierPart(_ c: Unicode.Scalar) -> Bool { isIdentifierStart(c) || ("0"..."9").contains(c) }
        while i < s.count {
            let c = s[i]
            if c == "\n" { line += 1; lineStart = i + 1; i += 1; continue }
            if isSpace(c) { i += 1; continue }
            let start = i
            var kind = Kind.punctuation
            if isIdentifierStart(c) {
                while i < s.count, isIdentifierPart(s[i]) { i += 1 }
                kind = .identifier
            } else if ("0"..."9").contains(c) {
                kind = .integer
                let hex = c == "0" && i + 1 < s.count && (s[i + 1] == "x" || s[i + 1] == "b" || s[i + 1] == "o")
                if hex { i += 2 }
                while i < s.count {
                    let d = s[i]
                    if isIdentifierPart(d) && !(!hex && (d == "e" || d == "E")) {
                        i += 1
                    } else if !hex, d == ".", i + 1 < s.count, ("0"..."9").contains(s[i + 1]) {
                        kind = .float; i += 1
                    } else if !hex, d == "e" || d == "E" {
                        kind = .float; i += 1
                        if i < s.count, s[i] == "-" || s[i] == "+" { i += 1 }
                    } else {
                        break
                    }
                }
            } else if c == "." || Self.operatorCharacters.contains(c) {
                let dotted = c == "."
                while i < s.count, Self.operatorCharacters.contains(s[i]) || (dotted && s[i] == ".") { i += 1 }
                // A lone `.` is member access, not an operator.
                kind = i - start == 1 && dotted ? .punctuation : .operator
            } else {
                i += 1
            }
            tokens.append(Token(kind: kind, text: String(String.UnicodeScalarView(s[start..<i])), start: start, end: i,
                                line: line, column: start - lineStart + 1,
                                spaceBefore: start == 0 || isSpace(s[start - 1]),
                                spaceAfter: i == s.count || isSpace(s[i])))
        }
        self.tokens = tokens
    }

    /// The index of the bracket closing the one at `index` (`(`, `[` or `{`), if any.
    func closing(_ index: Int) -> Int? {
        let pairs: [String: String] = ["(": ")", "[": "]", "{": "}"]
        guard let close = pairs[tokens[index].text] else { return nil }
        var depth = 0
        for j in index..<tokens.count where tokens[j].kind == .punctuation {
            if pairs[tokens[j].text] != nil { depth += 1 }
            if pairs.values.contains(tokens[j].text) {
                depth -= 1
                if depth == 0 { return tokens[j].text == close ? j : nil }
            }
        }
        return nil
    }

    /// Whether the operator at `index` is infix by Swift's rule: bound on both sides or on neither.
    /// A side is bound when the neighbour is not whitespace and not an opening (or closing) bracket
    /// or separator.
    func isInfix(_ index: Int) -> Bool {
        let token = tokens[index]
        let left = !token.spaceBefore && index > 0 && !["(", "[", "{", ",", ";", ":"].contains(tokens[index - 1].text)
        let right = !token.spaceAfter && index + 1 < tokens.count && ![")", "]", "}", ",", ";", ":"].contains(tokens[index + 1].text)
        return left == right
    }
}
