import Foundation

/// How command-line option values are read, shared by the requests (`AuditRequest`,
/// `TrainRequest`, `PredictRequest`) so that `--protected sex, race` and `--tau 0.8` read alike.
enum OptionValues {
    /// Comma-separated items, trimmed, empty ones dropped: "sex, race," -> [sex, race].
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The text as a finite number (surrounding spaces allowed), or nil.
    static func finiteNumber(_ text: String) -> Double? {
        guard let x = Double(text.trimmingCharacters(in: .whitespaces)), x.isFinite else { return nil }
        return x
    }
}
