/// What separates the fields of a line of delimited text.
public struct Delimiter: Sendable, Equatable, CustomStringConvertible {
    enum Kind: Sendable, Equatable {
        /// One character, as in RFC 4180 (which uses the comma).
        case character(Character)
        /// A comma, and any spaces after it belong to no field (pandas' `skipinitialspace=True`).
        case commaFollowedBySpaces
        /// One or more spaces or tabs; leading and trailing whitespace on a line is ignored
        /// (pandas' `sep=r"\s+"`).
        case whitespace
    }

    let kind: Kind

    /// `,` (RFC 4180).
    public static let comma = Delimiter(kind: .character(","))
    /// `;`, common where the comma is the decimal separator.
    public static let semicolon = Delimiter(kind: .character(";"))
    /// A tab character (TSV).
    public static let tab = Delimiter(kind: .character("\t"))
    /// `, ` as in UCI's adult.data: a comma, then spaces that are not part of the next field.
    public static let commaFollowedBySpaces = Delimiter(kind: .commaFollowedBySpaces)
    /// Runs of spaces and tabs, as in UCI's german.data.
    public static let whitespace = Delimiter(kind: .whitespace)

    /// Any single ASCII character other than a quote, a space or a line break (checked when
    /// reading: an unusable one is a `DelimitedTextError` naming it).
    public static func character(_ character: Character) -> Delimiter {
        Delimiter(kind: .character(character))
    }

    /// The delimiter in words, for messages.
    public var description: String {
        switch kind {
        case .character("\t"): return "tab"
        case .character(let c): return "'\(c)'"
        case .commaFollowedBySpaces: return "comma followed by spaces"
        case .whitespace: return "runs of whitespace"
        }
    }

    /// The delimiter as the tokenizer uses it, or an error saying why this one cannot work.
    func resolved(source: String) throws -> ResolvedDelimiter {
        switch kind {
        case .commaFollowedBySpaces: return ResolvedDelimiter(byte: UInt8(ascii: ","), skipsSpaces: true, isWhitespace: false)
        case .whitespace: return ResolvedDelimiter(byte: UInt8(ascii: " "), skipsSpaces: true, isWhitespace: true)
        case .character(let c):
            guard let ascii = c.asciiValue else {
                throw DelimitedTextError(source: source, problem: .invalidSetting("the delimiter \(description) is not a single ASCII character"))
            }
            if [UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " ")].contains(ascii) {
                throw DelimitedTextError(source: source, problem: .invalidSetting("the delimiter cannot be a quote, a space or a line break (use .whitespace for spaces)"))
            }
            return ResolvedDelimiter(byte: ascii, skipsSpaces: false, isWhitespace: false)
        }
    }
}

/// A delimiter as the tokenizer uses it.
struct ResolvedDelimiter: Sendable {
    /// The separating byte (a space for whitespace, which also accepts tabs).
    let byte: UInt8
    /// Whether spaces at the start of a field are skipped.
    let skipsSpaces: Bool
    /// Whether any run of spaces and tabs separates fields.
    let isWhitespace: Bool
}
