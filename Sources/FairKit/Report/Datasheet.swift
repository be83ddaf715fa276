import Foundation

/// A datasheet for a data set (Gebru et al., "Datasheets for Datasets", CACM 2021; arXiv 2018):
/// the composition FairKit can measure, and the questions only the people who made the data can
/// answer (motivation, collection, preprocessing, uses, distribution, maintenance), left as
/// marked prompts ("To be written") unless an answers file answers them.
///
/// Measured, from the table: rows and columns with their types, missing values and distinct
/// values (`Table.describe`); each protected column's groups and their intersection with counts
/// and shares (`Representation`); missing values by column and by group (`Missingness`); the
/// label's favourable rate by group (`LabelBaseRates`), when a label is named; duplicate rows.
/// A numeric protected column is grouped by ranges (`bins`, as `learn audit --bins` takes them:
/// `FairnessAudit.ProtectedColumn.binNames`); the column summaries and duplicates use its numbers.
///
/// Example: 4 rows sex = [f, f, m, m], credit = [good, bad, good, good], the last two rows equal:
/// groups f 2 (50%) and m 2 (50%); label rates f 1/2 = 0.5, m 2/2 = 1; 1 duplicate row. With
/// age = [19, 30, 30, 60] and bins 25 or under, 26-50, 51 or over: groups 1, 2 and 1 rows.
public struct Datasheet: DocumentReport {
    /// The version of the JSON layout.
    public static let formatVersion = 1

    /// The data file as named.
    public let data: String
    /// The SHA-256 of its bytes, when it came from a file.
    public let sha256: String?
    public let rowCount: Int
    /// Every column's summary, in file order.
    public let columns: [ColumnSummary]
    public let protectedColumns: [String]
    /// The ranges each binned protected column is grouped by (empty: none binned).
    public let bins: [String: [FairnessAudit.NumericBin]]
    /// The bins of each binned column that no row falls in (they appear in no group table).
    public let emptyBins: [String: [String]]
    /// Each protected column's groups, then (with two or more) their intersection.
    public let representation: [Representation]
    /// Missing values of every other column by each protected column's groups.
    public let missingness: [Missingness]
    /// The label's favourable rate by the same groupings; empty without a label.
    public let labelBaseRates: [LabelBaseRates]
    /// Rows equal in every column to an earlier row.
    public let duplicates: Duplicates
    /// The people's answers to the datasheet's questions.
    public var answers: WrittenAnswers
    /// The answers file as named (nil when none was given).
    public var answersFile: String?

    /// Repeated rows.
    public struct Duplicates: Sendable, Equatable, Encodable {
        /// Rows equal in every column to an earlier row.
        public let rows: Int
        /// Rows equal to an earlier row in every column but the label, with another label (0 without a label).
        public let conflictingLabels: Int

        enum CodingKeys: String, CodingKey { case rows, conflictingLabels = "conflicting_labels" }
    }

