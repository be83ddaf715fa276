extension AuditReport {
    /// The report's content, written once for every format: what was audited and how it is judged,
    /// the summary, then per section the groups and their metrics, charts of their selection rates
    /// and flagged disparities (`chartBlocks`), Fairlearn's spread, AIF360's
    /// comparison and Aequitas's disparities, each table followed by the reasons of its undefined
    /// values; last the data-bias report, when the audit carries one.
    public var document: ReportDocument {
        var blocks: [ReportBlock] = [.list(header)]
        blocks.append(.heading(level: 2, text: "Summary"))
        blocks.append(.list(summary.map { [ReportSpan($0)] }))
        for section in audit.sections {
            blocks.append(.heading(level: 2, text: section.title))
            if section.attributes.count > 1 {
                blocks.append(.paragraph([ReportSpan("Every combination of \(section.attributes.joined(separator: " and ")) present in the data.", .muted)]))
            }
            blocks += groupsBlocks(section) + chartBlocks(section) + fairlearnBlocks(section) + aif360Blocks(section) + aequitasBlocks(section)
        }
        blocks += dataBiasBlocks
        let title = audit.source.data.map { "Fairness audit of \($0)" } ?? "Fairness audit"
        return ReportDocument(title: title, blocks: blocks)
    }

    /// What was audited and how findings are judged, one line each.
    private var header: [[ReportSpan]] {
        let source = audit.source
        var rows = "\(ReportNumber.count(audit.rowCount)) rows audited"
        if source.rowsDropped > 0 {
            rows += " (\(ReportNumber.count(source.rowsDropped)) dropped for a missing label, prediction, score or weight)"
        }
        var lines: [[ReportSpan]] = [[ReportSpan("Data: ", .strong), ReportSpan(source.data.map { "\($0), \(rows)" } ?? rows)]]
        if let label = source.label {
            lines.append([ReportSpan("Label: ", .strong), ReportSpan(label + (source.labelPositive.map { " (positive: \($0))" } ?? ""))])
        }
        if let score = source.score, let threshold = source.scoreThreshold {
            lines.append([ReportSpan("Prediction: ", .strong), ReportSpan("positive where \(score) >= \(ReportNumber.setting(threshold))")])
        } else if let prediction = source.prediction {
            lines.append([ReportSpan("Prediction: ", .strong),
                          ReportSpan(prediction + (source.predictionPositive.map { " (positive: \($0))" } ?? ""))])
        }
        if let weight = source.weight { lines.append([ReportSpan("Weights: ", .strong), ReportSpan(weight)]) }
        let tau = ReportNumber.setting(audit.threshold)
        lines.append([ReportSpan("Judged: ", .strong), ReportSpan(
            "a ratio between groups is flagged outside [\(tau), \(ReportNumber.setting(1 / audit.threshold))] (τ = \(tau)); "
            + "groups with fewer than \(audit.smallGroupRows) rows are too small to judge")])
        lines.append([ReportSpan("Uncertainty: ", .strong), ReportSpan(uncertaintyText)])
        if audit.positiveIsHarmful {
            lines.append([ReportSpan("Positive prediction: ", .strong),
                          ReportSpan("harmful (punitive), so each metric is read from the affected person's view: receiving the positive "
                                     + "prediction is the harm (a higher selection rate, TPR or FPR harms a group; a higher FNR favours it)")])
        }
        lines.append([ReportSpan("Metrics: ", .strong), ReportSpan(audit.metrics.map { metric in
            "\(metric.id) = \(metric.displayName), \(metric.formula)\(Self.direction(metric.direction))"
        }.joined(separator: "; "))])
        return lines
    }

    /// How the intervals and tests were made, in one line.
    private var uncertaintyText: String {
        let u = audit.uncertainty
        let percent = ReportPercent.text(u.confidence)
        var text = "\(percent) Wilson intervals for rates"
        if u.bootstrapReplicates > 0 {
            text += "; \(percent) percentile bootstrap intervals for differences and ratios (\(ReportNumber.count(u.bootstrapReplicates)) "
                + "resamples within groups, seed \(u.bootstrapSeed))"
        }
        return text + "; each disparity of a rate is tested against parity (two-proportion z-test), Holm-corrected over "
            + "\(ReportNumber.count(u.comparisons)) comparison\(u.comparisons == 1 ? "" : "s") at α = \(ReportNumber.setting(1 - u.confidence))"
    }

    /// A defined cell followed by its interval "[lower, upper]", both ends formatted by `format`.
    static func interval(_ cell: ReportCell, _ interval: ConfidenceInterval?, _ format: (Double) -> String) -> ReportCell {
        guard let interval, cell.emphasis != .undefined, !cell.text.isEmpty else { return cell }
        var cell = cell
        cell.text += " [\(format(interval.lower)), \(format(interval.upper))]"
        return cell
    }

    /// A rate's cell with its interval.
    static func rate(_ cell: ReportCell, _ interval: ConfidenceInterval?) -> ReportCell {
        Self.interval(cell, interval, ReportNumber.rate)
    }

    /// A ratio's cell with its interval.
    static func ratio(_ cell: ReportCell, _ interval: ConfidenceInterval?) -> ReportCell {
        Self.interval(cell, interval, ReportNumber.ratio)
    }

    private static func direction(_ direction: MetricDirection) -> String {
        switch direction {
        case .higherIsFavorable: return ", higher is favorable"
        case .lowerIsFavorable: return ", lower is favorable"
        case .neutral: return ""
        }
    }

    // MARK: Groups

    private func groupsBlocks(_ section: FairnessAudit.Section) -> [ReportBlock] {
        var headers = [section.attributes.joined(separator: ", "), "rows"]
        if audit.weighted { headers.append("weight") }
        headers += ["share"] + audit.metrics.map(\.id)
        var notes = Notes()
        var rows: [[ReportCell]] = section.groups.map { group in
            var row: [ReportCell] = [ReportCell(Self.values(of: group, in: section)),
                                     group.isSmall ? ReportCell(ReportNumber.count(group.rows) + " (small)", .caution) : ReportCell(ReportNumber.count(group.rows))]
            if audit.weighted { row.append(ReportCell(ReportNumber.count(group.weight))) }
            row.append(ReportCell(ReportNumber.percent(group.share)))
            return row + audit.metrics.map { Self.rate(notes.cell(group.metrics[$0.id], id: $0.id), group.intervals[$0.id]) }
        }
        let total = section.groups.reduce(0) { $0 + $1.rows }
        var overall: [ReportCell] = [ReportCell("overall", .strong), ReportCell(ReportNumber.count(total))]
        if audit.weighted { overall.append(ReportCell(ReportNumber.count(section.groups.reduce(0) { $0 + $1.weight }))) }
        overall.append(ReportCell(ReportNumber.percent(1)))
        rows.append(overall + audit.metrics.map { Self.rate(notes.cell(section.overall[$0.id], id: $0.id), section.overallIntervals[$0.id]) })
        let table = ReportTable(headers: headers, alignments: [.left] + Array(repeating: .right, count: headers.count - 1), rows: rows)
        return [.heading(level: 3, text: "Groups"), .table(table)] + notes.blocks
    }

    // MARK: Fairlearn

    private func fairlearnBlocks(_ section: FairnessAudit.Section) -> [ReportBlock] {
        var notes = Notes()
        var rows = audit.metrics.map { metric -> [ReportCell] in
            let spread = section.fairlearn.metrics[metric.id]
            return [ReportCell(metric.id), Self.rate(notes.spread(spread?.difference), spread?.differenceInterval),
                    Self.ratio(notes.ratio(spread?.ratio), spread?.ratioInterval)]
        }
        for criterion in FairlearnDisparity.all {
            let spread = section.fairlearn.criteria[criterion.id]
            let over = criterion.metrics.map(\.id).joined(separator: ", ")
            rows.append([ReportCell("\(criterion.id) (\(over)\(criterion.metrics.count > 1 ? "; worst" : ""))"),
                         Self.rate(notes.spread(spread?.difference), spread?.differenceInterval),
                         Self.ratio(notes.ratio(spread?.ratio), spread?.ratioInterval)])
        }
        return [
            .heading(level: 3, text: "Fairlearn: spread between groups"),
            .paragraph([ReportSpan("difference = largest - smallest group value (0 is parity); ratio = smallest / largest (1 is parity); "
                                   + "[bootstrap \(ReportPercent.text(audit.uncertainty.confidence)) interval].", .muted)]),
            .table(ReportTable(headers: ["metric", "difference", "ratio"], alignments: [.left, .right, .right], rows: rows)),
        ] + notes.blocks
    }

    // MARK: AIF360

    private func aif360Blocks(_ section: FairnessAudit.Section) -> [ReportBlock] {
        let heading = ReportBlock.heading(level: 3, text: "AIF360: unprivileged against privileged")
        guard let comparison = section.aif360 else {
            return [heading, .paragraph([ReportSpan("No privileged value is given for \(section.attributes.joined(separator: " and ")), "
                                                     + "so there is no privileged comparison.", .muted)])]
        }
        var notes = Notes()
        let rows = FairnessAudit.AIF360Comparison.reported.map { metric -> [ReportCell] in
            let value = comparison.metrics[metric.id]
            let cell: ReportCell
            if metric.id == AIF360Metric.disparateImpact.id {
                cell = ratioCell(value, notes: &notes, small: min(comparison.privilegedRows, comparison.unprivilegedRows) < audit.smallGroupRows)
            } else if metric.id.hasSuffix("_ratio") {
                cell = notes.ratio(value)
            } else if AIF360Metric.inequalityIndices.contains(where: { $0.id == metric.id }) {
                cell = notes.index(value)
            } else {
                cell = notes.difference(value)
            }
            let interval = comparison.intervals[metric.id]
            return [ReportCell(metric.id), ReportCell(metric.formula, .muted),
                    metric.id.hasSuffix("_ratio") || metric.id == AIF360Metric.disparateImpact.id ? Self.ratio(cell, interval)
                        : AIF360Metric.inequalityIndices.contains { $0.id == metric.id } ? Self.interval(cell, interval, ReportNumber.index)
                        : Self.interval(cell, interval, ReportNumber.difference)]
        }
        return [
            heading,
            .paragraph([ReportSpan("Privileged: ", .strong), ReportSpan(side(comparison.privileged, rows: comparison.privilegedRows) + ". "),
                        ReportSpan("Unprivileged: ", .strong), ReportSpan(side(comparison.unprivileged, rows: comparison.unprivilegedRows) + ". "),
                        ReportSpan("u - p differences are 0 at parity; disparate impact u / p is 1 at parity"
                                   + (audit.positiveIsHarmful ? "." : " (the four-fifths rule asks for at least 0.8)."), .muted)]),
            .table(ReportTable(headers: ["metric", "formula", "value"], alignments: [.left, .left, .right], rows: rows)),
        ] + notes.blocks
    }

    private func side(_ groups: [String], rows: Int) -> String {
        "\(groups.joined(separator: "; ")) (\(ReportNumber.count(rows)) row\(rows == 1 ? "" : "s"))"
    }

    /// A group as a table's row label: its values ("Female, Black"), the attributes being the
    /// column's header.
    static func values(of group: FairnessAudit.Group, in section: FairnessAudit.Section) -> String {
        section.attributes.map { group.values[$0] ?? "" }.joined(separator: ", ")
    }

    // MARK: Aequitas

    private func aequitasBlocks(_ section: FairnessAudit.Section) -> [ReportBlock] {
        let aequitas = section.aequitas
        var notes = Notes()
        let rows = section.groups.map { group -> [ReportCell] in
            [ReportCell(Self.values(of: group, in: section))] + audit.metrics.map { metric in
                guard let finding = aequitas.findings(for: metric.id).first(where: { $0.group == group.name }) else { return ReportCell("") }
                if finding.referenceGroup == group.name, finding.disparity.isDefined {
                    return ReportCell("(ref)", .reference)
                }
                let reference = finding.referenceGroup.flatMap(section.group)
                var cell = ratioCell(finding.disparity, notes: &notes, small: group.isSmall || (reference?.isSmall ?? false))
                if cell.emphasis == .flag, finding.test?.distinguishable == false { cell.text += " n.s." }
                return Self.ratio(cell, finding.disparityInterval)
            }
        }
        let parity = [ReportCell("parity", .strong)] + audit.metrics.map { metric -> ReportCell in
            let verdict = aequitas.parity[metric.id] ?? .undefined
            return ReportCell(verdict.rawValue, verdict == .unfair ? .flag : verdict == .fair ? .fair : .undefined)
        }
        let tau = ReportNumber.setting(audit.threshold), inverse = ReportNumber.setting(1 / audit.threshold)
        return [
            .heading(level: 3, text: "Aequitas: disparity against the reference group"),
            .paragraph([ReportSpan("Reference: ", .strong), ReportSpan(referenceText(section) + ". "),
                        ReportSpan("disparity = group / reference; fair within [\(tau), \(inverse)]; ! flagged; "
                                   + "? outside but a group has fewer than \(audit.smallGroupRows) rows (not judged); (ref) the reference; "
                                   + "[bootstrap \(ReportPercent.text(audit.uncertainty.confidence)) interval]; n.s. flagged but not distinguishable "
                                   + "from parity (two-proportion z-test, Holm-adjusted p >= \(ReportNumber.setting(1 - audit.uncertainty.confidence))).", .muted)]),
            .table(ReportTable(headers: [section.attributes.joined(separator: ", ")] + audit.metrics.map(\.id), alignments: [.left] + audit.metrics.map { _ in .right },
                               rows: rows + [parity])),
        ] + notes.blocks
    }

    private func referenceText(_ section: FairnessAudit.Section) -> String {
        let used = Set(section.aequitas.findings.compactMap(\.referenceGroup))
        switch section.aequitas.reference {
        case .named(let name): return "\(name) (chosen)"
        case .largest: return "\(used.sorted().joined(separator: ", ")) (the largest group)"
        case .minimumMetric: return "for each metric, the group with the lowest value (marked ref)"
        }
    }

    /// A ratio judged against τ: "! " flagged, "? " outside but on a small group, plain when fair.
    private func ratioCell(_ value: MetricValue?, notes: inout Notes, small: Bool) -> ReportCell {
        guard let x = value?.number else { return notes.cell(value, id: "") }
        let text = ReportNumber.ratio(x, judgedWithin: audit.threshold...(1 / audit.threshold))
        guard x < audit.threshold || x > 1 / audit.threshold else { return ReportCell(text, .fair) }
        return small ? ReportCell(text + " ?", .caution) : ReportCell(text + " !", .flag)
    }
}

