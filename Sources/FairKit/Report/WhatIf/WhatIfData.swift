/// What the what-if page embeds: the fitted pipeline's encoding and classifier, and the rows as
/// columns (numbers, 0/1 flags, or codes into a level list), with the labels and the protected
/// groups. The page's JavaScript re-encodes and scores every row from these, in the same order of
/// operations as FairKit (`WhatIfScript`), so the probabilities agree to the last few bits.
///
/// Columnar and compact: a page of Adult's 48,842 rows × 14 columns is 2.25 MB, of 1,000 rows 83 KB.
/// Missing values are embedded already filled by the pipeline's imputer (so the page scores what
/// `learn predict` scores); a category the encoder never saw keeps its text and encodes as all
/// indicators 0, as FairKit does with `unknownCategories: .ignore`.
struct WhatIfData {
    let json: WhatIfJSON
    let rowCount: Int

    /// The model kinds the page can port exactly, and the attribution each uses.
    static let attributions: [String: (method: String, space: String)] = [
        "logistic_regression": ("linear-shap", "log-odds"),
        "gaussian_naive_bayes": ("additive-log-odds", "log-odds"),
        "decision_tree": ("saabas", "probability"),
    ]

    /// What the page says about its attribution, per model kind (docs/whatif.md says the same).
    static let methodTexts: [String: String] = [
        "logistic_regression": "Attributions: exact linear SHAP in log-odds, coefficient × (value − its mean over the rows on this page), "
            + "summed over a column's one-hot features; they add up from the base (the mean log-odds) to this row's log-odds.",
        "gaussian_naive_bayes": "Attributions: naive Bayes' additive log-odds terms, each feature's ½(x − μ₀)²/σ²₀ − ½(x − μ₁)²/σ²₁ minus "
            + "its mean over the rows on this page (the exact Shapley value of an additive model), summed per column; they add up from "
            + "the base to this row's log-odds.",
        "decision_tree": "Attributions: Saabas' path attribution in probability, each split on this row's path credits the change in "
            + "the share of positives, child minus parent, to the column it tests; they add up from the root's share (the base) to the leaf's.",
    ]

