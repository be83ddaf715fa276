/// One token of a Swift file as the similarity check sees it: normalised text and the 1-based
/// line it starts on.
public struct SimilarityToken: Sendable, Equatable {
    /// The normalised text: a keyword or punctuation as written, `V` for any identifier, `N` for a
    /// number literal, `S` for a string literal.
    public var text: String
    /// 1-based line in the original file.
    public var line: Int

    public init(_ text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// Splits Swift source into normalised tokens, so that renaming variables, changing literals,
/// editing comments or re-flowing whitespace does not change the token sequence.
///
/// Comments and string literals are found by `SwiftSourceText` (which blanks them scalar for
/// scalar): a blanked run that starts with `"` or `#` in the original is one string literal
/// (`S`); any other blanked run is a comment and yields nothing. In the code that remains,
/// identifiers become `V` unless they are Swift keywords, numbers become `N`, and every other
/// non-space character is its own token.
///
/// Example: `let total = count + 1 // sum` → `let V = V + N`.
public enum SimilarityTokenizer {
    /// Words kept as written: they carry the shape of the program, not the learner's names.
    static let keywords: Set<String> = [
        "as", "associatedtype", "async", "await", "break", "case", "catch", "class", "continue", "default",
        "defer", "deinit", "do", "else", "enum", "extension", "fallthrough", "false", "fileprivate", "for",
        "func", "guard", "if", "import", "in", "init", "inout", "internal", "is", "let", "mutating", "nil",
        "open", "operator", "private", "protocol", "public", "repeat", "rethrows", "return", "self", "Self",
        "some", "any", "static", "struct", "subscript", "super", "switch", "throw", "throws", "true", "try",
        "typealias", "var", "where", "while",
    ]

    /// The normalised tokens of `source`.
    public static func tokens(of source: String) -> [SimilarityToken] {
        let text = SwiftSourceText(source)
        let original = Array(source.unicodeScalars)
        let code = Array(text.code.unicodeScalars)
        var tokens: [SimilarityToken] = []
        var line = 1
        var i = 0
        while i < code.count {
            let c = code[i]
            if c == "\n" { line += 1; i += 1; continue }
            if c.properties.isWhitespace {
                // A blanked run is a comment or (part of) a string literal: one `S` when it
                // starts with a quote or a raw string's hash, nothing otherwise.
                if i < original.count, original[i] != c {
                    if original[i] == "\"" || original[i] == "#" { tokens.append(SimilarityToken("S", line: line)) }
                    while i < code.count, i < original.count, code[i] != "\n",
                          code[i] != original[i] || isBlankedRun(code, original, i) {
                        i += 1
                    }
                    continue
                }
                i += 1
                continue
            }
            let start = i
            if isIdentifierHead(c) {
                while i < code.count, isIdentifierHead(code[i]) || ("0"..."9").contains(code[i]) { i += 1 }
                let word = String(String.UnicodeScalarView(code[start..<i]))
                tokens.append(SimilarityToken(keywords.contains(word) ? word : "V", line: line))
            } else if ("0"..."9").contains(c) {
                while i < code.count, isIdentifierHead(code[i]) || ("0"..."9").contains(code[i]) || code[i] == "." && i + 1 < code.count && ("0"..."9").contains(code[i + 1]) {
                    i += 1
                }
                tokens.append(SimilarityToken("N", line: line))
            } else {
                tokens.append(SimilarityToken(String(c), line: line))
                i += 1
            }
        }
        return tokens
    }

    private static func isIdentifierHead(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c == "$" || c.properties.isAlphabetic
    }

    /// Whether the space at `i` lies inside a blanked run (an original space within a string).
    private static func isBlankedRun(_ code: [Unicode.Scalar], _ original: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i
        while j < code.count, j < original.count, original[j] == " ", code[j] == " " { j += 1 }
        return j < code.count && j < original.count && code[j] != original[j] && code[j] == " "
    }
}
