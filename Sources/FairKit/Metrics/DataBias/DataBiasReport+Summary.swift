import Foundation

/// The report's findings as sentences a learner can read without the numbers' definitions:
/// representation first, then label base rates, missing values and proxies.
extension DataBiasReport {
    static func summarize(representation: [Representation], baseRates: [LabelBaseRates], missingness: [Missingness],
                          proxies: [ProxyScan], significanceLevel: Double) -> [String] {
        var sentences = representation.flatMap { Self.sentences($0, significanceLevel: significanceLevel) }
        sentences += baseRates.map(Self.sentence)
        if missingness.allSatisfy({ $0.byColumn.allSatisfy { $0.missingCount == 0 } }) {
            sentences.append("No values are missing.")
        } else {
            sentences += missingness.flatMap(Self.sentences)
        }
        sentences += proxies.flatMap(Self.sentences)
        return sentences
    }

    private static func sentences(_ r: Representation, significanceLevel: Double) -> [String] {
        let on = r.columns.joined(separator: " x ")
        var out: [String] = []
        if r.rowsMissingGroup > 0 {
            out.append("Left out of every group of \(on): \(rowsText(r.rowsMissingGroup)) without a value for \(r.columns.joined(separator: " or ")).")
        }
        let empty = r.groups.filter { $0.count == 0 }
        if !empty.isEmpty {
            out.append("\(empty.count) of \(r.groups.count) groups of \(on) have no rows: \(list(empty.map(\.group))).")
        }
        if let source = r.referenceSource {
            for g in r.underRepresentedGroups {
                out.append("\(g.group) is \(percent(g.share)) of rows against \(percent(g.referenceShare ?? 0)) of the population "
                    + "(\(source)); ratio \(fixed(g.ratioToReference ?? g.share)): under-represented.")
            }
            if r.underRepresentedGroups.isEmpty {
                out.append("No group of \(on) is under-represented against \(source) (every ratio is at least \(fixed(r.underRepresentationRatio))).")
            }
            if let test = r.goodnessOfFit {
                out.append(fitSentence(test, of: on, significanceLevel: significanceLevel, approximate: (r.minimumExpectedCount ?? 5) < 5))
            }
        } else {
            let occupied = r.groups.filter { $0.count > 0 }
            if let smallest = occupied.min(by: { $0.count < $1.count }), let largest = occupied.max(by: { $0.count < $1.count }),
               occupied.count > 1 {
                out.append("\(on): the smallest group, \(smallest.group), has \(rowsText(smallest.count)) (\(percent(smallest.share))); "
                    + "the largest, \(largest.group), \(largest.count) (\(percent(largest.share))).")
            }
        }
        return out
    }

    private static func sentence(_ rates: LabelBaseRates) -> String {
        let groups = rates.groups.map { g in
            g.rate.number.map { "\(g.group) \(percent($0)) of \(g.count)" } ?? "\(g.group) undefined (\(g.rate.undefinedReason ?? ""))"
        }
        return "Favorable label rate (\(rates.label) = \(rates.favorable)): \(percent(rates.overall)) overall; by "
            + "\(rates.columns.joined(separator: " x ")): \(list(groups, limit: 12))."
    }

    private static func sentences(_ m: Missingness) -> [String] {
        let by = m.columns.joined(separator: " x ")
        let flagged = m.flaggedColumns.map { c -> String in
            let high = c.groups.first { $0.group == c.highestGroup }, low = c.groups.first { $0.group == c.lowestGroup }
            return "\(c.column) is missing for \(percent(high?.rate ?? .value(0))) of \(c.highestGroup ?? "") rows but "
                + "\(percent(low?.rate ?? .value(0))) of \(c.lowestGroup ?? "") rows (gap \(points(c.largestGap)) points, "
                + "\(pValue(c.independenceTest.pValue))): missing values that differ by group are a bias source."
        }
        if !flagged.isEmpty { return flagged }
        return ["No column's missing values differ by \(by) by more than \(points(.value(m.gapThreshold))) points beyond chance."]
    }

    private static func sentences(_ scan: ProxyScan) -> [String] {
        func described(_ a: ProxyAssociation) -> String {
            "\(measureName(a.measure)) \(fixed(a.value)), NMI \(fixed(a.normalizedMutualInformation))"
        }
        let likely = scan.likelyProxies
        if likely.isEmpty {
            guard let strongest = scan.features.first(where: { $0.normalizedMutualInformation.isDefined }) else {
                return ["No feature's association with \(scan.protectedColumn) could be measured."]
            }
            return ["No feature is a likely proxy for \(scan.protectedColumn); the strongest association is "
                + "\(strongest.feature) (\(described(strongest)))."]
        }
        return likely.map { a in
            "\(a.feature) is a likely proxy for \(scan.protectedColumn) (\(([described(a)] + a.notes).joined(separator: "; ")))."
        }
    }

    private static func fitSentence(_ test: ChiSquareTest, of on: String, significanceLevel: Double, approximate: Bool) -> String {
        guard let statistic = test.statistic.number, let p = test.pValue.number else {
            return "The shares of \(on) cannot be tested against the population's: \(test.statistic.undefinedReason ?? "")."
        }
        let finding = p < significanceLevel ? "differ from the population's beyond chance" : "are consistent with the population's"
        let detail = "chi-square \(String(format: "%.1f", statistic)), \(test.degreesOfFreedom) df, \(pValue(.value(p)))"
            + (approximate ? "; some expected counts are below 5, so p is approximate" : "")
        return "The shares of \(on) \(finding) (\(detail))."
    }

    private static func measureName(_ measure: AssociationMeasure) -> String {
        switch measure {
        case .cramersV: return "Cramer's V"
        case .biasCorrectedCramersV: return "bias-corrected Cramer's V"
        case .correlationRatio: return "correlation ratio"
        }
    }
}

private func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
private func percent(_ x: MetricValue) -> String { x.number.map(percent) ?? "undefined" }
private func fixed(_ x: Double) -> String { String(format: "%.2f", x) }
private func fixed(_ x: MetricValue) -> String { x.number.map(fixed) ?? "undefined" }
private func points(_ x: MetricValue) -> String { x.number.map { String(format: "%.1f", $0 * 100) } ?? "undefined" }
private func pValue(_ p: MetricValue) -> String {
    guard let p = p.number else { return "p undefined" }
    return p < 0.001 ? "p < 0.001" : String(format: "p = %.3f", p)
}
/// Items joined by semicolons (group names hold commas), the first `limit` of them and a count of the rest.
private func list(_ items: [String], limit: Int = 6) -> String {
    items.count <= limit ? items.joined(separator: "; ") : items.prefix(limit).joined(separator: "; ") + "; and \(items.count - limit) more"
}
