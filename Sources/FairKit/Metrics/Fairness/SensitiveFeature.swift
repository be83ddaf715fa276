/// One protected (or control) attribute, coded once as small integers so that grouping compares
/// integers instead of strings.
///
/// Levels are sorted (text for categories, numeric order for numbers, false before true), as
/// pandas' groupby orders Fairlearn's groups. A missing value is a level of its own,
/// `SensitiveFeature.missingLevel`, listed last: rows whose protected attribute is unknown are a
/// group a report must show, never rows dropped silently (pandas' groupby drops them).
public struct SensitiveFeature: Sendable, Equatable {
    /// The level of rows whose value is missing.
    public static let missingLevel = "(missing)"

    /// The attribute's name, e.g. "sex".
    public let name: String
    /// One code per row, an index into `levels`.
    public let codes: [Int32]
    /// The values the codes stand for, as text.
    public let levels: [String]

    /// A feature from per-row values; `nil` is missing.
    public init(name: String, values: [String?]) {
        var index: [String: Int32] = [:]
        var raw = [Int32](repeating: -1, count: values.count)
        for (row, value) in values.enumerated() {
            guard let value else { continue }
            if let code = index[value] {
                raw[row] = code
            } else {
                let code = Int32(index.count)
                index[value] = code
                raw[row] = code
            }
        }
        let firstSeen = index.sorted { $0.value < $1.value }.map(\.key)
        self.init(name: name, rawCodes: raw, levels: firstSeen) { $0.text < $1.text }
    }

    /// A feature from a table column: categories keep their codes, numbers and flags become levels
    /// in numeric order.
    public init(_ column: Column) {
        switch column.values {
        case .categorical(let values):
            self.init(name: column.name, rawCodes: values.codes, levels: values.levels) { $0.text < $1.text }
        case .numeric(let values):
            var index: [Double: Int32] = [:]
            let raw = values.map { value -> Int32 in
                guard let value else { return -1 }
                if let code = index[value] { return code }
                let code = Int32(index.count)
                index[value] = code
                return code
            }
            let numbers = index.sorted { $0.value < $1.value }.map(\.key)
            self.init(name: column.name, rawCodes: raw, levels: numbers.map(formatNumber)) { a, b in
                numbers[a.index] < numbers[b.index]
            }
        case .boolean(let values):
            self.init(name: column.name, rawCodes: values.map { $0.map { $0 ? 1 : 0 } ?? -1 },
                      levels: ["false", "true"]) { $0.index < $1.index }
        }
    }

    /// Codes `raw` (-1 missing) against `levels` put in the order `precedes` gives, missing last.
    private init(name: String, rawCodes raw: [Int32], levels: [String],
                 precedes: ((index: Int, text: String), (index: Int, text: String)) -> Bool) {
        let used = Set(raw)
        let order = levels.indices.filter { used.contains(Int32($0)) }
            .map { (index: $0, text: levels[$0]) }
            .sorted(by: precedes)
        var remap = [Int32](repeating: -1, count: levels.count)
        for (new, old) in order.enumerated() { remap[old.index] = Int32(new) }
        var sortedLevels = order.map(\.text)
        let missing = Int32(sortedLevels.count)
        if used.contains(-1) { sortedLevels.append(Self.missingLevel) }
        self.name = name
        self.codes = raw.map { $0 < 0 ? missing : remap[Int($0)] }
        self.levels = sortedLevels
    }

    /// How many rows the feature has.
    public var count: Int { codes.count }

    /// The code of the level written `text`, or an error naming the levels there are.
    public func code(of text: String) throws -> Int32 {
        if let i = levels.firstIndex(of: text) { return Int32(i) }
        var message = "attribute '\(name)' has no value '\(text)'"
        if let near = nearestName(to: text, in: levels) { message += "; did you mean '\(near)'?" }
        throw MetricError.invalidArgument(message + " (values: \(levels.joined(separator: ", ")))")
    }
}
