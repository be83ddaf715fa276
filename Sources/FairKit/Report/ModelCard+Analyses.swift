extension ModelCard {
    /// Quantitative analyses: the overall metrics, the audit's summary, then unitary results (one
    /// protected column at a time) and intersectional ones (all of them together), each with its
    /// groups' metrics, a selection-rate chart with the fair band, the flagged disparities (when
    /// any), a chart of the other rates, and the spread between groups.
    var quantitativeBlocks: [ReportBlock] {
        var notes = UndefinedNotes()
        var blocks: [ReportBlock] = [
            .heading(level: 3, text: "Overall"),
            .table(ReportTable(headers: ["metric", "value (\(ReportNumber.count(audit.rowCount)) rows)"], alignments: [.left, .right],
                               rows: overall.map { [ReportCell($0.id), notes.cell($0.value, id: $0.id)] })),
        ]
        blocks += notes.blocks
        blocks.append(.heading(level: 3, text: "What the audit found"))
        blocks.append(.list(AuditSummary.sentences(for: audit).map { [ReportSpan($0)] }))
        let report = AuditReport(audit: audit)
        let unitary = audit.sections.filter { $0.attributes.count == 1 }
        let intersections = audit.sections.filter { $0.attributes.count > 1 }
        for section in unitary {
            blocks.append(.heading(level: 3, text: "Unitary: \(section.title)"))
            blocks += sectionBlocks(section, report: report)
        }
        if intersections.isEmpty {
            blocks.append(.heading(level: 3, text: "Intersectional"))
            blocks.append(.paragraph([ReportSpan("One protected column was given, so there is no intersectional analysis; name two or more "
                                                 + "(--protected sex,race) to see their combinations.", .caution)]))
        }
        for section in intersections {
            blocks.append(.heading(level: 3, text: "Intersectional: \(section.title)"))
            blocks.append(.paragraph([ReportSpan("Every combination of \(section.attributes.joined(separator: " and ")) present in the evaluation data.", .muted)]))
            blocks += sectionBlocks(section, report: report)
        }
        return blocks
    }

    /// The ids of the rates drawn together in a section's grouped chart: every audited rate but
    /// the selection rate (which has its own chart) and the counts.
    private var otherRateIDs: [String] {
        audit.metrics.map(\.id).filter { $0 != GroupMetric.selectionRate.id && !ReportNumber.countMetricIDs.contains($0) }
    }

    private func sectionBlocks(_ section: FairnessAudit.Section, report: AuditReport) -> [ReportBlock] {
        var notes = UndefinedNotes()
        let metrics = audit.metrics.map(\.id)
        let rows = section.groups.map { group -> [ReportCell] in
            [ReportCell(AuditReport.values(of: group, in: section)),
             group.isSmall ? ReportCell(ReportNumber.count(group.rows) + " (small)", .caution) : ReportCell(ReportNumber.count(group.rows)),
             ReportCell(ReportNumber.percent(group.share))] + metrics.map { notes.cell(group.metrics[$0] ?? .undefined(reason: "not audited"), id: $0) }
        }
        var blocks: [ReportBlock] = [.table(ReportTable(headers: [section.attributes.joined(separator: ", "), "rows", "share"] + metrics,
                                                        alignments: [.left] + Array(repeating: .right, count: metrics.count + 2), rows: rows))]
        blocks += notes.blocks
        if let rates = report.selectionRateChart(section) { blocks.append(.chart(rates.chart())) }
        if let flags = report.flaggedRatioChart(section) { blocks.append(.chart(flags.chart())) }
        if !otherRateIDs.isEmpty {
            let groups = section.groups
            blocks.append(.chart(GroupedBarChart(
                title: "\(otherRateIDs.joined(separator: ", ")) by \(section.attributes.joined(separator: " and "))", metrics: otherRateIDs,
                unit: "rate, 0 to 1", groups: groups.map { AuditReport.values(of: $0, in: section) },
                values: groups.map { g in otherRateIDs.map { g.metrics[$0] ?? .undefined(reason: "not audited") } },
                reference: section.aequitas.findings(for: otherRateIDs[0]).first.flatMap { f in groups.firstIndex { $0.name == f.referenceGroup } },
                ceiling: 1).chart()))
        }
        var spreadNotes = UndefinedNotes()
        blocks.append(.paragraph([ReportSpan("Spread between the groups ", .strong),
                                  ReportSpan("(Fairlearn: 0 difference and ratio 1 are parity)", .muted)]))
        blocks.append(.table(ReportTable(
            headers: ["metric", "difference (max − min)", "ratio (min ÷ max)"], alignments: [.left, .right, .right],
            rows: metrics.map { id in
                let spread = section.fairlearn.metrics[id]
                return [ReportCell(id), spreadNotes.cell(spread?.difference ?? .undefined(reason: "not audited"), id: ""),
                        spreadNotes.cell(spread?.ratio ?? .undefined(reason: "not audited"), id: "")]
            })))
        blocks += spreadNotes.blocks
        return blocks
    }

    /// What the measurements themselves caution: small groups, flags, undefined values.
    var measuredCaveats: [ReportBlock] {
        var lines: [[ReportSpan]] = []
        let small = audit.smallGroups
        if !small.isEmpty {
            lines.append([ReportSpan("Small groups: ", .caution), ReportSpan(small.map { "\($0.group.name) in \($0.section.title) (\($0.group.rows) rows)" }
                .joined(separator: "; ") + " — fewer than \(audit.smallGroupRows) rows, so their rates are shown but not judged.")])
        }
        lines.append([ReportSpan("Flagged disparities: ", .strong),
                      ReportSpan(audit.flags.isEmpty ? "none at τ = \(ReportNumber.setting(audit.threshold))."
                                 : "\(audit.flags.count) at τ = \(ReportNumber.setting(audit.threshold)) (Quantitative analyses lists them).")])
        lines.append([ReportSpan("Scope: ", .strong),
                      ReportSpan("the numbers hold for \(audit.source.data ?? "the evaluation data") only; other populations or later data may differ.")])
        return [.paragraph([ReportSpan("Measured:", .strong)]), .list(lines)]
    }
}

/// The reasons of a table's undefined values, each listed once after the table.
struct UndefinedNotes {
    private var reasons: [String] = []

    /// `value` as a cell: a rate (or count) when defined, "undefined" with its reason as the note.
    mutating func cell(_ value: MetricValue, id: String) -> ReportCell {
        if value.isDefined { return ReportCell(id.isEmpty ? ReportNumber.rate(value.number ?? 0) : ReportNumber.metric(value, id: id)) }
        let reason = value.undefinedReason ?? ""
        if !reasons.contains(reason) { reasons.append(reason) }
        return ReportCell(ReportNumber.undefined, .undefined, note: reason)
    }

    var blocks: [ReportBlock] {
        reasons.isEmpty ? [] : [.list(reasons.map { [ReportSpan("undefined: ", .undefined), ReportSpan($0)] })]
    }
}
