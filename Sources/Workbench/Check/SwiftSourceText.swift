/// Swift source with comments and string literals blanked out, so that simple pattern searches
/// (test methods, imports, XCTest calls) do not match text inside them.
///
/// Every blanked character becomes a space and newlines are kept, so offsets and line numbers in
/// the result are those of the original. A lexer-lite, not a parser: it knows line and nested
/// block comments, "..." and """...""" strings with escapes and interpolations (whose code stays
/// visible: `"\(XCTFail())"` calls XCTFail), and #"..."# raw strings.
public struct SwiftSourceText: Sendable {
    public let original: String
    public let code: String

    public init(_ source: String) {
        original = source
        var lexer = Lexer(Array(source.unicodeScalars))
        lexer.code(until: nil)
        code = String(lexer.out)
    }

    /// 1-based line number of a character offset into `code`.
    public func line(ofOffset offset: String.Index) -> Int {
        code[..<offset].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// Each line of `code` with its 1-based number.
    public var codeLines: [(number: Int, text: Substring)] {
        code.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { ($0.offset + 1, $0.element) }
    }
}

private struct Lexer {
    let s: [Unicode.Scalar]
    var i = 0
    var out = String.UnicodeScalarView()

    init(_ s: [Unicode.Scalar]) { self.s = s }

    func at(_ text: String) -> Bool {
        var j = i
        for scalar in text.unicodeScalars {
            guard j < s.count, s[j] == scalar else { return false }
            j += 1
        }
        return true
    }

    mutating func keep() { out.append(s[i]); i += 1 }
    mutating func blank() { out.append(s[i] == "\n" ? "\n" : " "); i += 1 }
    mutating func blank(_ count: Int) { for _ in 0..<count where i < s.count { blank() } }

    /// Code up to an unbalanced `)` (inside an interpolation) or the end.
    mutating func code(until closer: Unicode.Scalar?) {
        var depth = 0
        while i < s.count {
            if at("//") {
                while i < s.count && s[i] != "\n" { blank() }
            } else if at("/*") {
                var nesting = 0
                repeat {
                    if at("/*") { nesting += 1; blank(2) } else if at("*/") { nesting -= 1; blank(2) } else { blank() }
                } while nesting > 0 && i < s.count
            } else if s[i] == "\"" || (s[i] == "#" && rawStringStarts()) {
                string()
            } else {
                if let closer {
                    if s[i] == "(" { depth += 1 }
                    if s[i] == closer {
                        if depth == 0 { return }
                        depth -= 1
                    }
                }
                keep()
            }
        }
    }

    func rawStringStarts() -> Bool {
        var j = i
        while j < s.count && s[j] == "#" { j += 1 }
        return j < s.count && s[j] == "\""
    }

    /// A string literal starting at `i`; interpolated code is kept.
    mutating func string() {
        var hashes = 0
        while s[i] == "#" { hashes += 1; blank() }
        let triple = at("\"\"\"")
        blank(triple ? 3 : 1)
        let delimiter = (triple ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
        let interpolation = "\\" + String(repeating: "#", count: hashes) + "("
        while i < s.count {
            if at(delimiter) { blank(delimiter.unicodeScalars.count); return }
            if at(interpolation) {
                blank(interpolation.unicodeScalars.count)
                code(until: ")")
                if i < s.count { blank() }
            } else if s[i] == "\\" && hashes == 0 {
                blank(2)
            } else if s[i] == "\n" && !triple {
                return   // unterminated: the compiler will say so; stop blanking at the line end
            } else {
                blank()
            }
        }
    }
}
