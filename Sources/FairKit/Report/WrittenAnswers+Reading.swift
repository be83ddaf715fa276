import Foundation

extension WrittenAnswers {
    /// Reads an answers file for `fields`: JSON when `file` ends in `.json` or the text starts
    /// with `{`, otherwise the YAML subset `WrittenAnswers.yaml(_:file:)` reads. Every key must be
    /// one of `fields`; a value is text, a list of text, or null (unanswered).
    ///
    /// Example: `{"developers": "A. Student", "out_of_scope_uses": ["hiring"]}` answers two fields.
    public init(data: Data, file: String, fields: [WrittenField]) throws(WrittenAnswersError) {
        let text = String(decoding: data, as: UTF8.self)
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        let isJSON = file.lowercased().hasSuffix(".json") || trimmed.first == "{"
        let entries = isJSON ? try Self.json(data, file: file) : try Self.yaml(text, file: file)
        var answers: [String: Answer] = [:]
        let known = fields.map(\.key)
        for entry in entries {
            guard known.contains(entry.key) else {
                let hint = Self.nearest(entry.key, in: known).map { " (did you mean '\($0)'?)" } ?? ""
                throw WrittenAnswersError(file: file, field: entry.key, line: entry.line,
                                          problem: "is not one of the fields\(hint); the fields are \(known.joined(separator: ", "))")
            }
            guard answers[entry.key] == nil else {
                throw WrittenAnswersError(file: file, field: entry.key, line: entry.line, problem: "is given twice; give each field once")
            }
            if let answer = entry.answer { answers[entry.key] = answer }
        }
        self.init(answers)
    }

    /// One key of an answers file with its value (nil: null or empty) and, in YAML, its line.
    struct Entry {
        let key: String
        let answer: Answer?
        let line: Int?
    }

    private static func json(_ data: Data, file: String) throws(WrittenAnswersError) -> [Entry] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw WrittenAnswersError(file: file, problem: "is not valid JSON (\((error as NSError).userInfo[NSDebugDescriptionErrorKey] ?? error)); "
                                      + "write one object of field: text or field: [text, ...]")
        }
        guard let top = object as? [String: Any] else {
            throw WrittenAnswersError(file: file, problem: "must be one JSON object of field: text or field: [text, ...]")
        }
        var entries: [Entry] = []
        for key in top.keys.sorted() {
            let wrong = WrittenAnswersError(file: file, field: key, problem: "must be text or a list of text (null leaves it unanswered)")
            switch top[key] {
            case let text as String:
                entries.append(Entry(key: key, answer: .text(text), line: nil))
            case let items as [Any]:
                var texts: [String] = []
                for (i, item) in items.enumerated() {
                    guard let text = item as? String else {
                        throw WrittenAnswersError(file: file, field: "\(key)[\(i)]", problem: "must be text; a list holds text items only")
                    }
                    texts.append(text)
                }
                entries.append(Entry(key: key, answer: .list(texts), line: nil))
            case is NSNull:
                entries.append(Entry(key: key, answer: nil, line: nil))
            default:
                throw wrong
            }
        }
        return entries
    }

    /// The key of `keys` closest to `key` by edit distance, when it is close (a typo).
    static func nearest(_ key: String, in keys: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var row = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var previous = row[0]
                row[0] = i
                for j in 1...max(b.count, 1) where !b.isEmpty {
                    let old = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = old
                }
            }
            return row[b.count]
        }
        let scored = keys.map { ($0, distance(Array(key), Array($0))) }.min { $0.1 < $1.1 }
        guard let best = scored, best.1 <= max(2, key.count / 3) else { return nil }
        return best.0
    }
}
