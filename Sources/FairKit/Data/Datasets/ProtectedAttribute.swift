/// A protected attribute of a dataset: the categorical column that holds each row's group, the
/// values that count as privileged, and where that convention comes from.
///
/// Fairness metrics compare the unprivileged group (every other value) with the privileged one;
/// which group is "privileged" is a modelling convention, not a fact about people, so it is
/// stated with its source (for the bundled datasets, the toolkit whose convention is followed).
public struct ProtectedAttribute: Sendable, Equatable {
    /// The table column holding the group (categorical).
    public let column: String
    /// The values of `column` that form the privileged group.
    public let privilegedValues: [String]
    /// The convention in words, and which toolkit or study uses it.
    public let convention: String

    /// An attribute whose group is in `column`, privileged where it holds one of `privilegedValues`.
    public init(column: String, privilegedValues: [String], convention: String) {
        self.column = column
        self.privilegedValues = privilegedValues
        self.convention = convention
    }

    /// Per row of `table`: whether it belongs to the privileged group. A missing group value is
    /// an error, since a row outside both groups would silently change the metrics.
    public func isPrivileged(in table: Table) throws -> [Bool] {
        let values = try groups(in: table)
        let privileged = values.levels.map(privilegedValues.contains)
        return try values.codes.enumerated().map { row, code in
            guard code != CategoricalValues.missingCode else { throw DataError.missingValue(column: self.column, row: row) }
            return privileged[Int(code)]
        }
    }

    /// The values of `column` that occur in `table` and are not privileged, sorted.
    public func unprivilegedValues(in table: Table) throws -> [String] {
        let values = try groups(in: table)
        return zip(values.levels, values.levelCounts).filter { $1 > 0 && !privilegedValues.contains($0) }.map(\.0)
    }

    private func groups(in table: Table) throws -> CategoricalValues {
        let column = try table.column(self.column)
        guard case .categorical(let values) = column.values else {
            throw TableError.wrongKind(column: self.column, expected: [.categorical], actual: column.kind)
        }
        return values
    }
}
