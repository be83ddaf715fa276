/// The what-if page: one offline HTML file in which a reader picks a row, edits its features and
/// watches the probability, the decision, the attributions and the nearest row of the other
/// decision change, and moves a threshold per group and watches selection rates, TPR, FPR and the
/// disparities change (docs/whatif.md).
///
/// Self-contained: the data and model are a JSON block (`WhatIfData`), the code one inline
/// script (`WhatIfScript`: vanilla JavaScript), the style inline CSS; a Content-Security-Policy
/// forbids every network request. Works for pipelines of logistic regression, decision tree and
/// Gaussian naive Bayes.
///
///     let page = try WhatIfPage(pipeline: pipeline, table: adult.table, protected: ["sex", "race"], title: "adult.csv")
///     try page.html().write(to: url, atomically: true, encoding: .utf8)
public struct WhatIfPage: Sendable {
    /// The page's title (the data file's name, say); escaped when written.
    public let title: String
    /// How many rows the page holds.
    public let rowCount: Int
    /// The model kind ("logistic_regression", "decision_tree", "gaussian_naive_bayes").
    public let modelKind: String
    /// The attribution method ("linear-shap", "additive-log-odds", "saabas").
    public let attribution: String
    let data: String

    /// A page of `table`'s rows at `rows` (every row when nil; `WhatIfPage.sample` draws a
    /// seeded subset), grouped by each of `protected`. The table needs the pipeline's feature
    /// columns, its label column (no missing labels: TPR and FPR need them) and the protected columns.
    public init(pipeline: Pipeline, table: Table, protected: [String], title: String, rows: [Int]? = nil) throws {
        guard !protected.isEmpty else { throw WhatIfError.missingProtected("(none given)") }
        for name in protected where !table.hasColumn(name) { throw WhatIfError.missingProtected(name) }
        let built = try WhatIfData(pipeline: pipeline, table: table, protected: protected, rows: rows ?? Array(0..<table.rowCount))
        self.title = title
        self.rowCount = built.rowCount
        self.modelKind = try WhatIfData.model(pipeline.classifier).kind
        self.attribution = WhatIfData.attributions[modelKind]?.method ?? ""
        self.data = built.json.render()
    }

    /// Throws `WhatIfError.unsupportedModel` unless the page can port `classifier` (a fitted
    /// logistic regression, decision tree or Gaussian naive Bayes).
    public static func requireSupported(_ classifier: any Classifier) throws {
        _ = try WhatIfData.model(classifier)
    }

    /// `count` of `rowCount` row positions drawn without replacement by the seeded generator
    /// (the first `count` of its permutation), in increasing order; all of them when `count` ≥ `rowCount`.
    public static func sample(count: Int, of rowCount: Int, seed: UInt64) -> [Int] {
        guard count < rowCount else { return Array(0..<rowCount) }
        var generator = SeededGenerator(seed: seed)
        return generator.permutation(rowCount).prefix(max(0, count)).sorted()
    }

