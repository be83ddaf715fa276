/// The plain-language summary of a fairness audit: one sentence per flag, worst first, naming the
/// group, the metric, both values, the reference and who is at a disadvantage; then what could not
/// be judged (groups too small, undefined disparities). When nothing is flagged it says so.
///
/// Example: "sex=Female is selected at 0.40x the rate of sex=Male (selection rate 0.200 vs 0.500):
/// below the 0.8 threshold (the four-fifths rule); sex=Female is at a disadvantage."
///
/// Wording by metric: the selection rate "is selected at r x the rate of", the share of positive
/// predictions "receives r x the share ... that ... receives", every other metric "'s <metric> is
/// r x that of". Numbers follow `ReportNumber`, as in the tables. Who is at a disadvantage follows
/// the metric's direction as audited; a neutral metric (the base rate) names no one. The
/// four-fifths rule (US EEOC Uniform Guidelines, 29 CFR 1607.4(D)) is cited for a selection rate
/// below τ when the positive prediction is the favorable one.
///
/// When the positive prediction is harmful, directions are the affected person's
/// (`FairnessAudit.Options.audited`), and a flag on a rate of people who received or were spared
/// the prediction says so in words, as ProPublica put COMPAS's numbers: "...; race=African-American
/// is at a disadvantage: among rows where two_year_recid is not 1, race=African-American received
/// the harmful positive prediction more often."
///
/// Order: worst first. When there are more flags than `flagSentenceLimit`, one pair of groups at
/// a time -- every pair's worst flag, then every pair's second worst, and so on -- so that the
/// sentences spelled out cover every pair compared before any pair's lesser disparities.
public enum AuditSummary {
    /// How many flags the summary spells out, worst first; the rest are counted.
    public static let flagSentenceLimit = 10

    /// The summary's sentences: how many flags there are and where, the worst
    /// `flagSentenceLimit` of them one by one, how many more; or that nothing is flagged. Then the
    /// groups too small to judge and the disparities that are undefined.
    public static func sentences(for audit: FairnessAudit) -> [String] {
        var sentences: [String] = []
        let undefined = undefinedDisparities(in: audit)
        let range = "[\(ReportNumber.setting(audit.threshold)), \(ReportNumber.setting(1 / audit.threshold))]"
        let flags = audit.flags
        if flags.isEmpty {
            sentences.append("Nothing is flagged: every disparity\(undefined.isEmpty ? "" : " that could be computed") between groups of "
                + "\(audit.smallGroupRows) rows or more lies within \(range) (τ = \(ReportNumber.setting(audit.threshold))).")
        } else {
            let counts = audit.sections.compactMap { section -> String? in
                let n = flags.filter { $0.attributes == section.attributes }.count
                return n == 0 ? nil : "\(n) for \(section.title)"
            }
            var text = "\(flags.count) disparit\(flags.count == 1 ? "y is" : "ies are") flagged (outside \(range)): \(listed(counts))."
            if flags.count > 1 {
                text += flags.count > flagSentenceLimit ? " The worst \(flagSentenceLimit), each pair of groups' worst first:" : " Worst first:"
            }
            sentences.append(text)
            // All shown: worst first. Capped: one pair at a time, so no pair compared goes unmentioned.
            let shown = flags.count > flagSentenceLimit ? pairwise(flags) : flags
            sentences += shown.prefix(flagSentenceLimit).map { sentence(for: $0, in: audit) }
            if flags.count > flagSentenceLimit {
                let more = flags.count - flagSentenceLimit
                sentences.append("\(more) more \(more == 1 ? "is" : "are") marked ! in the tables below.")
            }
        }
        let small = audit.smallGroups
        if !small.isEmpty {
            let named = small.map { "\(displayName($0.group.name)) (\(ReportNumber.count($0.group.rows)) row\($0.group.rows == 1 ? "" : "s"))" }
            var text = "Too small to judge (fewer than \(audit.smallGroupRows) rows): \(listed(named))."
            let n = audit.smallGroupFlags.count
            if n > 0 {
                text += " \(n) disparit\(n == 1 ? "y" : "ies") outside \(range) involve\(n == 1 ? "s" : "") "
                    + "\(small.count == 1 ? "it" : "them") and \(n == 1 ? "is not counted as a flag" : "are not counted as flags") (marked ?)."
            }
            let needed = rowsNeeded(for: small.map(\.group), flags: audit.smallGroupFlags)
            if !needed.isEmpty {
                text += " Rows per group needed to tell the largest such gap from parity (two-proportion z-test, α = "
                    + "\(ReportNumber.setting(UncertaintyConstants.alpha)), power \(ReportNumber.setting(UncertaintyConstants.power))): \(listed(needed))."
            }
            sentences.append(text)
        }
        if let first = undefined.first {
            let n = undefined.count
            sentences.append("\(n) disparit\(n == 1 ? "y is" : "ies are") undefined, so \(n == 1 ? "it" : "they") could not be judged; "
                + "for example, \(first). The notes under the tables give every reason.")
        }
        return sentences
    }

