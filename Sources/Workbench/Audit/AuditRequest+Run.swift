import FairKit
import Foundation

extension AuditRequest {
    /// The audit as a report on the workbench's route (`PreparedReport`): the CLI picks its format
    /// and destination; its findings are the audit's flags (what `--fail-on-flag` tests).
    public func report(currentDirectory: URL) throws -> PreparedReport {
        let audit = try run(currentDirectory: currentDirectory)
        return PreparedReport(AuditReport(audit: audit), name: "the audit", findings: audit.flags.count, finding: "flag")
    }

    /// Reads the CSV file and audits it. A problem with the command line is a `RequestFailure` of
    /// kind `usage`; one with the file or its contents (unreadable, malformed at a line and field,
    /// an unknown column, a label of three values, missing values, an empty group) is `badInput`,
    /// its message starting with the file's path and ending with the option that fixes it.
    public func run(currentDirectory: URL) throws -> FairnessAudit {
        let (columns, options) = try resolved()
        let excluded = try excludedColumns()
        let url = URL.resolving(data, from: currentDirectory)
        do {
            // Repeated header names become name.1, name.2 as pandas' read_csv makes them (COMPAS's
            // file repeats decile_score): the file a Fairlearn user audits reads the same here.
            let table = try CSVReader(duplicateColumnNames: .numberSuffix).read(contentsOf: url)
            return try FairnessAudit(table: table, columns: columns, options: options, dataName: data, dataBias: dataBias,
                                     excludedFromDataBias: excluded)
        } catch let error as DelimitedTextError {
            // Its description already starts with the file, line and field.
            throw RequestFailure(.badInput, "\(error)")
        } catch {
            throw RequestFailure(.badInput, "\(data): \(error)\(hint(for: error))")
        }
    }

    /// The option that fixes `error`, when there is one.
    private func hint(for error: Error) -> String {
        switch error as? FairnessAuditError {
        case .positiveValueNeeded?:
            return " with --positive VALUE"
        case .missingValues?:
            return " (--drop-missing leaves them out and reports how many)"
        case .numericColumnNeedsGrouping(let column, _)?:
            return ": --bins \(column)=LOW-HIGH,...,LOW- (e.g. --bins \(column)=18-25,26-40,41-) or --privileged '\(column)>NUMBER'"
        case .groupingNeedsNumbers(let column, _)?:
            return " (--privileged \(column)=VALUE)"
        default:
            return ""
        }
    }
}
