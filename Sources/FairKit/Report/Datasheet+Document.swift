extension Datasheet {
    /// The datasheet in Gebru et al.'s section order: completeness, motivation, composition (the
    /// measured part: columns, groups, missing values, label rates, duplicates), collection
    /// process, preprocessing, uses, distribution, maintenance.
    public var document: ReportDocument {
        let fields = Self.writtenFields
        var blocks: [ReportBlock] = [
            .paragraph([ReportSpan("Measured by FairKit \(Release.version) from \(data) (\(ReportNumber.count(rowCount)) rows, "
                                   + "\(ModelCard.plural(columns.count, "column"))). Parts marked \"\(WrittenField.toBeWritten)\" are questions for the "
                                   + "people who made the data, answered in the answers file (docs/model-cards.md#datasheets); nothing in them is generated.",
                                   .muted)]),
            .heading(level: 2, text: "Completeness"),
        ]
        blocks += completeness.blocks(fields, answersFile: answersFile, option: "--answers")
        for section in ["Motivation", "Composition", "Collection process", "Preprocessing, cleaning and labelling", "Uses", "Distribution", "Maintenance"] {
            blocks.append(.heading(level: 2, text: section))
            if section == "Composition" { blocks += compositionBlocks }
            blocks += answers.blocks(section: section, of: fields)
        }
        return ReportDocument(title: "Datasheet: \(data)", blocks: blocks)
    }

    private var compositionBlocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 3, text: "Columns")]
        var facts: [[ReportSpan]] = [[ReportSpan("Rows: ", .strong), ReportSpan(ReportNumber.count(rowCount))]]
        if let sha256 { facts.append([ReportSpan("SHA-256: ", .strong), ReportSpan(sha256, .muted)]) }
        blocks.append(.list(facts))
        blocks.append(.table(ReportTable(
            headers: ["column", "type", "missing", "missing share", "distinct", "mean", "most frequent"],
            alignments: [.left, .left, .right, .right, .right, .right, .left],
            rows: columns.map { c in
                [ReportCell(c.name), ReportCell(c.kind.rawValue), ReportCell(ReportNumber.count(c.missing)),
                 ReportCell(rowCount == 0 ? "" : ReportNumber.percent(Double(c.missing) / Double(rowCount))),
                 ReportCell(c.distinct.map(ReportNumber.count) ?? ""), ReportCell(c.mean.map { ReportNumber.statistic($0) } ?? ""),
                 ReportCell(c.top.map { "\($0.description) (\(ReportNumber.count(c.topCount ?? 0)))" } ?? "")]
            })))
        blocks += groupBlocks
        blocks += missingBlocks
        blocks += labelBlocks
        blocks.append(.heading(level: 3, text: "Duplicates"))
        var duplicateLine = "\(ModelCard.plural(duplicates.rows, "row")) equal in every column to an earlier row."
        if !labelBaseRates.isEmpty {
            duplicateLine += " \(ModelCard.plural(duplicates.conflictingLabels, "row")) equal to an earlier row in every column but the label, with another label."
        }
        blocks.append(.paragraph([ReportSpan(duplicateLine, duplicates.rows + duplicates.conflictingLabels > 0 ? .caution : .plain)]))
        return blocks
    }

    /// Each grouping's groups with counts and shares, and a chart of the shares.
    private var groupBlocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 3, text: "Groups")]
        for name in protectedColumns {
            guard let ranges = bins[name] else { continue }
            var line = "\(name) is grouped into the ranges given with --bins (bounds included): \(ranges.map(\.name).joined(separator: "; "))."
            if let empty = emptyBins[name] { line += " No row falls in \(empty.joined(separator: "; ")), so it is in no table below." }
            blocks.append(.paragraph([ReportSpan(line, emptyBins[name] == nil ? .plain : .caution)]))
        }
        for r in representation {
            let title = r.columns.joined(separator: " x ")
            var notes = UndefinedNotes()
            var rows = r.groups.map { g in [ReportCell(g.values.joined(separator: ", ")), ReportCell(ReportNumber.count(g.count)),
                                            notes.percent(g.share)] }
            if r.rowsMissingGroup > 0 {
                rows.append([ReportCell("(missing)", .undefined), ReportCell(ReportNumber.count(r.rowsMissingGroup)), ReportCell("")])
            }
            blocks.append(.table(ReportTable(headers: [r.columns.joined(separator: ", "), "rows", "share"], alignments: [.left, .right, .right], rows: rows)))
            blocks += notes.blocks
            blocks.append(.chart(GroupBarChart(title: "Share of rows by \(title)", quantity: "Share", unit: "of the rows with a group",
                                               bars: r.groups.map { .init($0.values.joined(separator: ", "), $0.share) }, ceiling: 1).chart()))
        }
        return blocks
    }

    /// Columns with missing values, overall and by each grouping's groups.
    private var missingBlocks: [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 3, text: "Missing values by group")]
        for m in missingness {
            let columns = m.byColumn.filter { $0.missingCount > 0 }
            guard !columns.isEmpty else {
                blocks.append(.paragraph([ReportSpan("By \(m.columns.joined(separator: " x ")): no column has missing values.", .muted)]))
                continue
            }
            let groups = columns[0].groups.map(\.group)
            var notes = UndefinedNotes()
            blocks.append(.paragraph([ReportSpan("By \(m.columns.joined(separator: " x ")): ", .strong),
                                      ReportSpan("the share of each group's rows missing the column; a gap of \(ReportNumber.percent(m.gapThreshold)) or more "
                                                 + "that a χ² test finds significant at \(ReportNumber.setting(m.significanceLevel)) is flagged (!).", .muted)]))
            blocks.append(.table(ReportTable(
                headers: ["column", "missing"] + groups + ["largest gap"], alignments: [.left] + Array(repeating: .right, count: groups.count + 2),
                rows: columns.map { c in
                    [ReportCell(c.column), ReportCell(ReportNumber.count(c.missingCount))]
                        + groups.map { g in c.groups.first { $0.group == g }.map { notes.percent($0.rate) } ?? ReportCell("") }
                        + [c.flagged ? ReportCell(notes.percent(c.largestGap).text + " !", .flag) : notes.percent(c.largestGap)]
                })))
            blocks += notes.blocks
        }
        return blocks
    }

    /// The label's favourable rate by group, with a chart against the largest group's rate (the
    /// audit's band, τ = 0.8; groups under 30 rows shown but not judged, as the audit does).
    private var labelBlocks: [ReportBlock] {
        guard let first = labelBaseRates.first else { return [] }
        var blocks: [ReportBlock] = [.heading(level: 3, text: "Label rates by group"),
                                     .paragraph([ReportSpan("The share of each group's labelled rows whose \(first.label) is \(first.favorable); "
                                                            + "overall \(first.overall.number.map(ReportNumber.rate) ?? ReportNumber.undefined).")])]
        for rates in labelBaseRates {
            var notes = UndefinedNotes()
            blocks.append(.table(ReportTable(
                headers: [rates.columns.joined(separator: ", "), "rows", "\(rates.label) = \(rates.favorable)", "rate"],
                alignments: [.left, .right, .right, .right],
                rows: rates.groups.map { g in
                    [ReportCell(g.values.joined(separator: ", ")), ReportCell(ReportNumber.count(g.count)),
                     ReportCell(ReportNumber.count(g.favorableCount)), notes.cell(g.rate, id: "")]
                })))
            blocks += notes.blocks
            let largest = rates.groups.indices.max { rates.groups[$0].count < rates.groups[$1].count }
            let referenceRate = largest.flatMap { rates.groups[$0].rate.number }
            blocks.append(.chart(GroupBarChart(
                title: "\(rates.label) = \(rates.favorable) by \(rates.columns.joined(separator: " and "))", quantity: "Label rate",
                unit: "share of the group's labelled rows", bars: rates.groups.map { .init($0.values.joined(separator: ", "), $0.rate, isJudged: $0.count >= FairnessAudit.Options.defaultSmallGroupRows) },
                reference: largest, band: referenceRate.map { .around(reference: $0, tau: DisparityAudit.defaultThreshold) }, ceiling: 1).chart()))
        }
        return blocks
    }
}

extension UndefinedNotes {
    /// A share as a percentage, or "undefined" with its reason noted.
    mutating func percent(_ value: MetricValue) -> ReportCell {
        guard let x = value.number else { return cell(value, id: "") }
        return ReportCell(ReportNumber.percent(x))
    }
}
