/// A command's result that prints either as plain summary lines or as its `--format json`
/// contract (`learn train`, `learn mitigate`, `learn tradeoff`), so the CLI picks one with a
/// single call instead of each command spelling out the choice.
public protocol CommandSummary {
    /// The result as its documented JSON contract.
    func json() throws -> String
    /// The result for a person, a line each.
    func summaryLines() -> [String]
}

/// A command result that may also write files of its own besides a report.
public protocol FilesWritten {
    /// One line per file written ("Wrote the mitigated model to /path."), for after a report.
    var filesWritten: [String] { get }
}

extension MitigateResult: FilesWritten {}
extension TradeoffResult: FilesWritten {}

extension TrainResult: CommandSummary {}
extension MitigateResult: CommandSummary {}
extension TradeoffResult: CommandSummary {}
