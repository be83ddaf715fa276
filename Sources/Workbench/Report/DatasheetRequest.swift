import FairKit
import Foundation

/// What `learn datasheet` was asked: a datasheet (`Datasheet`, Gebru et al.) for a CSV file, its
/// composition measured by protected columns (and the label's rates, when one is named), its
/// questions answered from an answers file or left as marked prompts. Run it with
/// `run(currentDirectory:)`, or `report(currentDirectory:)` for the report route.
public struct DatasheetRequest: Sendable, Equatable {
    /// The CSV file.
    public var data: String
    /// Protected columns (categorical or boolean, or numeric with `bins`), comma-separated.
    public var protected: String
    /// Ranges of numeric protected columns, as `learn audit --bins` takes them (`age=-25,26-35,36-`).
    public var bins: String?
    /// The label column, when the data has one.
    public var label: String?
    /// The label's favourable value (1 and true need none).
    public var positive: String?
    /// The answers file (JSON, or the YAML subset `WrittenAnswers` reads).
    public var answers: String?

    /// A request; the bins, the label, its positive value and the answers file may be left out.
    public init(data: String, protected: String, bins: String? = nil, label: String? = nil, positive: String? = nil, answers: String? = nil) {
        self.data = data
        self.protected = protected
        self.bins = bins
        self.label = label
        self.positive = positive
        self.answers = answers
    }

    /// The datasheet on the report route; its findings are the questions still to be answered.
    public func report(currentDirectory: URL) throws -> PreparedReport {
        let sheet = try run(currentDirectory: currentDirectory)
        return PreparedReport(sheet, name: "the datasheet", findings: sheet.completeness.toBeWritten.count, finding: "unanswered question")
    }

    /// Reads the answers file first (a malformed one stops before any work), then the CSV file,
    /// and measures it. A wrong option (malformed or overlapping `--bins`, bins of a column not in
    /// `--protected`) is `usage`; an unreadable or malformed file, an unknown protected column, a
    /// numeric one without bins, bins of a column that is not numeric, a value in no bin, or a
    /// label value that is not there is `badInput` naming the file.
    public func run(currentDirectory: URL) throws -> Datasheet {
        let written = try CardRequest.readAnswers(answers, fields: Datasheet.writtenFields, currentDirectory: currentDirectory)
        let columns = OptionValues.list(protected)
        guard !columns.isEmpty else { throw RequestFailure.usage("--protected", "name at least one column, e.g. --protected sex,race") }
        if positive != nil, label == nil { throw RequestFailure.usage("--positive", "names the label's favourable value; add --label COL") }
        let bins = try self.bins.map(AuditRequest.bins) ?? [:]
        try AuditRequest.requireProtected(Array(bins.keys), option: "--bins", protected: columns)
        for (name, ranges) in bins {
            do { try FairnessAudit.NumericBin.checkDisjoint(ranges, column: name) } catch { throw RequestFailure.usage("--bins", "\(error)") }
        }
        let file = try TableFile.read(data, from: currentDirectory)
        let table = file.table
        do {
            for name in columns + (label.map { [$0] } ?? []) {
                guard table.hasColumn(name) else {
                    throw RequestFailure(.badInput, "\(data): there is no column '\(name)' (the columns are \(table.columnNames.joined(separator: ", ")))")
                }
            }
            let favorable = try label.map { try Self.favorable(table, label: $0, positive: positive) }
            return try Datasheet(table: table, data: data, sha256: file.sha256, protected: columns, bins: bins, label: label, favorable: favorable,
                                 answers: written, answersFile: answers)
        } catch let failure as RequestFailure {
            throw failure
        } catch {
            throw RequestFailure(.badInput, "\(data): \(error)")
        }
    }

    /// The label value `positive` names, or 1 / true for a 0/1 or true/false label.
    private static func favorable(_ table: Table, label: String, positive: String?) throws -> CellValue {
        let column = try table.column(label)
        switch (column.kind, positive) {
        case (.boolean, nil): return .flag(true)
        case (.boolean, let text?): return .flag(text.lowercased() == "true" || text == "1")
        case (.numeric, nil):
            let values = Set((column.numbers ?? []).compactMap { $0 })
            guard values.isSubset(of: [0, 1]) else {
                throw RequestFailure.usage("--positive", "the label '\(label)' is not 0/1; name its favourable value")
            }
            return .number(1)
        case (.numeric, let text?):
            guard let x = OptionValues.finiteNumber(text) else { throw RequestFailure.usage("--positive", "'\(text)' is not a value of the numeric label '\(label)'") }
            return .number(x)
        case (.categorical, let text?): return .category(text)
        case (.categorical, nil):
            let values = Set((0..<table.rowCount).compactMap { column[$0].text }).sorted()
            throw RequestFailure.usage("--positive", "name the favourable value of the label '\(label)' (one of \(values.prefix(10).joined(separator: ", ")))")
        }
    }
}