/// The reasons of a table's undefined values, collected while its cells are made, each once.
private struct Notes {
    private var reasons: [String] = []

    /// A metric's value as a cell; undefined (or absent) values note their reason.
    mutating func cell(_ value: MetricValue?, id: String) -> ReportCell {
        guard let value else { return ReportCell("") }
        return value.number != nil ? ReportCell(ReportNumber.metric(value, id: id)) : undefined(value)
    }

    /// An unsigned difference (Fairlearn's max - min), shown as a rate.
    mutating func spread(_ value: MetricValue?) -> ReportCell {
        guard let value else { return ReportCell("") }
        return value.number.map { ReportCell(ReportNumber.rate($0)) } ?? undefined(value)
    }

    /// A signed difference (AIF360's u - p).
    mutating func difference(_ value: MetricValue?) -> ReportCell {
        guard let value else { return ReportCell("") }
        return value.number.map { ReportCell(ReportNumber.difference($0)) } ?? undefined(value)
    }

    /// An inequality index (0 is equality), to 4 decimals: its values are small.
    mutating func index(_ value: MetricValue?) -> ReportCell {
        guard let value else { return ReportCell("") }
        return value.number.map { ReportCell(ReportNumber.index($0)) } ?? undefined(value)
    }

    mutating func ratio(_ value: MetricValue?) -> ReportCell {
        guard let value else { return ReportCell("") }
        return value.number.map { ReportCell(ReportNumber.ratio($0)) } ?? undefined(value)
    }

    private mutating func undefined(_ value: MetricValue) -> ReportCell {
        let reason = value.undefinedReason ?? ""
        if !reasons.contains(reason) { reasons.append(reason) }
        return ReportCell(ReportNumber.undefined, .undefined, note: reason)
    }

    /// A list of "undefined: reason" lines, or nothing.
    var blocks: [ReportBlock] {
        reasons.isEmpty ? [] : [.list(reasons.map { [ReportSpan("undefined: ", .undefined), ReportSpan($0)] })]
    }
}
