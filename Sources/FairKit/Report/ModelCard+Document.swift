extension ModelCard {
    /// The card's content in Mitchell et al.'s section order, after a line on where the numbers
    /// come from and the completeness section. Measured facts are plain text; each written field
    /// is its answer or "To be written" with its question.
    public var document: ReportDocument {
        let fields = Self.writtenFields
        let data = audit.source.data ?? "the evaluation data"
        var blocks: [ReportBlock] = [
            .paragraph([ReportSpan("Measured by FairKit \(Release.version) from the model file \(model.file) and an audit of its predictions on "
                                   + "\(data) (\(ReportNumber.count(audit.rowCount)) rows). Parts marked \"\(WrittenField.toBeWritten)\" are for a "
                                   + "person to write in the intended-use file (docs/model-cards.md); nothing in them is generated.", .muted)]),
            .heading(level: 2, text: "Completeness"),
        ]
        blocks += completeness.blocks(fields, answersFile: answersFile, option: "--intended-use")

        blocks.append(.heading(level: 2, text: Section.details))
        blocks += detailBlocks
        blocks += answers.blocks(section: Section.details, of: fields)

        blocks.append(.heading(level: 2, text: Section.intendedUse))
        blocks += answers.blocks(section: Section.intendedUse, of: fields)

        blocks.append(.heading(level: 2, text: Section.factors))
        blocks.append(.paragraph([ReportSpan("Evaluated across ", .plain), ReportSpan(protectedColumns.joined(separator: ", "), .strong),
                                  ReportSpan(protectedColumns.count > 1 ? ", each alone and all together (their intersection)." : ".")]))
        blocks.append(.list(audit.sections.map { section in
            [ReportSpan(section.title + ": ", .strong), ReportSpan(section.groups.map { g in
                "\(AuditReport.values(of: g, in: section)) (\(ReportNumber.count(g.rows)))" }.joined(separator: ", "))]
        }))
        blocks += answers.blocks(section: Section.factors, of: fields)

        blocks.append(.heading(level: 2, text: Section.metrics))
        blocks += metricBlocks
        blocks += answers.blocks(section: Section.metrics, of: fields)

        blocks.append(.heading(level: 2, text: Section.evaluationData))
        var evaluation: [[ReportSpan]] = [[ReportSpan("File: ", .strong), ReportSpan(data)],
                                          [ReportSpan("Rows: ", .strong), ReportSpan(ReportNumber.count(audit.rowCount)
                                                + (audit.source.rowsDropped > 0 ? " (\(ReportNumber.count(audit.source.rowsDropped)) dropped for missing values)" : ""))]]
        if let sha = evaluationDataSHA256 { evaluation.append([ReportSpan("SHA-256: ", .strong), ReportSpan(sha, .muted)]) }
        blocks.append(.list(evaluation))
        blocks += answers.blocks(section: Section.evaluationData, of: fields)

        blocks.append(.heading(level: 2, text: Section.trainingData))
        blocks += trainingBlocks
        blocks += answers.blocks(section: Section.trainingData, of: fields)

        blocks.append(.heading(level: 2, text: Section.quantitativeAnalyses))
        blocks += quantitativeBlocks

        blocks.append(.heading(level: 2, text: Section.ethicalConsiderations))
        blocks += answers.blocks(section: Section.ethicalConsiderations, of: fields)

        blocks.append(.heading(level: 2, text: Section.caveats))
        blocks += measuredCaveats
        blocks += answers.blocks(section: Section.caveats, of: fields)
        return ReportDocument(title: "Model card: \(model.file)", blocks: blocks)
    }

    /// "1 column", "3 columns".
    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The protected columns the audit grouped by, in order.
    var protectedColumns: [String] {
        audit.sections.filter { $0.attributes.count == 1 }.map { $0.attributes[0] }
    }

    private var detailBlocks: [ReportBlock] {
        var facts: [[ReportSpan]] = [
            [ReportSpan("Model: ", .strong), ReportSpan("\(model.classifier) in a \(model.kind) (docs/model-files.md)")],
            [ReportSpan("Output: ", .strong), ReportSpan("P(\(model.label) = \(model.positive)); the decision is \(model.positive) when P > "
                                                         + ReportNumber.setting(decisionThreshold)
                                                         + (model.mitigation.isEmpty ? "" : ", unless the mitigation randomises it: then a draw "
                                                            + "seeded as learn predict makes it (docs/model-files.md)"))],
            [ReportSpan("Features: ", .strong), ReportSpan("\(Self.plural(model.featureColumns.count, "column")) (\(Self.plural(model.encodedFeatureCount, "encoded feature"))"
                                                           + (model.standardized ? ", numeric ones standardised" : "") + "): "
                                                           + model.featureColumns.joined(separator: ", "))],
            [ReportSpan("Protected columns in training: ", .strong), ReportSpan(model.protected.isEmpty ? "none named" : model.protected.joined(separator: ", ")
                + (model.protected.isEmpty ? "" : model.includeProtected ? " (allowed among the features)" : " (kept out of the features)"))],
            [ReportSpan("Missing values: ", .strong), ReportSpan(model.missingValues)],
        ]
        if let created = model.provenance?.created { facts.append([ReportSpan("Trained: ", .strong), ReportSpan(created)]) }
        if let version = model.provenance?.fairKitVersion {
            // FairKit writes its bare version number; a hand-written file names its tool.
            facts.append([ReportSpan("Trained with: ", .strong), ReportSpan((version.first?.isNumber ?? false ? "FairKit " : "") + version)])
        }
        var blocks: [ReportBlock] = [.list(facts)]
        for (title, settings) in [("Hyperparameters", model.hyperparameters), ("Recorded fit values", model.fitDiagnostics), ("Mitigation", model.mitigation)] {
            guard !settings.isEmpty else {
                if title == "Hyperparameters" { blocks.append(.paragraph([ReportSpan("The model file records no hyperparameters.", .muted)])) }
                continue
            }
            blocks.append(.heading(level: 3, text: title))
            blocks.append(.table(ReportTable(headers: ["setting", "value"], alignments: [.left, .left],
                                             rows: settings.map { [ReportCell($0.name), ReportCell($0.value)] })))
        }
        return blocks
    }

    private var metricBlocks: [ReportBlock] {
        let tau = ReportNumber.setting(audit.threshold)
        return [
            .list(audit.metrics.map { [ReportSpan($0.id + ": ", .strong), ReportSpan("\($0.displayName), \($0.formula)")] }),
            .paragraph([ReportSpan("Decisions are made at threshold \(ReportNumber.setting(decisionThreshold)). Disparities are Fairlearn's "
                                   + "difference (largest − smallest group) and ratio (smallest ÷ largest), and Aequitas's ratio to a reference "
                                   + "group, flagged outside [\(tau), \(ReportNumber.setting(1 / audit.threshold))]; groups under "
                                   + "\(audit.smallGroupRows) rows are shown but not judged.")]),
        ]
    }

    private var trainingBlocks: [ReportBlock] {
        let p = model.provenance
        func recorded(_ value: String?) -> ReportSpan { value.map { ReportSpan($0) } ?? ReportSpan("not recorded in the model file", .undefined) }
        var facts: [[ReportSpan]] = [
            [ReportSpan("File: ", .strong), recorded(p?.trainingFile)],
            [ReportSpan("Rows learned from: ", .strong), recorded(p?.trainingRows.map(ReportNumber.count))],
            [ReportSpan("SHA-256: ", .strong), recorded(p?.trainingDataSHA256)],
            [ReportSpan("Training metrics: ", .strong), ReportSpan("model files record no training accuracy; the recorded fit values above are what "
                                                                   + "the file holds", .muted)],
        ]
        if !model.excluded.isEmpty {
            facts.append([ReportSpan("Columns not used as features: ", .strong),
                          ReportSpan(model.excluded.map { "\($0.name) (\($0.value))" }.joined(separator: ", "))])
        }
        return [.list(facts)]
    }
}
