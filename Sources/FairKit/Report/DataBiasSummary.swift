/// A data-bias report's findings as sentences a learner can read without the numbers'
/// definitions: representation first, then label base rates, missing values, proxies, and the
/// features the proxy scan skipped. Numbers follow `ReportNumber`, as in the report's tables.
///
/// Long lists are capped so the top is worth reading: columns whose values go missing together
/// (the same count in every group, as a block of columns filled only for some rows) are one
/// sentence, at most `missingSentenceLimit` of them per protected attribute; at most
/// `proxySentenceLimit` likely proxies per protected attribute, strongest first; each cap says
/// how many it left out (the JSON and the tables have them all).
///
/// Example: "c_charge_desc is a likely proxy for race (bias-corrected Cramér's V 0.312, NMI 0.081)."
public enum DataBiasSummary {
    /// Sentences about missing values per protected attribute, at most.
    public static let missingSentenceLimit = 5
    /// Likely proxies spelled out per protected attribute, at most.
    public static let proxySentenceLimit = 5

    /// The summary's sentences.
    public static func sentences(for report: DataBiasReport) -> [String] {
        var sentences = report.representation.flatMap { Self.sentences($0, significanceLevel: report.significanceLevel) }
        sentences += report.labelBaseRates.map(Self.sentence)
        if report.missingness.allSatisfy({ $0.byColumn.allSatisfy { $0.missingCount == 0 } }) {
            sentences.append("No values are missing.")
        } else {
            sentences += report.missingness.flatMap(Self.sentences)
        }
        sentences += report.proxies.flatMap(Self.sentences)
        if let skipped = skippedSentence(report.skippedFeatures) { sentences.append(skipped) }
        return sentences
    }

    private static func sentences(_ r: Representation, significanceLevel: Double) -> [String] {
        let on = r.columns.joined(separator: " x ")
        var out: [String] = []
        if r.rowsMissingGroup > 0 {
            out.append("Left out of every group of \(on): \(rows(r.rowsMissingGroup)) without a value for \(r.columns.joined(separator: " or ")).")
        }
        let empty = r.groups.filter { $0.count == 0 }
        if !empty.isEmpty {
            out.append("\(empty.count) of \(r.groups.count) groups of \(on) have no rows: \(list(empty.map(\.group))).")
        }
        if let source = r.referenceSource {
            for g in r.underRepresentedGroups {
                out.append("\(g.group) is \(percent(g.share)) of rows against \(ReportNumber.percent(g.referenceShare ?? 0)) of the "
                    + "population (\(source)); ratio \(ratio(g.ratioToReference ?? g.share)): under-represented.")
            }
            if r.underRepresentedGroups.isEmpty {
                out.append("No group of \(on) is under-represented against \(source) (every ratio is at least "
                    + "\(ReportNumber.ratio(r.underRepresentationRatio))).")
            }
            if let test = r.goodnessOfFit {
                out.append(fitSentence(test, of: on, significanceLevel: significanceLevel, approximate: (r.minimumExpectedCount ?? 5) < 5))
            }
        } else {
            let occupied = r.groups.filter { $0.count > 0 }
            if let smallest = occupied.min(by: { $0.count < $1.count }), let largest = occupied.max(by: { $0.count < $1.count }),
               occupied.count > 1 {
                out.append("\(on): the smallest group, \(smallest.group), has \(rows(smallest.count)) (\(percent(smallest.share))); "
                    + "the largest, \(largest.group), \(ReportNumber.count(largest.count)) (\(percent(largest.share))).")
            }
        }
        return out
    }

    private static func sentence(_ rates: LabelBaseRates) -> String {
        let groups = rates.groups.map { g in
            g.rate.number.map { "\(g.group) \(ReportNumber.percent($0)) of \(ReportNumber.count(g.count))" }
                ?? "\(g.group) undefined (\(g.rate.undefinedReason ?? ""))"
        }
        return "Favorable label rate (\(rates.label) = \(rates.favorable)): \(percent(rates.overall)) overall; by "
            + "\(rates.columns.joined(separator: " x ")): \(list(groups, limit: 12))."
    }

    /// Flagged columns, those missing together in one sentence, the largest gaps first.
    private static func sentences(_ m: Missingness) -> [String] {
        let by = m.columns.joined(separator: " x ")
        var blocks: [[ColumnMissingness]] = []
        for column in m.flaggedColumns {
            let pattern = column.groups.map(\.missingCount)
            if let i = blocks.firstIndex(where: { $0[0].groups.map(\.missingCount) == pattern }) {
                blocks[i].append(column)
            } else {
                blocks.append([column])
            }
        }
        guard !blocks.isEmpty else {
            return ["No column's missing values differ by \(by) by more than \(points(.value(m.gapThreshold))) points beyond chance."]
        }
        blocks.sort { ($0[0].largestGap.number ?? 0) > ($1[0].largestGap.number ?? 0) }
        var out = blocks.prefix(missingSentenceLimit).map { block -> String in
            let c = block[0]
            let high = c.groups.first { $0.group == c.highestGroup }, low = c.groups.first { $0.group == c.lowestGroup }
            let names = block.count == 1 ? "\(c.column) is" : "\(listed(block.map(\.column))) (missing together) are"
            return "\(names) missing for \(percent(high?.rate ?? .value(0))) of \(c.highestGroup ?? "") rows but "
                + "\(percent(low?.rate ?? .value(0))) of \(c.lowestGroup ?? "") rows (gap \(points(c.largestGap)) points, "
                + "\(pValue(c.independenceTest.pValue))): missing values that differ by group are a bias source."
        }
        let left = blocks.dropFirst(missingSentenceLimit).flatMap { $0 }
        if !left.isEmpty {
            out.append("\(left.count) more column\(left.count == 1 ?  "'s" : "s'") missing values differ by \(by) "
                + "(smaller gaps): \(list(left.map(\.column), limit: 8)).")
        }
        return out
    }

