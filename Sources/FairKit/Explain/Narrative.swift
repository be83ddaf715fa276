import Foundation

/// One decision in plain language for a reader without statistics, built only from what the
/// attributions and a counterfactual show, and saying so:
/// - the decision and the model's output;
/// - the source columns that moved the output most towards the decision ("mainly because of"),
///   and the strongest one against it, each with the row's value and its share of the movement
///   (attributions are measured against the background's average, so the text says "compared with
///   a typical case", never "caused");
/// - a counterfactual, when one was found ("it would be approved if ..."), presented as one of the
///   options the search found, or the search's explicit "none found";
/// - a closing caveat that these are the model's reasons, not the world's.
///
/// Example: output 0.31 against a typical 0.56, φ by column: savings −0.20 (value "< 100 DM"),
/// month −0.10 (36), age +0.05 (41): "Declined (model output 0.31 on a probability scale,
/// threshold 0.50; a typical case scores 0.56). Compared with a typical case, mainly because of
/// savings (< 100 DM) and month (36); age (41) pointed the other way. ... These are the model's
/// reasons for its output, not proof of what caused the outcome."
public struct Narrative: Sendable {
    /// Words for the two decisions, e.g. ("declined", "approved").
    public let negative: String
    public let positive: String
    /// How many columns the "mainly because of" clause names at most.
    public let reasons: Int

    public init(negative: String = "declined", positive: String = "approved", reasons: Int = 2) {
        self.negative = negative
        self.positive = positive
        self.reasons = reasons
    }

    /// The narrative of one explained row; `values` is the encoded row, `model` gives the columns,
    /// `readable` optionally each source column's value as the reader knows it (a pipeline's
    /// `readableValues`, so a standardised age reads 41, not 0.37), and `codeBook` what raw codes
    /// mean: a value (or a counterfactual's from and to) that is a code of its column in the book
    /// reads as the book's text ("purpose (radio/television)", not "purpose (A43)"). `decimals`
    /// gives numeric columns' precision (`DecimalPlaces`): a counterfactual's 708.95 in a column
    /// of whole numbers reads 709.
    public func text(for row: ShapleyExplanation.Row, in explanation: ShapleyExplanation, values: [Double],
                     model: ExplainedModel, counterfactual: CounterfactualResult? = nil,
                     readable: [String: String] = [:], codeBook: CodeBook? = nil, decimals: [String: Int] = [:]) -> String {
        let threshold = explanation.space == .probability ? 0.5 : 0
        let approved = row.output > threshold
        let columns = ColumnView.columns(of: model)
        let meaning: (String, String) -> String = { value, column in
            let shown = decimals[column].flatMap { places in Double(value).map { DecimalPlaces.format($0, decimals: places) } } ?? value
            return codeBook?.readable(shown, in: column) ?? shown
        }
        let describe: (Int) -> String = { c in
            let name = columns[c].name
            return "\(name) (\(meaning(readable[name] ?? columns[c].describe(values), name)))"
        }
        let phi = row.sourceColumnAttributions
        // Positive φ pushes the output up (towards the positive decision).
        let towards = phi.indices.filter { approved ? phi[$0] > 0 : phi[$0] < 0 }.sorted { abs(phi[$0]) > abs(phi[$1]) }
        let against = phi.indices.filter { approved ? phi[$0] < 0 : phi[$0] > 0 }.sorted { abs(phi[$0]) > abs(phi[$1]) }
        var sentences = ["\(approved ? positive.capitalized : negative.capitalized) (model output \(format(row.output)) on a "
            + "\(explanation.space.rawValue) scale, threshold \(format(threshold)); a typical case scores \(format(row.baseValue)))."]
        if towards.isEmpty {
            sentences.append("No column moved the output towards this decision compared with a typical case.")
        } else {
            let named = towards.prefix(reasons).map(describe)
            var s = "Compared with a typical case, mainly because of " + Self.list(named)
            if let first = against.first { s += "; \(describe(first)) pointed the other way" }
            sentences.append(s + ".")
        }
        if let counterfactual {
            if let option = counterfactual.options.first {
                let changes = option.changes.map {
                    "\($0.column) were \(meaning($0.to, $0.column)) instead of \(meaning($0.from, $0.column))"
                }
                let others = counterfactual.options.count > 1 ? " (one of \(counterfactual.options.count) options found)" : ""
                sentences.append("It would be \(approved ? negative : positive) if \(Self.list(changes))\(others).")
            } else if let reason = counterfactual.noneFoundReason {
                sentences.append("The decision does not change: \(reason).")
            }
        }
        sentences.append("These are the model's reasons for its output, not proof of what caused the outcome.")
        return sentences.joined(separator: " ")
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    private func format(_ x: Double) -> String { String(format: "%.2f", x) }
}