    /// `flags` (worst first) reordered one pair of groups at a time: each pair's worst, then each
    /// pair's second worst, ..., pairs in the order of their worst flag.
    static func pairwise(_ flags: [FairnessAudit.Flag]) -> [FairnessAudit.Flag] {
        var rounds: [[FairnessAudit.Flag]] = []
        var seen: [String: Int] = [:]
        for flag in flags {
            let pair = [flag.convention.rawValue, flag.attributes.joined(separator: ","), flag.group, flag.reference].joined(separator: "|")
            let round = seen[pair, default: 0]
            seen[pair] = round + 1
            if round == rounds.count { rounds.append([]) }
            rounds[round].append(flag)
        }
        return rounds.flatMap { $0 }
    }

    /// "a", "a and b", "a, b and c".
    static func listed(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// One flag as a sentence.
    public static func sentence(for flag: FairnessAudit.Flag, in audit: FairnessAudit) -> String {
        let metric = audit.metric(flag.metricID)
        let name = metric?.displayName ?? flag.metricID
        let ratio = ReportNumber.ratio(flag.disparity, judgedWithin: audit.threshold...(1 / audit.threshold)) + "x"
        let section = audit.sections.first { $0.attributes == flag.attributes }
        let group: String, reference: String
        switch flag.convention {
        case .aequitas:
            (group, reference) = (displayName(flag.group), displayName(flag.reference))
        case .aif360:
            let sides = section?.aif360.map { ($0.unprivileged, $0.privileged) } ?? ([flag.group], [flag.reference])
            group = "the unprivileged group (\(side(sides.0)))"
            reference = "the privileged group (\(side(sides.1)))"
        }
        var text = comparison(flag.metricID, name: name, group: group, ratio: ratio, reference: reference)
        let values = [flag.value, flag.referenceValue].map { ReportNumber.metric(.value($0), id: flag.metricID) }
        text += " (\(name) \(values[0]) vs \(values[1])\(flag.convention == .aif360 ? ", AIF360's disparate impact" : "")): "
        if flag.isBelowThreshold {
            text += "below the \(ReportNumber.setting(audit.threshold)) threshold"
            if flag.metricID == GroupMetric.selectionRate.id, !audit.positiveIsHarmful { text += " (the four-fifths rule)" }
        } else {
            text += "above the \(ReportNumber.setting(1 / audit.threshold)) threshold (1/τ)"
        }
        // The second mention of an AIF360 side is its short name.
        let (groupAgain, referenceAgain) = flag.convention == .aif360 ? ("the unprivileged group", "the privileged group") : (group, reference)
        switch flag.disadvantaged {
        case flag.group?: text += "; \(groupAgain) is at a disadvantage"
        case flag.reference?: text += "; \(referenceAgain) is at a disadvantage"
        default: text += "; the \(name) describes the data, not how the model treats a group, so neither is called disadvantaged."
        }
        if flag.disadvantaged != nil {
            let higher = flag.value > flag.referenceValue ? groupAgain : referenceAgain
            text += (audit.positiveIsHarmful ? harmfulReading(flag.metricID, higher: higher, source: audit.source).map { ": " + $0 } : nil) ?? ""
            text += "."
        }
        if let note = uncertaintyNote(flag, audit: audit) { text += " " + note }
        // A sentence may open with "the unprivileged group"; a group's own name is never recased.
        return text.hasPrefix("the ") ? "T" + text.dropFirst() : text
    }

    /// What a flag's interval and test say: "Its 95% interval is [0.33, 0.48]; distinguishable from
    /// parity (Holm-adjusted p < 0.001)." or "...; not distinguishable from parity (Holm-adjusted
    /// p = 0.210), so the gap may be chance."
    static func uncertaintyNote(_ flag: FairnessAudit.Flag, audit: FairnessAudit) -> String? {
        var parts: [String] = []
        if let interval = flag.disparityInterval {
            parts.append("Its \(ReportPercent.text(audit.uncertainty.confidence)) interval is [\(ReportNumber.ratio(interval.lower)), "
                         + "\(ReportNumber.ratio(interval.upper))]")
        }
        if let test = flag.test {
            let p = ReportNumber.pValue(test.adjustedPValue).replacingOccurrences(of: "p ", with: "Holm-adjusted p ")
            parts.append(test.distinguishable ? "distinguishable from parity (\(p))"
                         : "not distinguishable from parity (\(p)), so the gap may be chance")
        }
        guard !parts.isEmpty else { return nil }
        let text = parts.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// "race=Other would need about 140 rows": for each small group, the fewest rows per group that
    /// would tell its largest gap among the small-group flags from parity (`TwoProportionTest`).
    static func rowsNeeded(for groups: [FairnessAudit.Group], flags: [FairnessAudit.Flag]) -> [String] {
        groups.compactMap { group in
            let needed = flags.filter { $0.group == group.name || $0.reference == group.name }.compactMap(\.rowsNeeded).min()
            return needed.map { "\(displayName(group.name)) about \(ReportNumber.count($0))" }
        }
    }

    /// When the positive prediction is harmful, what a flag on a rate of receiving it means for
    /// people, said of the group with the higher value: it "received the harmful positive prediction
    /// more often" (selection rate, share of predicted positives, TPR, FPR) or "was spared it more
    /// often" (FNR, TNR), among the rows with or without the positive label. `nil` for the other
    /// metrics, which are not such rates.
    static func harmfulReading(_ metricID: String, higher: String, source: FairnessAudit.Source) -> String? {
        let label = source.label ?? "the label"
        let positive = source.labelPositive ?? "positive"
        let (withLabel, withoutLabel) = ("among rows where \(label) = \(positive), ", "among rows where \(label) is not \(positive), ")
        let received = "\(higher) received the harmful positive prediction more often"
        let spared = "\(higher) was spared the harmful positive prediction more often"
        switch metricID {
        case GroupMetric.selectionRate.id, GroupMetric.predictedPositiveShare.id: return received
        case GroupMetric.truePositiveRate.id: return withLabel + received
        case GroupMetric.falsePositiveRate.id: return withoutLabel + received
        case GroupMetric.falseNegativeRate.id: return withLabel + spared
        case GroupMetric.trueNegativeRate.id: return withoutLabel + spared
        default: return nil
        }
    }

    /// "sex=Female, race=Black" as "sex=Female and race=Black", which reads unambiguously in a sentence.
    static func displayName(_ group: String) -> String {
        group.replacingOccurrences(of: ", ", with: " and ")
    }

    /// An AIF360 side in a sentence: its groups, or how many there are when that is more than
    /// `sideGroupsNamed`.
    private static func side(_ groups: [String]) -> String {
        groups.count <= sideGroupsNamed ? groups.map(displayName).joined(separator: " or ")
            : "\(groups.count) groups, named in the AIF360 table"
    }

    /// How many groups of an AIF360 side a sentence names.
    static let sideGroupsNamed = 4

    private static func comparison(_ metricID: String, name: String, group: String, ratio: String, reference: String) -> String {
        switch metricID {
        case GroupMetric.selectionRate.id:
            return "\(group) is selected at \(ratio) the rate of \(reference)"
        case GroupMetric.predictedPositiveShare.id:
            return "\(group) receives \(ratio) the share of positive predictions that \(reference) receives"
        default:
            return "\(group)'s \(name) is \(ratio) that of \(reference)"
        }
    }

    /// The reasons of every undefined Aequitas disparity and AIF360 comparison, in report order.
    static func undefinedDisparities(in audit: FairnessAudit) -> [String] {
        audit.sections.flatMap { section in
            section.aequitas.findings.compactMap(\.disparity.undefinedReason)
                + FairnessAudit.AIF360Comparison.reported.compactMap { section.aif360?.metrics[$0.id]?.undefinedReason }
        }
    }
}
