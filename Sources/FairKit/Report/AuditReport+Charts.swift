extension AuditReport {
    /// A section's charts: each group's selection rate with the fair band around the reference
    /// group's (τ·r to r/τ; the reference is Aequitas's for the selection rate), and the section's
    /// flagged disparities as ratios against the band [τ, 1/τ]. The first is left out when the
    /// audit does not compute the selection rate, the second when nothing is flagged.
    func chartBlocks(_ section: FairnessAudit.Section) -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        if let rates = selectionRateChart(section) { blocks.append(.chart(rates.chart())) }
        if let flags = flaggedRatioChart(section) { blocks.append(.chart(flags.chart())) }
        return blocks
    }

    /// Each bar carries its group's Wilson interval as an error bar.
    func selectionRateChart(_ section: FairnessAudit.Section) -> GroupBarChart? {
        let id = GroupMetric.selectionRate.id
        guard audit.metrics.contains(where: { $0.id == id }) else { return nil }
        let referenceName = section.aequitas.findings(for: id).first?.referenceGroup
        let reference = section.groups.firstIndex { $0.name == referenceName }
        let referenceValue = reference.flatMap { section.groups[$0].metrics[id]?.number }
        let bars = section.groups.map { group in
            GroupBarChart.Bar(Self.values(of: group, in: section), group.metrics[id] ?? .undefined(reason: "not computed"),
                              interval: group.intervals[id].map(Self.chartInterval), isJudged: !group.isSmall)
        }
        let predicted = audit.positiveIsHarmful ? "given the harmful prediction" : "predicted positive"
        return GroupBarChart(title: "Selection rate by \(section.attributes.joined(separator: " and "))", quantity: "Selection rate",
                             unit: "share of the group \(predicted)", bars: bars, reference: reference,
                             band: referenceValue.map { .around(reference: $0, tau: audit.threshold) }, ceiling: 1)
    }

    /// Each bar carries its disparity's bootstrap interval as an error bar.
    func flaggedRatioChart(_ section: FairnessAudit.Section) -> GroupBarChart? {
        let flags = audit.flags.filter { $0.attributes == section.attributes }
        guard !flags.isEmpty else { return nil }
        // A group by its values ("Female, Black"); AIF360's sides, which join several groups, by their role.
        func name(_ group: String, side: String, _ flag: FairnessAudit.Flag) -> String {
            if flag.convention == .aif360 { return side }
            return section.group(group).map { Self.values(of: $0, in: section) } ?? group
        }
        // The reference is named only where it is not the section's one reference (Aequitas's
        // lowest-value reference, AIF360's privileged side).
        let references = Set(flags.filter { $0.convention == .aequitas }.map(\.reference))
        let bars = flags.map { flag in
            let reference = references.count == 1 && flag.convention == .aequitas ? "" : " vs " + name(flag.reference, side: "privileged", flag)
            return GroupBarChart.Bar("\(name(flag.group, side: "unprivileged", flag))\(reference) · \(flag.metricID)", .value(flag.disparity),
                                     interval: flag.disparityInterval.map(Self.chartInterval), isJudged: !flag.involvesSmallGroup)
        }
        let against = references.count == 1 ? references.first.flatMap(section.group).map { " against \(Self.values(of: $0, in: section))" } ?? "" : ""
        return GroupBarChart(title: "Flagged disparities in \(section.title)\(against)", quantity: "Disparity", unit: "group ÷ reference, 1 is parity",
                             bars: bars, band: .ratio(tau: audit.threshold), referenceValue: 1, format: .ratio, noun: "flagged comparison")
    }

    /// A confidence interval as a chart's error bar.
    static func chartInterval(_ interval: ConfidenceInterval) -> ChartInterval {
        ChartInterval(lower: interval.lower, upper: interval.upper)
    }
}
