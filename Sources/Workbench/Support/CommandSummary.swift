/// A command's result that prints either as plain summary lines or as its `--format json`
/// contract (`learn train`, `learn mitigate`, `learn tradeoff`), so the CLI picks one with a
/// single call instead of each command spelling out the choice.
public protocol CommandSummary {
    /// The result as its documented JSON contract.
    func json() throws -> String
    /// The result for a person, a line each.
    func summaryLines() -> [String]
}

extension TrainResult: CommandSummary {}
extension MitigateResult: CommandSummary {}
extension TradeoffResult: CommandSummary {}