    /// Measures `table` (named `data`) by `protected` columns (categorical or boolean, or numeric
    /// with ranges in `bins`), with `label`'s `favorable` value rates when a label is given. An
    /// unknown column, a numeric protected column without bins, bins of a column that is not
    /// protected or not numeric, overlapping bins, a value in no bin, or a favourable value the
    /// label lacks throws (`DataError`, `FairnessAuditError`).
    public init(table: Table, data: String, sha256: String? = nil, protected: [String], bins: [String: [FairnessAudit.NumericBin]] = [:],
                label: String? = nil, favorable: CellValue? = nil, answers: WrittenAnswers = WrittenAnswers(), answersFile: String? = nil) throws {
        guard !protected.isEmpty else { throw DataError.invalidArgument("name at least one protected column") }
        if let stray = bins.keys.sorted().first(where: { !protected.contains($0) }) {
            throw DataError.invalidArgument("bins are given for '\(stray)', which is not one of the protected columns (\(protected.joined(separator: ", ")))")
        }
        // The groups are read from a copy in which each binned column holds its rows' bin names.
        var grouped = table
        var emptyBins: [String: [String]] = [:]
        for (name, ranges) in bins {
            let names = try FairnessAudit.ProtectedColumn.binNames(of: try table.column(name), ranges)
            let used = Set(names.compactMap { $0 })
            let empty = ranges.map(\.name).filter { !used.contains($0) }
            if !empty.isEmpty { emptyBins[name] = empty }
            grouped = try grouped.adding(.categorical(name, names))
        }
        if let numeric = protected.first(where: { grouped[$0]?.kind == .numeric }) {
            throw DataError.invalidArgument("the protected column '\(numeric)' is numeric; group it into ranges with --bins "
                                            + "(e.g. --bins \(numeric)=-25,26-35,36-50,51-; in Swift, bins:) or name a categorical column derived from it")
        }
        var groupings = protected.map { [$0] }
        if protected.count > 1 { groupings.append(protected) }
        self.data = data
        self.sha256 = sha256
        rowCount = table.rowCount
        columns = table.describe()
        protectedColumns = protected
        self.bins = bins
        self.emptyBins = emptyBins
        representation = try groupings.map { try grouped.representation(by: $0) }
        missingness = try groupings.map { try grouped.missingness(by: $0) }
        if let label {
            guard let favorable else { throw DataError.invalidArgument("name the favourable value of the label '\(label)'") }
            labelBaseRates = try groupings.map { try grouped.labelBaseRates(by: $0, label: label, favorable: favorable) }
        } else {
            labelBaseRates = []
        }
        duplicates = try Self.duplicates(in: table, label: label)
        self.answers = answers
        self.answersFile = answersFile
    }

    /// Which questions are answered.
    public var completeness: WrittenCompleteness { WrittenCompleteness(Self.writtenFields, answers) }

    /// Counts rows seen before, whole and without the label.
    static func duplicates(in table: Table, label: String?) throws -> Duplicates {
        let labelIndex = try label.map { name in _ = try table.column(name); return table.columnNames.firstIndex(of: name) ?? -1 }
        var seen = Set<[CellValue]>(), labels: [[CellValue]: CellValue] = [:]
        var repeated = 0, conflicting = 0
        for i in 0..<table.rowCount {
            let row = table.columns.map { $0[i] }
            if !seen.insert(row).inserted { repeated += 1 }
            if let at = labelIndex, at >= 0 {
                var rest = row
                let value = rest.remove(at: at)
                if let earlier = labels[rest] {
                    if earlier != value { conflicting += 1 }
                } else {
                    labels[rest] = value
                }
            }
        }
        return Duplicates(rows: repeated, conflictingLabels: conflicting)
    }

    /// The questions a person answers (the answers file's keys, docs/datasheets in docs/model-cards.md),
    /// after Gebru et al.'s sections.
    public static let writtenFields: [WrittenField] = [
        WrittenField("motivation", section: "Motivation", title: "Motivation",
                     prompt: "For what purpose was the data set created, by whom, and who funded it?", isRequired: true),
        WrittenField("composition_notes", section: "Composition", title: "What the rows represent",
                     prompt: "What does each row stand for? Is it a sample, and of which population? Does it hold confidential or sensitive data?",
                     isRequired: true),
        WrittenField("collection_process", section: "Collection process", title: "Collection process",
                     prompt: "How was the data acquired, by whom, over what time span? Were the people in it told, and did they consent?", isRequired: true),
        WrittenField("preprocessing", section: "Preprocessing, cleaning and labelling", title: "Preprocessing, cleaning and labelling",
                     prompt: "Was the data cleaned, labelled, binned, filtered or imputed, and how? Is the raw data kept?", isRequired: true),
        WrittenField("uses", section: "Uses", title: "Uses",
                     prompt: "What has the data set been used for, what else could it be used for, and what should it not be used for?", isRequired: true),
        WrittenField("distribution", section: "Distribution", title: "Distribution",
                     prompt: "How is the data set distributed, under what licence, and with what restrictions?", isRequired: true),
        WrittenField("maintenance", section: "Maintenance", title: "Maintenance",
                     prompt: "Who maintains it, how are errors reported and corrected, and will it be updated?", isRequired: true),
    ]
}
