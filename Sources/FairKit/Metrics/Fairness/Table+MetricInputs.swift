/// Reading metric inputs -- labels, predictions, scores, weights, protected attributes -- from a
/// table's columns, with errors that name the column, the row and the fix.
extension Table {
    /// A binary column as 0/1: numbers 0 or 1, flags (true is 1), or categories where `positive`
    /// names the value that is 1 (every other value is 0). Missing values are an error.
    public func binaryValues(_ name: String, positive: String? = nil) throws -> [Int] {
        let column = try column(name)
        func bad(_ row: Int, _ problem: String, _ fix: String) -> MetricError {
            .invalidArgument("column '\(name)' row \(row + 1) \(problem); \(fix)")
        }
        switch column.values {
        case .numeric(let values):
            return try values.enumerated().map { row, x in
                guard let x else { throw bad(row, "is missing", "every row needs a 0 or 1 (drop or fill missing rows first)") }
                guard x == 0 || x == 1 else { throw bad(row, "is \(formatNumber(x))", "values must be 0 or 1") }
                return Int(x)
            }
        case .boolean(let values):
            return try values.enumerated().map { row, b in
                guard let b else { throw bad(row, "is missing", "every row needs true or false (drop or fill missing rows first)") }
                return b ? 1 : 0
            }
        case .categorical(let values):
            guard let positive else {
                throw MetricError.invalidArgument(
                    "column '\(name)' holds categories (\(values.levels.joined(separator: ", "))); say which one is the positive outcome")
            }
            guard let code = values.levels.firstIndex(of: positive).map(Int32.init) else {
                var text = "column '\(name)' has no value '\(positive)'"
                if let near = nearestName(to: positive, in: values.levels) { text += "; did you mean '\(near)'?" }
                throw MetricError.invalidArgument(text + " (values: \(values.levels.joined(separator: ", ")))")
            }
            return try values.codes.enumerated().map { row, c in
                guard c != CategoricalValues.missingCode else {
                    throw bad(row, "is missing", "every row needs a value (drop or fill missing rows first)")
                }
                return c == code ? 1 : 0
            }
        }
    }

    /// A numeric column as finite numbers (scores, weights); a missing or non-finite value is an error.
    public func finiteNumbers(_ name: String) throws -> [Double] {
        let column = try column(name)
        guard let numbers = column.numbers else {
            throw TableError.wrongKind(column: name, expected: [.numeric, .boolean], actual: column.kind)
        }
        return try numbers.enumerated().map { row, x in
            guard let x, x.isFinite else {
                throw MetricError.invalidArgument(
                    "column '\(name)' row \(row + 1) is \(x.map(formatNumber) ?? "missing"); every row needs a finite number")
            }
            return x
        }
    }

    /// The named columns as sensitive features (missing values become their own group).
    public func sensitiveFeatures(_ names: [String]) throws -> [SensitiveFeature] {
        try sensitiveFeatures(names, keepingUnusedLevels: false)
    }

    /// The named columns as sensitive features; with `keepingUnusedLevels`, levels no row holds
    /// are levels too (see `SensitiveFeature.init(_:keepingUnusedLevels:)`).
    public func sensitiveFeatures(_ names: [String], keepingUnusedLevels: Bool) throws -> [SensitiveFeature] {
        try names.map { SensitiveFeature(try column($0), keepingUnusedLevels: keepingUnusedLevels) }
    }
}
