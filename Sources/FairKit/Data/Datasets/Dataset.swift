/// A dataset for a fairness audit: a table with readable values, a binary label, the protected
/// attributes and the conventions behind them, and a datasheet.
///
/// The bundled ones load from the package's resources after their SHA-256 is checked:
/// `Dataset.germanCredit()`, `Dataset.adult(_:droppingMissing:)`, `Dataset.compas(rows:)`.
///
///     let german = try Dataset.germanCredit()
///     let split = try DataSplit.trainTest(rowCount: german.table.rowCount, testSize: .fraction(0.3),
///                                         seed: 42, stratifyBy: german.labels)
///     let (train, test) = german.split(split)
public struct Dataset: Sendable {
    /// A short name, including the variant ("Adult (train + test)").
    public let name: String
    /// Every column, values readable ("good"/"bad", not "1"/"2"), including the label column and
    /// the derived group columns of the protected attributes.
    public let table: Table
    /// The column holding the label as readable values.
    public let labelColumn: String
    /// The label of each row as 0 or 1.
    public let labels: [Int]
    /// The label value (0 or 1) that is the favorable outcome for the person concerned.
    public let favorableLabel: Int
    /// What 1 and 0 mean, and which raw values they come from.
    public let labelMeaning: String
    /// The columns a model should learn from by default: the dataset's own attributes, without
    /// the label and without the group columns derived for the protected attributes.
    public let featureColumns: [String]
    /// The protected attributes, each with its group column and privileged values.
    public let protectedAttributes: [ProtectedAttribute]
    /// The datasheet (Gebru et al., "Datasheets for Datasets", CACM 2021) as Markdown.
    public let datasheet: String
    /// Who made the data, where it comes from and under which licence.
    public let source: String

    /// A dataset from parts; the columns named must exist, labels must be 0/1 with one per row,
    /// and protected attributes must name categorical columns.
    public init(name: String, table: Table, labelColumn: String, labels: [Int], favorableLabel: Int,
                labelMeaning: String, featureColumns: [String], protectedAttributes: [ProtectedAttribute],
                datasheet: String, source: String) throws {
        _ = try table.column(labelColumn)
        for name in featureColumns { _ = try table.column(name) }
        for attribute in protectedAttributes { _ = try attribute.unprivilegedValues(in: table) }
        guard labels.count == table.rowCount else {
            throw DataError.shapeMismatch("\(labels.count) labels for a table of \(table.rowCount) rows; give one label per row")
        }
        if let i = labels.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw DataError.invalidArgument("label at row \(i + 1) is \(labels[i]); labels must be 0 or 1")
        }
        guard favorableLabel == 0 || favorableLabel == 1 else {
            throw DataError.invalidArgument("the favorable label is \(favorableLabel); it must be 0 or 1")
        }
        self.init(checked: name, table: table, labelColumn: labelColumn, labels: labels, favorableLabel: favorableLabel,
                  labelMeaning: labelMeaning, featureColumns: featureColumns, protectedAttributes: protectedAttributes,
                  datasheet: datasheet, source: source)
    }

    /// Stores parts that are known to be consistent (validated, or a row selection of a dataset).
    private init(checked name: String, table: Table, labelColumn: String, labels: [Int], favorableLabel: Int,
                 labelMeaning: String, featureColumns: [String], protectedAttributes: [ProtectedAttribute],
                 datasheet: String, source: String) {
        self.name = name
        self.table = table
        self.labelColumn = labelColumn
        self.labels = labels
        self.favorableLabel = favorableLabel
        self.labelMeaning = labelMeaning
        self.featureColumns = featureColumns
        self.protectedAttributes = protectedAttributes
        self.datasheet = datasheet
        self.source = source
    }

    /// The protected attribute whose group column is `column`.
    public func protectedAttribute(_ column: String) throws -> ProtectedAttribute {
        guard let attribute = protectedAttributes.first(where: { $0.column == column }) else {
            throw TableError.unknownColumn(column, available: protectedAttributes.map(\.column))
        }
        return attribute
    }

    /// The rows at `indices`, in that order, labels included.
    public func selectingRows(_ indices: [Int]) -> Dataset {
        with(table: table.selectingRows(indices), labels: indices.map { labels[$0] })
    }

    /// The training and test parts of `split`.
    public func split(_ split: DataSplit) -> (train: Dataset, test: Dataset) {
        (selectingRows(split.train), selectingRows(split.test))
    }

    /// The rows with no missing value in `columns`; by default the feature columns, the label and
    /// the protected attributes' columns, which is what a model and an audit read.
    public func droppingMissing(in columns: [String]? = nil) throws -> Dataset {
        let checked = try (columns ?? featureColumns + [labelColumn] + protectedAttributes.map(\.column)).map { try table.column($0) }
        return selectingRows((0..<table.rowCount).filter { row in !checked.contains { $0.isMissing(row) } })
    }

    /// 0/1 labels from a label column: `positive` gives 1, `negative` 0, anything else is an
    /// error naming the file and row (a loader's raw file must hold only its two label values).
    static func binaryLabels(_ column: Column, positive: CellValue, negative: CellValue, file: String) throws -> [Int] {
        try (0..<column.count).map { row in
            switch column[row] {
            case positive: return 1
            case negative: return 0
            default:
                throw DataError.invalidDataset(file: file, message: "row \(row + 1) has \(column.name) '\(column[row])'; "
                    + "expected \(positive) or \(negative)")
            }
        }
    }

    /// A copy with a row selection of the table and the matching labels.
    private func with(table: Table, labels: [Int]) -> Dataset {
        Dataset(checked: name, table: table, labelColumn: labelColumn, labels: labels, favorableLabel: favorableLabel,
                labelMeaning: labelMeaning, featureColumns: featureColumns, protectedAttributes: protectedAttributes,
                datasheet: datasheet, source: source)
    }
}