    init(pipeline: Pipeline, table raw: Table, protected: [String], rows: [Int]) throws {
        guard let fitted = pipeline.fitted else { throw ModelError.notFitted(model: "Pipeline") }
        let model = try Self.model(pipeline.classifier)
        let table = try (fitted.imputer?.transform(raw) ?? raw).selectingRows(rows)
        // Scoring once here turns a table the model cannot read into FairKit's own error.
        _ = try pipeline.predictProbability(table)
        let labels = try fitted.label.values(in: table)
        if let row = labels.firstIndex(where: { $0 == nil }) {
            throw WhatIfError.missingLabel(column: fitted.label.column, row: rows[row])
        }
        let features = pipeline.features
        var columns: [WhatIfJSON] = []
        for name in pipeline.featureColumns {
            columns.append(try Self.column(try table.column(name), features: features.filter { $0.sourceColumn == name }))
        }
        // In the design's order (numbers and flags first, then each one-hot block), as `probability` reads them.
        let featureEntries = try features.map { feature -> WhatIfJSON in
            guard let index = pipeline.featureColumns.firstIndex(of: feature.sourceColumn) else {
                throw WhatIfError.unsupportedModel("a feature of no column (\(feature.name))")
            }
            let column: (String, WhatIfJSON) = ("column", .int(index))
            switch feature.encoding {
            case .number(let s):
                return .object([column, ("kind", .string("number")), ("mean", s.map { .number($0.mean) } ?? .null), ("std", s.map { .number($0.scale) } ?? .null)])
            case .flag:
                return .object([column, ("kind", .string("flag"))])
            case .indicator(let level):
                let levels = features.filter { $0.sourceColumn == feature.sourceColumn }.map(\.encoding)
                return .object([column, ("kind", .string("indicator")), ("level", .int(levels.firstIndex(of: .indicator(level: level)) ?? 0))])
            }
        }
        let groups = try protected.map { name -> WhatIfJSON in
            let column = try table.column(name)
            let text = (0..<table.rowCount).map { column[$0].description }
            let levels = Array(Set(text)).sorted()
            let codes = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($0.element, $0.offset) })
            return .object([("column", .string(name)), ("levels", .strings(levels)), ("codes", .ints(text.map { codes[$0] ?? 0 }))])
        }
        let kind = model.kind
        let attribution = Self.attributions[kind] ?? ("", "")
        json = .object([
            ("kind", .string(kind)), ("attribution", .string(attribution.method)), ("space", .string(attribution.space)),
            ("model", model.fields),
            ("label", .object([("column", .string(fitted.label.column)), ("positive", .string(fitted.label.positive)),
                               ("values", .ints(labels.map { $0 ?? 0 }))])),
            ("columns", .array(columns)), ("features", .array(featureEntries)), ("groups", .array(groups)),
            ("rows", .ints(rows)), ("threshold", .number(DecisionRule.defaultThreshold)),
            ("palette", .strings(ChartPalette.okabeIto.map(\.hex))), ("methodText", .string(Self.methodTexts[kind] ?? "")),
        ])
        rowCount = rows.count
    }

    /// One feature column: a numeric column's values with its range and MAD (the counterfactual
    /// distance's scale), a flag column's 0/1, a categorical column's codes into the encoder's
    /// levels followed by any level only the data holds.
    static func column(_ column: Column, features: [EncodedFeature]) throws -> WhatIfJSON {
        let name: (String, WhatIfJSON) = ("name", .string(column.name))
        switch column.values {
        case .numeric(let values):
            let xs = values.map { $0 ?? 0 }
            return .object([name, ("type", .string("numeric")), ("values", .numbers(xs)),
                            ("min", .number(xs.min() ?? 0)), ("max", .number(xs.max() ?? 0)), ("mad", .number(Self.mad(xs)))])
        case .boolean(let values):
            return .object([name, ("type", .string("boolean")), ("values", .ints(values.map { $0 == true ? 1 : 0 }))])
        case .categorical(let values):
            var levels = features.compactMap { feature -> String? in
                if case .indicator(let level) = feature.encoding { return level }
                return nil
            }
            let known = levels.count
            var codes: [Int] = []
            codes.reserveCapacity(values.codes.count)
            var position = Dictionary(levels.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
            let remap = values.levels.map { level -> Int in
                if let p = position[level] { return p }
                levels.append(level)
                position[level] = levels.count - 1
                return levels.count - 1
            }
            for code in values.codes { codes.append(code < 0 ? 0 : remap[Int(code)]) }
            return .object([name, ("type", .string("categorical")), ("levels", .strings(levels)), ("known", .int(known)), ("values", .ints(codes))])
        }
    }

    /// The median absolute deviation from the median (1 when 0, so a column with one main value
    /// still counts), as DiCE and `CounterfactualSearch` scale numeric distances.
    /// Example: [1, 2, 3, 4, 100]: median 3, deviations [2, 1, 0, 1, 97], MAD 1.
    static func mad(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return 1 }
        let centre = median(xs)
        let spread = median(xs.map { abs($0 - centre) })
        return spread > 0 ? spread : 1
    }

    static func median(_ xs: [Double]) -> Double {
        let sorted = xs.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The classifier's kind and the parameters the page needs, every number as fitted.
    static func model(_ classifier: any Classifier) throws -> (kind: String, fields: WhatIfJSON) {
        if let model = classifier as? LogisticRegression, let fitted = model.fitted {
            return ("logistic_regression", .object([("coefficients", .numbers(fitted.coefficients)), ("intercept", .number(fitted.intercept))]))
        }
        if let model = classifier as? GaussianNaiveBayes, let fitted = model.fitted {
            return ("gaussian_naive_bayes", .object([
                ("classes", .ints(fitted.classes)), ("priors", .numbers(fitted.priors)),
                ("means", .array(fitted.means.map { .numbers($0) })), ("variances", .array(fitted.variances.map { .numbers($0) })),
            ]))
        }
        if let model = classifier as? DecisionTree, !model.nodes.isEmpty {
            let nodes = model.nodes
            return ("decision_tree", .object([
                ("feature", .ints(nodes.map { $0.split?.feature ?? -1 })), ("threshold", .numbers(nodes.map { $0.split?.threshold ?? 0 })),
                ("left", .ints(nodes.map { $0.split?.left ?? -1 })), ("right", .ints(nodes.map { $0.split?.right ?? -1 })),
                ("value", .numbers(nodes.map { $0.value[1] })),
            ]))
        }
        throw WhatIfError.unsupportedModel(String(describing: type(of: classifier)))
    }
}

/// Why a what-if page cannot be made.
public enum WhatIfError: Error, Equatable, CustomStringConvertible {
    /// The classifier is not one the page ports (a dummy classifier, or an unfitted one).
    case unsupportedModel(String)
    /// A row's label is missing: TPR and FPR need every label.
    case missingLabel(column: String, row: Int)
    /// A protected column is not in the data.
    case missingProtected(String)

    public var description: String {
        switch self {
        case .unsupportedModel(let kind):
            return "the what-if page supports logistic regression, decision tree and Gaussian naive Bayes pipelines, not \(kind)"
        case .missingLabel(let column, let row):
            return "the label column '\(column)' is missing a value at row \(row + 1) (line \(row + 2) of the file); "
                + "the page needs every label for TPR and FPR: fill or drop that row"
        case .missingProtected(let name):
            return "the protected column '\(name)' is not in the data"
        }
    }
}