    /// The page as one HTML document.
    public func html() -> String {
        let title = HTMLNode.escape("What if: " + self.title)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <main>
            <h1>\(title)</h1>
            <p>A \(Self.modelNames[modelKind] ?? modelKind) pipeline on \(rowCount) rows. Pick a row and edit it, or move the thresholds; everything is computed in this page, offline. The address (its part after #) holds what you chose: copy it to share this view.</p>
            <div id="fragment-notice" class="notice" role="status" hidden></div>
            <section aria-labelledby="row-heading">
            <h2 id="row-heading">One row</h2>
            <div class="controls">
            <label for="row-input">Row (0 to <span id="row-count"></span> − 1)</label>
            <input id="row-input" type="number" min="0" step="1" value="0">
            <button id="previous-row" type="button">Previous row</button>
            <button id="next-row" type="button">Next row</button>
            <button id="reset-row" type="button">Undo edits</button>
            </div>
            <fieldset><legend>Features (edits stay within the data's range)</legend><div id="features" class="grid"></div></fieldset>
            <dl class="outcome" aria-live="polite">
            <dt>Probability of the positive label</dt><dd id="probability"></dd>
            <dt>Decision</dt><dd id="decision"></dd>
            <dt>Threshold used (this row's group)</dt><dd id="row-threshold"></dd>
            </dl>
            <h3>Attributions</h3>
            <p id="method"></p>
            <p>Base <span id="attribution-base"></span>, this row <span id="attribution-output"></span>.</p>
            <table><thead><tr><th scope="col">Column</th><th scope="col">Value</th><th scope="col">Attribution</th><th scope="col">Size (+ raises, − lowers)</th></tr></thead><tbody id="attribution-body"></tbody></table>
            <h3>Nearest row with the other decision</h3>
            <p>Distance: the mean over columns of |a − b| / MAD for a number (MAD: the median absolute deviation over these rows) and 1 for a different category; each row's decision uses its own group's threshold.</p>
            <p id="counterfactual-summary"></p>
            <table><thead><tr><th scope="col">Column</th><th scope="col">This row</th><th scope="col">Nearest other</th><th scope="col">Changed</th></tr></thead><tbody id="counterfactual-body"></tbody></table>
            </section>
            <section aria-labelledby="group-heading">
            <h2 id="group-heading">Thresholds by group</h2>
            <div class="controls"><label for="grouping">Group by</label> <select id="grouping"></select></div>
            <div id="thresholds" class="grid"></div>
            <div id="selection-chart"></div>
            <table><thead><tr><th scope="col">Group</th><th scope="col">Rows</th><th scope="col">Threshold</th><th scope="col">Selection rate</th><th scope="col">TPR</th><th scope="col">FPR</th><th scope="col">Four-fifths band</th></tr></thead><tbody id="metrics-body"></tbody></table>
            <dl class="outcome">
            <dt>Demographic parity difference (max − min selection rate)</dt><dd id="dp-difference"></dd>
            <dt>Demographic parity ratio (min / max; four-fifths rule: ≥ 0.8)</dt><dd id="dp-ratio"></dd>
            <dt>Equalized odds difference (larger of the TPR and FPR ranges)</dt><dd id="eo-difference"></dd>
            </dl>
            <h3>Score distributions (20 bins; every row counted)</h3>
            <div id="histograms" class="grid"></div>
            </section>
            <p id="timing" class="hint"></p>
            <table id="whatif-results" hidden><tbody></tbody></table>
            </main>
            <script type="application/json" id="whatif-data">\(data)</script>
            <script>
            "use strict";
            (function () {
            \(WhatIfScript.model)
            \(WhatIfScript.metrics)
            \(WhatIfScript.fragment)
            \(WhatIfScript.view)
            })();
            </script>
            </body>
            </html>

            """
    }

    static let modelNames = ["logistic_regression": "logistic regression", "decision_tree": "decision tree",
                             "gaussian_naive_bayes": "Gaussian naive Bayes"]

    static let style = """
        body{font:15px/1.45 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0}
        main{max-width:1180px;margin:0 auto;padding:1rem 1.5rem}
        h1{font-size:1.5rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.05rem}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:.5rem 1rem}
        .field{display:flex;flex-direction:column}.field label{font-weight:600}
        .hint{color:#555;font-size:.85rem}
        .notice{border:2px solid #E69F00;background:#fff7e6;padding:.4rem .8rem;margin:.5rem 0}.notice ul{margin:.3rem 0}
        .controls{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;margin:.5rem 0}
        input,select,button{font:inherit;padding:.2rem .4rem}
        :focus-visible{outline:3px solid #0072B2;outline-offset:2px}
        fieldset{border:1px solid #ccc}
        .outcome{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}.outcome dt{font-weight:600}.outcome dd{margin:0}
        table{border-collapse:collapse;margin:.5rem 0}th,td{border-bottom:1px solid #ddd;padding:.2rem .6rem;text-align:left}
        td.number{text-align:right;font-variant-numeric:tabular-nums}
        td.bar{width:220px}td.bar span{display:inline-block;height:1em;font-size:.75rem;line-height:1em;color:#fff;text-align:center;overflow:hidden}
        span.up{background:#0072B2}span.down{background:#D55E00}
        tr.changed td{font-weight:600}
        #histograms{grid-template-columns:repeat(auto-fill,minmax(330px,1fr))}
        figure{margin:0}figcaption{font-size:.85rem}
        @media (prefers-color-scheme: dark){body{background:#111;color:#eee}.hint{color:#bbb}.notice{background:#3a2a00}svg text{fill:#eee}}
        """
}