    private static func sentences(_ scan: ProxyScan) -> [String] {
        func described(_ a: ProxyAssociation) -> String {
            "\(a.measure.displayName) \(value(a.value)), NMI \(value(a.normalizedMutualInformation))"
        }
        let likely = scan.likelyProxies
        if likely.isEmpty {
            guard let strongest = scan.features.first(where: { $0.normalizedMutualInformation.isDefined }) else {
                return ["No feature's association with \(scan.protectedColumn) could be measured."]
            }
            return ["No feature is a likely proxy for \(scan.protectedColumn); the strongest association is "
                + "\(strongest.feature) (\(described(strongest)))."]
        }
        var out = likely.prefix(proxySentenceLimit).map { a in
            "\(a.feature) is a likely proxy for \(scan.protectedColumn) (\(([described(a)] + a.notes).joined(separator: "; ")))."
        }
        let left = likely.dropFirst(proxySentenceLimit)
        if !left.isEmpty {
            out.append("\(left.count) more likely prox\(left.count == 1 ? "y" : "ies") for \(scan.protectedColumn), weaker: "
                + "\(list(left.map(\.feature), limit: 8)).")
        }
        return out
    }

    private static func skippedSentence(_ skipped: [SkippedFeature]) -> String? {
        guard !skipped.isEmpty else { return nil }
        var parts: [String] = []
        let identifiers = skipped.filter { $0.reason == .identifier }.map(\.column)
        let text = skipped.filter { $0.reason == .freeText }.map(\.column)
        if !identifiers.isEmpty { parts.append("\(listed(identifiers)) (identifier-like: nearly every row has its own value)") }
        if !text.isEmpty { parts.append("\(listed(text)) (free text: too many values, each on few rows, to read as categories)") }
        return "Not scanned for proxies: \(parts.joined(separator: "; ")). Their missing values are still compared."
    }

    private static func fitSentence(_ test: ChiSquareTest, of on: String, significanceLevel: Double, approximate: Bool) -> String {
        guard let statistic = test.statistic.number, let p = test.pValue.number else {
            return "The shares of \(on) cannot be tested against the population's: \(test.statistic.undefinedReason ?? "")."
        }
        let finding = p < significanceLevel ? "differ from the population's beyond chance" : "are consistent with the population's"
        let detail = "chi-square \(ReportNumber.statistic(statistic)), \(test.degreesOfFreedom) df, \(pValue(.value(p)))"
            + (approximate ? "; some expected counts are below 5, so p is approximate" : "")
        return "The shares of \(on) \(finding) (\(detail))."
    }

    private static func rows(_ n: Int) -> String { "\(ReportNumber.count(n)) row\(n == 1 ? "" : "s")" }
    private static func percent(_ x: MetricValue) -> String { x.number.map(ReportNumber.percent) ?? ReportNumber.undefined }
    private static func value(_ x: MetricValue) -> String { x.number.map(ReportNumber.rate) ?? ReportNumber.undefined }
    private static func ratio(_ x: MetricValue) -> String { x.number.map(ReportNumber.ratio) ?? ReportNumber.undefined }
    private static func points(_ x: MetricValue) -> String { x.number.map(ReportNumber.points) ?? ReportNumber.undefined }
    private static func pValue(_ p: MetricValue) -> String { p.number.map(ReportNumber.pValue) ?? "p undefined" }

    /// Items joined by semicolons (group names hold commas), the first `limit` of them and a count of the rest.
    private static func list(_ items: [String], limit: Int = 6) -> String {
        items.count <= limit ? items.joined(separator: "; ") : items.prefix(limit).joined(separator: "; ") + "; and \(items.count - limit) more"
    }

    /// Column names: "a", "a and b", "a, b and c".
    private static func listed(_ names: [String]) -> String { AuditSummary.listed(names) }
}

extension DataBiasReport {
    /// The findings in plain language (`DataBiasSummary`).
    public var summary: [String] { DataBiasSummary.sentences(for: self) }
}

extension AssociationMeasure {
    /// The measure's name wherever a report shows it: tables and sentences alike.
    public var displayName: String {
        switch self {
        case .cramersV: return "Cramér's V"
        case .biasCorrectedCramersV: return "bias-corrected Cramér's V"
        case .correlationRatio: return "correlation ratio η"
        }
    }
}
