import Foundation

/// An explanation of a model's decisions as a report (`learn explain --format markdown|html`):
/// per decision the output, a waterfall of the source columns that moved it most (value and
/// attribution, a signed number in the output's space; its table is the text alternative) and
/// the plain-language narrative; then any further
/// sections (LIME's terms, counterfactual options, importances, partial dependence) as tables.
/// The JSON is the explain command's own contract, given whole.
public struct ExplanationReport: DocumentReport {
    /// One explained decision (a row's Shapley values by source column).
    public struct Decision: Sendable {
        public var row: Int
        public var output: Double
        public var baseValue: Double
        /// Source column, its value as the file holds it, its attribution; largest |attribution| first.
        public var columns: [(column: String, value: String, attribution: Double)]
        public var narrative: String
        /// Set when the attributions miss f(x) − E f by more than the tolerance.
        public var residual: Double?

        public init(row: Int, output: Double, baseValue: Double, columns: [(column: String, value: String, attribution: Double)],
                    narrative: String, residual: Double? = nil) {
            self.row = row
            self.output = output
            self.baseValue = baseValue
            self.columns = columns
            self.narrative = narrative
            self.residual = residual
        }
    }

    /// A further section: a heading, sentences, a table.
    public struct Section: Sendable {
        public var heading: String
        public var sentences: [String]
        public var table: ReportTable?
        /// A chart drawn after the sentences (with its own table of the plotted numbers).
        public var chart: Chart?

        public init(heading: String, sentences: [String], table: ReportTable? = nil, chart: Chart? = nil) {
            self.heading = heading
            self.sentences = sentences
            self.table = table
            self.chart = chart
        }
    }

    public var title: String
    /// What was run (method, files, space, seed), one sentence.
    public var settings: String
    /// The output's unit on chart axes ("probability", "log-odds").
    public var unit: String
    public var decisions: [Decision]
    public var sections: [Section]
    /// Every source column's attributions over the decisions, for the mean |attribution| chart
    /// drawn first when there are two decisions or more.
    public var attributionsByColumn: [MeanAttributionChart.Column] = []
    /// The same attributions with each row's value of the column, for the beeswarm drawn after
    /// the mean |attribution| chart (empty: no beeswarm).
    public var beeswarm: [BeeswarmChart.Column] = []
    /// The command's JSON contract.
    public var jsonText: String

    public init(title: String, settings: String, unit: String, decisions: [Decision], sections: [Section], jsonText: String) {
        self.title = title
        self.settings = settings
        self.unit = unit
        self.decisions = decisions
        self.sections = sections
        self.jsonText = jsonText
    }

    public func json() throws -> String { jsonText }

    public var document: ReportDocument {
        var blocks: [ReportBlock] = [.paragraph([ReportSpan(settings, .muted)])]
        if decisions.count >= 2, !attributionsByColumn.isEmpty {
            blocks.append(.heading(level: 2, text: "Across the \(decisions.count) rows"))
            blocks.append(.chart(MeanAttributionChart(title: "Which columns move the output most", columns: attributionsByColumn, unit: unit).chart()))
            if !beeswarm.isEmpty {
                blocks.append(.chart(BeeswarmChart(title: "How each column's values move the output", columns: beeswarm, unit: unit).chart()))
            }
        }
        for d in decisions {
            blocks.append(.heading(level: 2, text: "Row \(d.row)"))
            var line = [ReportSpan("Output \(Self.number(d.output)), against a base value of \(Self.number(d.baseValue)).")]
            if let residual = d.residual {
                line.append(ReportSpan(" The attributions miss f(x) − E f by \(Self.number(residual)).", .caution))
            }
            blocks.append(.paragraph(line))
            if !d.columns.isEmpty {
                blocks.append(.chart(WaterfallChart(title: "Row \(d.row): from the base value to the output", baseValue: d.baseValue,
                                                    steps: d.columns.map { .init($0.value.isEmpty ? $0.column : "\($0.column) = \($0.value)", $0.attribution) }, unit: unit)
                    .chart()))
            }
            blocks.append(.paragraph([ReportSpan(d.narrative)]))
        }
        for s in sections {
            blocks.append(.heading(level: 2, text: s.heading))
            blocks += s.sentences.map { .paragraph([ReportSpan($0)]) }
            if let chart = s.chart { blocks.append(.chart(chart)) }
            if let table = s.table { blocks.append(.table(table)) }
        }
        return ReportDocument(title: title, blocks: blocks)
    }

    /// Four decimals, as the text output shows them.
    public static func number(_ x: Double) -> String { String(format: "%.4f", x) }
    /// Four decimals with a sign: "+0.1250", "−0.0500".
    public static func signed(_ x: Double) -> String { (x < 0 ? "−" : "+") + String(format: "%.4f", abs(x)) }
}
