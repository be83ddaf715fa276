import Foundation

/// Which of a report's written fields a person has answered: what the report's completeness
/// section shows and its JSON carries, so a governance gate or a project can refuse an
/// incomplete card without reading prose.
///
/// Example: 13 model-card fields, 3 answered (developers, license, primary_intended_uses) of which
/// 2 required: `written` has those 3, `requiredToBeWritten` the other 5 required keys, and
/// `isComplete` is false.
public struct WrittenCompleteness: Sendable, Equatable, Encodable {
    /// How many fields the report has.
    public let fields: Int
    /// The answered fields' keys, in the report's order.
    public let written: [String]
    /// The unanswered fields' keys.
    public let toBeWritten: [String]
    /// The unanswered required fields' keys.
    public let requiredToBeWritten: [String]
    /// Whether every required field is answered.
    public var isComplete: Bool { requiredToBeWritten.isEmpty }

    /// The completeness of `answers` over `fields`.
    public init(_ fields: [WrittenField], _ answers: WrittenAnswers) {
        self.fields = fields.count
        written = answers.answered(fields)
        toBeWritten = fields.map(\.key).filter { answers[$0] == nil }
        requiredToBeWritten = fields.filter { $0.isRequired && answers[$0.key] == nil }.map(\.key)
    }

    enum CodingKeys: String, CodingKey {
        case fields, written, toBeWritten = "to_be_written", requiredToBeWritten = "required_to_be_written", complete
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fields, forKey: .fields)
        try c.encode(written, forKey: .written)
        try c.encode(toBeWritten, forKey: .toBeWritten)
        try c.encode(requiredToBeWritten, forKey: .requiredToBeWritten)
        try c.encode(isComplete, forKey: .complete)
    }

    /// The report's completeness section body: one sentence and, when something required is
    /// missing, the list of it.
    func blocks(_ fields: [WrittenField], answersFile: String?, option: String) -> [ReportBlock] {
        let required = fields.filter(\.isRequired).count
        let source = answersFile.map { "from \($0)" } ?? "no \(option) file was given"
        var sentence: [ReportSpan] = [ReportSpan("\(written.count) of \(self.fields) written fields answered (\(source)); "
                                                 + "\(required - requiredToBeWritten.count) of the \(required) required. ")]
        sentence.append(isComplete ? ReportSpan("Every required field is written.", .fair)
                                   : ReportSpan("Incomplete: the required fields below are still to be written.", .caution))
        var blocks: [ReportBlock] = [.paragraph(sentence)]
        if !isComplete {
            let titles = Dictionary(fields.map { ($0.key, "\($0.title) (\($0.section))") }, uniquingKeysWith: { a, _ in a })
            blocks.append(.list(requiredToBeWritten.map { [ReportSpan(WrittenField.toBeWritten + ": ", .caution), ReportSpan($0, .strong),
                                                          ReportSpan(" — " + (titles[$0] ?? ""), .muted)] }))
        }
        return blocks
    }
}

extension WrittenAnswers {
    /// A written field in a report: its title, then the answer (paragraphs, or a list), or
    /// "To be written" with the question to answer, never any other text.
    func blocks(_ field: WrittenField) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 3, text: field.title)]
        switch self[field.key] {
        case .text(let text)?:
            // A blank line starts a new paragraph; single line breaks stay inside one.
            blocks += text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
                .map { .paragraph([ReportSpan($0)]) }
        case .list(let items)?:
            blocks.append(.list(items.map { [ReportSpan($0)] }))
        case nil:
            blocks.append(.paragraph([ReportSpan(WrittenField.toBeWritten, .caution),
                                      ReportSpan(" (\(field.key)\(field.isRequired ? ", required" : "")): " + field.prompt, .muted)]))
        }
        return blocks
    }

    /// The fields of `section` among `fields`, each as `blocks(_:)` makes it.
    func blocks(section: String, of fields: [WrittenField]) -> [ReportBlock] {
        fields.filter { $0.section == section }.flatMap(blocks)
    }

    /// The answers as JSON: per field its section, title, whether it is required and written,
    /// and its `text` or `items` (null when unanswered).
    func json(_ fields: [WrittenField]) -> [String: FieldJSON] {
        Dictionary(fields.map { field in
            var text: String?, items: [String]?
            switch self[field.key] {
            case .text(let t)?: text = t
            case .list(let l)?: items = l
            case nil: break
            }
            return (field.key, FieldJSON(section: field.section, title: field.title, required: field.isRequired,
                                         written: self[field.key] != nil, text: text, items: items))
        }, uniquingKeysWith: { a, _ in a })
    }

    /// One field in a report's JSON.
    struct FieldJSON: Encodable {
        let section: String
        let title: String
        let required: Bool
        let written: Bool
        let text: String?
        let items: [String]?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(section, forKey: .section)
            try c.encode(title, forKey: .title)
            try c.encode(required, forKey: .required)
            try c.encode(written, forKey: .written)
            try c.encode(text, forKey: .text)
            if let items { try c.encode(items, forKey: .items) }
        }

        enum CodingKeys: String, CodingKey { case section, title, required, written, text, items }
    }
}
