import Foundation
import FairKit

extension AuditRequest {
    /// The request as FairKit's columns and options. Every problem is a usage error naming the
    /// option and showing the form it takes.
    ///
    /// Forms (values cannot contain commas):
    /// - `--protected sex,race`
    /// - `--privileged sex=Male,race=White`; `race=White,Asian-Pac-Islander` (a term without `=`
    ///   adds a value to the column before it); `age>25` (also `>=`, `<`, `<=`) splits a numeric
    ///   column in two groups, the side where the comparison holds privileged
    /// - `--bins age=18-25,26-40,41-` (`LOW-HIGH`, `LOW-` for LOW or over, `-HIGH` for HIGH or under;
    ///   bounds included; a term with `=` starts the next column)
    /// - `--reference majority|min|sex=Male[,race=White]`
    /// - `--metrics selection_rate,tpr`, `--tau 0.8`, `--threshold 0.5`, `--confidence 0.95`, `--bootstrap 1000`
    public func resolved() throws -> (columns: FairnessAudit.Columns, options: FairnessAudit.Options) {
        let protected = Self.list(protected)
        guard !protected.isEmpty else { throw RequestFailure.usage("--protected", "name at least one column, e.g. --protected sex,race") }
        let rules = try privileged.map(Self.privilegedRules) ?? (values: [:], splits: [:])
        let bins = try self.bins.map(Self.bins) ?? [:]
        let reference = try self.reference.map(Self.reference) ?? .largest
        var named = [("--privileged", Array(rules.values.keys) + Array(rules.splits.keys)), ("--bins", Array(bins.keys))]
        if case .values(let values) = reference { named.append(("--reference", Array(values.keys))) }
        for (option, columns) in named { try Self.requireProtected(columns, option: option, protected: protected) }
        let columns = try protected.map { name -> FairnessAudit.ProtectedColumn in
            switch (bins[name], rules.splits[name]) {
            case (let ranges?, nil): return FairnessAudit.ProtectedColumn(name, grouping: .bins(ranges))
            case (nil, let split?): return FairnessAudit.ProtectedColumn(name, grouping: .split(split))
            case (nil, nil): return FairnessAudit.ProtectedColumn(name)
            case (let ranges?, _?):
                throw RequestFailure.usage("--privileged", "'\(name)' has --bins, so name a bin as its privileged group "
                                           + "(e.g. --privileged \(name)=\(ranges[0].name)) instead of a threshold")
            }
        }
        let metrics = try self.metrics.map { text in
            try Self.list(text).map { id in
                do { return try GroupMetric.named(id) } catch { throw RequestFailure.usage("--metrics", "\(error)") }
            }
        } ?? FairnessAudit.Options.defaultMetrics
        let tau = try self.tau.map { try Self.number($0, option: "--tau", expected: "a number in (0, 1], such as 0.8") } ?? DisparityAudit.defaultThreshold
        guard tau > 0, tau <= 1 else { throw RequestFailure.usage("--tau", "\(self.tau ?? "") is not in (0, 1]; Aequitas and the four-fifths rule use 0.8") }

        var options = FairnessAudit.Options(metrics: metrics, privileged: rules.values, reference: reference, threshold: tau,
                                            positiveIsHarmful: positiveIsHarmful)
        if let text = confidence {
            let value = try Self.number(text, option: "--confidence", expected: "a number strictly between 0 and 1, such as 0.95")
            guard value > 0, value < 1 else { throw RequestFailure.usage("--confidence", "\(text) is not strictly between 0 and 1; 0.95 gives 95% intervals") }
            options.confidence = value
        }
        if let text = bootstrap {
            guard let value = Int(text), value >= 0 else {
                throw RequestFailure.usage("--bootstrap", "'\(text)' is not a whole number of resamples; give 0 (no bootstrap intervals) or more, such as 1000")
            }
            options.bootstrapReplicates = value
        }
        return (FairnessAudit.Columns(label: label, prediction: try predictionSource(), positive: positive, weight: weight,
                                      protected: columns, dropMissing: dropMissing), options)
    }

    /// `--exclude`'s columns; they only make sense with `--data-bias`.
    func excludedColumns() throws -> [String] {
        guard let exclude else { return [] }
        guard dataBias else { throw RequestFailure.usage("--exclude", "leaves columns out of the data-bias report; add --data-bias") }
        let columns = Self.list(exclude)
        guard !columns.isEmpty else { throw RequestFailure.usage("--exclude", "name at least one column, e.g. --exclude id,name") }
        return columns
    }

    private func predictionSource() throws -> FairnessAudit.Columns.Prediction {
        switch (prediction, score) {
        case (let column?, nil):
            if threshold != nil { throw RequestFailure.usage("--threshold", "applies to --score only; drop it, or give --score instead of --prediction") }
            return .column(column)
        case (nil, let column?):
            let cut = try threshold.map { try Self.number($0, option: "--threshold", expected: "a number, such as 0.5") } ?? Self.defaultThreshold
            return .score(column, threshold: cut)
        case (nil, nil):
            throw RequestFailure.usage("--prediction", "give the column of predictions (--prediction COL) or of scores (--score COL)")
        case (_?, _?):
            throw RequestFailure.usage("--score", "give either --prediction or --score, not both")
        }
    }

    /// Comma-separated items, trimmed, empty ones dropped.
    static func list(_ text: String) -> [String] {
        OptionValues.list(text)
    }

