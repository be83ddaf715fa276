extension AuditReport {
    /// How many features per protected attribute the proxy table shows, strongest first.
    public static let proxiesShown = 5

    /// The data-bias section, when the audit carries a `DataBiasReport`: its summary, then per
    /// protected attribute the features most associated with it.
    var dataBiasBlocks: [ReportBlock] {
        guard let report = audit.dataBias else { return [] }
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: "Data bias"),
            .paragraph([ReportSpan("Before any model: who is in the data, how often each group has the favorable label "
                                   + "(\(report.labelColumn) = \(report.favorableLabel)), whose values are missing, and which features "
                                   + "stand in for a protected attribute. Same rows as the audit.", .muted)]),
            .list(report.summary.map { [ReportSpan($0)] }),
        ]
        for scan in report.proxies where !scan.features.isEmpty {
            blocks.append(.heading(level: 3, text: "Features most associated with \(scan.protectedColumn)"))
            let rows = scan.features.prefix(Self.proxiesShown).map { association -> [ReportCell] in
                [ReportCell(association.feature), ReportCell(association.measure.displayName, .muted),
                 ReportCell(ReportNumber.metric(association.value, id: "")), ReportCell(ReportNumber.metric(association.normalizedMutualInformation, id: "")),
                 association.likelyProxy ? ReportCell("likely proxy", .flag) : ReportCell("")]
            }
            blocks.append(.table(ReportTable(headers: ["feature", "measure", "value", "NMI", "verdict"],
                                             alignments: [.left, .left, .right, .right, .left], rows: Array(rows))))
        }
        return blocks
    }
}
