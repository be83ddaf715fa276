/// The type of a table column. Missing values are explicit in every kind (`nil`), never a sentinel
/// number or an empty string.
public enum ColumnKind: String, Sendable, Codable, CaseIterable {
    case numeric, categorical, boolean
}

/// One value of a table cell, as rows and predicates see it.
public enum CellValue: Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case category(String)
    case flag(Bool)
    case missing

    public var isMissing: Bool { self == .missing }

    /// The value as a number: numbers as they are, flags as 1 or 0; `nil` for categories and missing.
    public var number: Double? {
        switch self {
        case .number(let x): return x
        case .flag(let b): return b ? 1 : 0
        case .category, .missing: return nil
        }
    }

    /// The value as text, as a CSV file or a report would show it; `nil` when missing.
    public var text: String? {
        switch self {
        case .number(let x): return formatNumber(x)
        case .category(let s): return s
        case .flag(let b): return b ? "true" : "false"
        case .missing: return nil
        }
    }

    public var description: String { text ?? "NA" }
}

/// Categorical values stored as integer codes into a level list, so that grouping and encoding
/// compare integers instead of strings.
public struct CategoricalValues: Sendable, Equatable {
    /// The code of a missing value.
    public static let missingCode: Int32 = -1

    /// One code per row: an index into `levels`, or `missingCode`.
    public private(set) var codes: [Int32]
    /// The distinct values, sorted (so encodings do not depend on row order, as in scikit-learn's
    /// OneHotEncoder and pandas' get_dummies).
    public private(set) var levels: [String]

    /// Codes values against their sorted distinct set; `nil` is missing.
    public init<S: Sequence>(_ values: S) where S.Element == String? {
        let array = Array(values)
        let levels = Set(array.compactMap { $0 }).sorted()
        var index: [String: Int32] = [:]
        for (i, level) in levels.enumerated() { index[level] = Int32(i) }
        self.levels = levels
        self.codes = array.map { $0.map { index[$0]! } ?? Self.missingCode }
    }

    /// Values from codes into a given level list (levels need not be sorted here: a loader may keep
    /// a code book's order). Every code must be `missingCode` or a valid index.
    public init(codes: [Int32], levels: [String]) {
        precondition(codes.allSatisfy { $0 == Self.missingCode || (0..<Int32(levels.count)).contains($0) },
                     "a categorical code points outside its \(levels.count) levels")
        self.codes = codes
        self.levels = levels
    }

    public func value(at row: Int) -> String? {
        let code = codes[row]
        return code == Self.missingCode ? nil : levels[Int(code)]
    }

    /// The rows at `indices`, keeping the level list (so train and test share codes).
    public func selecting<S: Sequence>(_ indices: S) -> CategoricalValues where S.Element == Int {
        CategoricalValues(codes: indices.map { codes[$0] }, levels: levels)
    }
}

/// A named, typed column of a `Table`.
public struct Column: Sendable, Equatable {
    public enum Values: Sendable, Equatable {
        case numeric([Double?])
        case categorical(CategoricalValues)
        case boolean([Bool?])
    }

    public var name: String
    public var values: Values

    public init(name: String, values: Values) {
        self.name = name
        self.values = values
    }

    public static func numeric(_ name: String, _ values: [Double?]) -> Column {
        Column(name: name, values: .numeric(values))
    }

    public static func categorical(_ name: String, _ values: [String?]) -> Column {
        Column(name: name, values: .categorical(CategoricalValues(values)))
    }

    public static func boolean(_ name: String, _ values: [Bool?]) -> Column {
        Column(name: name, values: .boolean(values))
    }

    public var kind: ColumnKind {
        switch values {
        case .numeric: return .numeric
        case .categorical: return .categorical
        case .boolean: return .boolean
        }
    }

    public var count: Int {
        switch values {
        case .numeric(let v): return v.count
        case .categorical(let v): return v.codes.count
        case .boolean(let v): return v.count
        }
    }

    public subscript(row: Int) -> CellValue {
        switch values {
        case .numeric(let v): return v[row].map(CellValue.number) ?? .missing
        case .categorical(let v): return v.value(at: row).map(CellValue.category) ?? .missing
        case .boolean(let v): return v[row].map(CellValue.flag) ?? .missing
        }
    }

    public func isMissing(_ row: Int) -> Bool {
        switch values {
        case .numeric(let v): return v[row] == nil
        case .categorical(let v): return v.codes[row] == CategoricalValues.missingCode
        case .boolean(let v): return v[row] == nil
        }
    }

    /// How many values are missing.
    public var missingCount: Int {
        (0..<count).reduce(0) { $0 + (isMissing($1) ? 1 : 0) }
    }

    /// The values as numbers (flags as 1/0), or `nil` for a categorical column.
    public var numbers: [Double?]? {
        switch values {
        case .numeric(let v): return v
        case .boolean(let v): return v.map { $0.map { $0 ? 1 : 0 } }
        case .categorical: return nil
        }
    }

    /// The rows at `indices`, in that order.
    public func selecting<S: Sequence>(_ indices: S) -> Column where S.Element == Int {
        switch values {
        case .numeric(let v): return Column(name: name, values: .numeric(indices.map { v[$0] }))
        case .categorical(let v): return Column(name: name, values: .categorical(v.selecting(indices)))
        case .boolean(let v): return Column(name: name, values: .boolean(indices.map { v[$0] }))
        }
    }

    /// A column built from cells; the kind is fixed up front and a cell of another kind is an error.
    public static func from(name: String, kind: ColumnKind, cells: [CellValue]) throws -> Column {
        func mismatch(_ row: Int) -> TableError {
            .kindMismatch(column: name, row: row, expected: kind, got: cells[row])
        }
        switch kind {
        case .numeric:
            var out: [Double?] = []
            out.reserveCapacity(cells.count)
            for (i, cell) in cells.enumerated() {
                switch cell {
                case .number(let x): out.append(x)
                case .missing: out.append(nil)
                default: throw mismatch(i)
                }
            }
            return .numeric(name, out)
        case .categorical:
            var out: [String?] = []
            out.reserveCapacity(cells.count)
            for (i, cell) in cells.enumerated() {
                switch cell {
                case .category(let s): out.append(s)
                case .missing: out.append(nil)
                default: throw mismatch(i)
                }
            }
            return .categorical(name, out)
        case .boolean:
            var out: [Bool?] = []
            out.reserveCapacity(cells.count)
            for (i, cell) in cells.enumerated() {
                switch cell {
                case .flag(let b): out.append(b)
                case .missing: out.append(nil)
                default: throw mismatch(i)
                }
            }
            return .boolean(name, out)
        }
    }
}

/// Formats a number the way a reader expects in a table: integers without a decimal point,
/// others with Swift's shortest round-tripping representation.
func formatNumber(_ x: Double) -> String {
    if x.isFinite, x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return String(x)
}