    private static func number(_ text: String, option: String, expected: String) throws -> Double {
        guard let x = OptionValues.finiteNumber(text) else { throw RequestFailure.usage(option, "'\(text)' is not \(expected)") }
        return x
    }

    /// `sex=Male,race=White,Asian` -> values; `age>25` -> splits.
    private static func privilegedRules(_ text: String) throws -> (values: [String: [String]], splits: [String: FairnessAudit.NumericSplit]) {
        var values: [String: [String]] = [:], splits: [String: FairnessAudit.NumericSplit] = [:]
        var current: String?
        let form = "write COLUMN=VALUE (several: sex=Male,race=White) or COLUMN>NUMBER (also >=, <, <=)"
        for term in list(text) {
            guard let at = term.firstIndex(where: { "=<>".contains($0) }) else {
                guard let current else { throw RequestFailure.usage("--privileged", "'\(term)' names no column; \(form)") }
                values[current, default: []].append(term)
                continue
            }
            let column = term[..<at].trimmingCharacters(in: .whitespaces)
            guard !column.isEmpty else { throw RequestFailure.usage("--privileged", "'\(term)' names no column; \(form)") }
            var rest = term[at...]
            if rest.first == "=" {
                let value = rest.dropFirst().trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { throw RequestFailure.usage("--privileged", "'\(term)' gives no value; \(form)") }
                values[column, default: []].append(value)
                current = column
                continue
            }
            let symbol = rest.hasPrefix(">=") || rest.hasPrefix("<=") ? String(rest.prefix(2)) : String(rest.prefix(1))
            rest = rest.dropFirst(symbol.count)
            guard let comparison = FairnessAudit.NumericSplit.Comparison(rawValue: symbol),
                  let threshold = Double(rest.trimmingCharacters(in: .whitespaces)), threshold.isFinite else {
                throw RequestFailure.usage("--privileged", "'\(term)' needs a number after '\(symbol)'; \(form)")
            }
            if splits[column] != nil || values[column] != nil {
                throw RequestFailure.usage("--privileged", "'\(column)' has more than one rule; give one threshold, or values")
            }
            splits[column] = FairnessAudit.NumericSplit(comparison, threshold)
            current = nil
        }
        if let both = values.keys.sorted().first(where: { splits[$0] != nil }) {
            throw RequestFailure.usage("--privileged", "'\(both)' has both values and a threshold; give one or the other")
        }
        return (values, splits)
    }

    /// Refuses a column `option` names that is not among the `protected` ones.
    static func requireProtected(_ columns: [String], option: String, protected: [String]) throws {
        if let stray = columns.sorted().first(where: { !protected.contains($0) }) {
            throw RequestFailure.usage(option, "'\(stray)' is not one of the protected columns (\(protected.joined(separator: ", "))); "
                                       + "add it to --protected or correct the name")
        }
    }

    /// `age=18-25,26-40,41-` -> the bins of each column (`learn audit --bins`, `learn datasheet --bins`).
    static func bins(_ text: String) throws -> [String: [FairnessAudit.NumericBin]] {
        var bins: [String: [FairnessAudit.NumericBin]] = [:]
        var current: String?
        let form = "write COLUMN=LOW-HIGH,LOW-HIGH,LOW- (LOW- is LOW or over, -HIGH is HIGH or under), e.g. age=18-25,26-40,41-"
        for term in list(text) {
            var range = Substring(term)
            if let equals = term.firstIndex(of: "=") {
                let column = term[..<equals].trimmingCharacters(in: .whitespaces)
                guard !column.isEmpty else { throw RequestFailure.usage("--bins", "'\(term)' names no column; \(form)") }
                if bins[column] != nil { throw RequestFailure.usage("--bins", "'\(column)' is given twice; list all its bins after one '\(column)='") }
                current = column
                range = term[term.index(after: equals)...]
            }
            guard let column = current else { throw RequestFailure.usage("--bins", "'\(term)' names no column; \(form)") }
            bins[column, default: []].append(try bin(range.trimmingCharacters(in: .whitespaces), column: column, form: form))
        }
        return bins
    }

    private static func bin(_ text: String, column: String, form: String) throws -> FairnessAudit.NumericBin {
        let bad = RequestFailure.usage("--bins", "'\(text)' (for '\(column)') is not a range; \(form)")
        guard let dash = text.firstIndex(of: "-") else { throw bad }
        let low = text[..<dash].trimmingCharacters(in: .whitespaces), high = text[text.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        func bound(_ part: String) throws -> Double? {
            guard !part.isEmpty else { return nil }
            guard let x = Double(part), x.isFinite else { throw bad }
            return x
        }
        do {
            return try FairnessAudit.NumericBin(lower: bound(low), upper: bound(high))
        } catch let error as FairnessAuditError {
            throw RequestFailure.usage("--bins", "\(error) (for '\(column)')")
        }
    }

    /// `majority`, `min`, or `sex=Male,race=White`.
    private static func reference(_ text: String) throws -> FairnessAudit.Reference {
        switch text.trimmingCharacters(in: .whitespaces) {
        case "majority", "largest": return .largest
        case "min", "minimum": return .minimumMetric
        default:
            var values: [String: String] = [:]
            for term in list(text) {
                let parts = term.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw RequestFailure.usage("--reference", "'\(text)' is not majority, min, or COLUMN=VALUE (several: sex=Male,race=White)")
                }
                guard values.updateValue(parts[1], forKey: parts[0]) == nil else {
                    throw RequestFailure.usage("--reference", "'\(parts[0])' is given twice; the reference group has one value per column")
                }
            }
            return .values(values)
        }
    }
}
