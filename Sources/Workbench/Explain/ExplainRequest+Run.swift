import FairKit
import Foundation

extension ExplainRequest {
    /// Loads the model and the rows, runs the chosen explainer on each row asked for, and returns
    /// the explanations in the learner's own columns. Command-line values that cannot be used are
    /// `usage` failures naming the option; files, rows and models that do not fit are `badInput`
    /// naming the file (and the fix). `progress` hears, as Kernel SHAP evaluates coalitions and at
    /// most once per `TerminalConstants.progressInterval` of `clock` (seconds), a line such as
    /// "kernel-shap: row 4 of 40, 1,500 of 20,000 coalitions, about 12 s left" (`progressText`).
    public func run(currentDirectory: URL, progress: ((String) -> Void)? = nil,
                    clock: @escaping () -> Double = ExplainRequest.monotonicSeconds) throws -> ExplainResult {
        let settings = try readSettings()
        let (pipeline, mitigated) = try PredictRequest(model: model, data: data).loadModel(currentDirectory, allowMitigated: true)
        let (x, table) = try encode(data, pipeline, currentDirectory)
        for r in settings.rows where r >= x.rows {
            throw RequestFailure(.badInput, "\(data): row \(r) is outside the data (rows 0..\(x.rows - 1)); --rows counts from 0")
        }
        let (reference, referenceTable) = try background.map { try encode($0, pipeline, currentDirectory) } ?? (x, table)
        let names = pipeline.features.map(\.name)
        var sources: [String] = []
        for f in pipeline.features where !sources.contains(f.sourceColumn) { sources.append(f.sourceColumn) }
        let groups = try FeatureGroups(names: sources, groupOfFeature: pipeline.features.map { f in sources.firstIndex(of: f.sourceColumn) ?? 0 })
        let explained = try mitigated.map { try explainedMitigated($0, featureNames: names, groups: groups, space: settings.space) }
            ?? ExplainedModel.classifier(pipeline.classifier, featureNames: names, groups: groups, space: settings.space)
        if mitigated != nil, [.linearShap, .treeShap].contains(settings.method) {
            throw RequestFailure.usage("--method", "\(settings.method.rawValue) reads the base classifier's own structure; explain a mitigated model "
                                       + "with kernel-shap, exact-shap, permutation-shap, lime or a global method")
        }
        let backgroundSet = try Background.sample(reference, count: settings.backgroundRows, seed: settings.seed)
        let book = try loadCodeBook(currentDirectory)
        let readableRow: ([Double]) throws -> [String: String] = { values in
            Dictionary(try pipeline.readableValues(of: values).map { ($0.column, book?.readable("\($0.value)", in: $0.column) ?? "\($0.value)") },
                       uniquingKeysWith: { a, _ in a })
        }
        let readable: (Int) throws -> [String: String] = { r in try readableRow(x.row(r)) }
        let decimals = Self.decimals(of: referenceTable, pipeline)
        do {
            var warnings = mitigated.flatMap(Self.randomisedWarning).map { [$0] } ?? []
            let global = try explainGlobally(settings, pipeline: pipeline, mitigated: mitigated, explained: explained, x: x, table: table,
                                             codeBook: book)
            let rows = settings.method.isGlobal ? [] : try explainRows(settings, pipeline: pipeline, model: explained, x: x, reference: reference,
                                       background: backgroundSet, readable: readable, readableRow: readableRow,
                                       decimals: decimals, warnings: &warnings, progress: progress.map { Self.throttled($0, clock: clock) })
            return ExplainResult(method: settings.method, space: settings.space, model: model, data: data,
                                 backgroundRows: backgroundSet.rows.rows, samples: settings.samples, seed: settings.seed,
                                 top: settings.top, label: pipeline.settings.label, positive: pipeline.fitted?.label.positive ?? "1",
                                 rows: rows, global: global, tableRows: table.rowCount, warnings: warnings,
                                 decimals: decimals)
        } catch let error as ExplainError {
            throw RequestFailure(.badInput, "\(model): \(error)")
        }
    }

    private func explainRows(_ s: Settings, pipeline: Pipeline, model: ExplainedModel, x: Matrix, reference: Matrix,
                             background: Background, readable: (Int) throws -> [String: String],
                             readableRow: ([Double]) throws -> [String: String], decimals: [String: Int],
                             warnings: inout [String], progress: ((KernelShapley.Progress) -> Void)?) throws -> [ExplainResult.Row] {
        func shapley(_ e: ShapleyExplanation) throws -> [ExplainResult.Row] {
            try e.rows.map { row in
                let text = Narrative(negative: "predicted 0", positive: "predicted 1").text(
                    for: row, in: e, values: x.row(row.index), model: model, readable: try readable(row.index))
                return .shapley(row, e, readable: try readable(row.index), narrative: text)
            }
        }
        switch s.method {
        case .exactShap:
            return try shapley(ExactShapley(model: model, background: background).explain(x, rows: s.rows))
        case .kernelShap:
            let result = try KernelShapley(model: model, background: background, samples: s.samples, seed: s.seed)
                .explain(x, rows: s.rows, timeBudget: s.timeBudget, progress: progress)
            if !result.unexplainedRows.isEmpty {
                warnings.append("the time budget of \(s.timeBudget ?? 0) s ran out before rows "
                                + "\(result.unexplainedRows.map(String.init).joined(separator: ", ")); raise --time-budget or lower --samples")
            }
            return try shapley(result)
        case .permutationShap:
            return try shapley(PermutationShapley(model: model, background: background, permutations: s.samples ?? 10, seed: s.seed)
                .explain(x, rows: s.rows))
        case .linearShap:
            guard let logistic = pipeline.classifier as? LogisticRegression, s.space == .logOdds else {
                throw RequestFailure.usage("--method", "linear-shap needs a logistic regression and --output log-odds; use kernel-shap otherwise")
            }
            return try shapley(LinearShapley(logistic, background: background, featureNames: model.featureNames, groups: model.groups)
                .explain(x, rows: s.rows))
        case .treeShap:
            guard let tree = pipeline.classifier as? DecisionTree else {
                throw RequestFailure.usage("--method", "tree-shap needs a decision tree model (learn train --model tree); use kernel-shap otherwise")
            }
            let method: TreeShapley.Method = self.background == nil ? .pathDependent : .interventional(background)
            return try shapley(TreeShapley(tree: tree, method: method, space: s.space, featureNames: model.featureNames, groups: model.groups)
                .explain(x, rows: s.rows))
        case .lime:
            let categorical = Set(pipeline.features.indices.filter { if case .number = pipeline.features[$0].encoding { return false }; return true })
            let lime = try LimeTabular(model: model, training: reference, categorical: categorical, features: s.top,
                                       samples: s.samples ?? 5_000, seed: s.seed)
            return try s.rows.map { .lime(try lime.explain(x, row: $0)) }
        case .permutationImportance, .pdp:
            return []
        case .counterfactual:
            let search: CounterfactualSearch
            do {
                search = try CounterfactualSearch(model: model, training: reference, constraints: s.constraints, levelOrders: s.levelOrders,
                                                  steps: Self.steps(pipeline, decimals: decimals), seed: s.seed)
            } catch let error as ExplainError {
                throw RequestFailure.usage("--immutable/--increase-only/--decrease-only/--level-order", "\(error)")
            }
            return try s.rows.map { r in
                let result = try search.search(x, row: r)
                let original = try readable(r)
                let options = try result.options.map { option -> [Counterfactual.Change] in
                    let changed = try readableRow(option.values)
                    return option.changes.map { .init(column: $0.column, from: original[$0.column] ?? $0.from, to: changed[$0.column] ?? $0.to) }
                }
                return .counterfactual(result, readableChanges: options)
            }
        }
    }

    /// Each numeric feature column's `DecimalPlaces` in the rows the counterfactuals come from.
    static func decimals(of table: Table, _ pipeline: Pipeline) -> [String: Int] {
        var out: [String: Int] = [:]
        for feature in pipeline.features {
            guard case .number = feature.encoding, let numbers = try? table.column(feature.sourceColumn).numbers else { continue }
            out[feature.sourceColumn] = DecimalPlaces.of(numbers.compactMap { $0 })
        }
        return out
    }

    /// Each numeric feature's smallest change in encoded units: one unit of its last decimal,
    /// over the standardisation's scale (a column of whole numbers with σ = 12: 1/12).
    static func steps(_ pipeline: Pipeline, decimals: [String: Int]) -> [String: Double] {
        var out: [String: Double] = [:]
        for feature in pipeline.features {
            guard case .number(let standardization) = feature.encoding, let places = decimals[feature.sourceColumn] else { continue }
            out[feature.sourceColumn] = pow(10, -Double(places)) / (standardization?.scale ?? 1)
        }
        return out
    }

    /// `report` fed with Kernel SHAP's progress as text, at most once per
    /// `TerminalConstants.progressInterval` seconds of `clock` (`ProgressThrottle`).
    static func throttled(_ report: @escaping (String) -> Void, clock: @escaping () -> Double) -> (KernelShapley.Progress) -> Void {
        var throttle = ProgressThrottle()
        return { p in if throttle.admit(at: clock()) { report(progressText(p)) } }
    }

    /// Kernel SHAP's progress as one line: the row being explained, coalitions evaluated of all,
    /// and the time left at the rate so far (whole seconds; minutes and seconds past a minute).
    /// Example: 1,500 of 20,000 coalitions in 1 s leave 18,500 / 1,500 s ≈ 12 s.
    static func progressText(_ p: KernelShapley.Progress) -> String {
        let row = "row \(min(p.rowsDone + 1, p.rows)) of \(p.rows), \(grouped(p.done)) of \(grouped(p.total)) coalitions"
        guard p.done > 0 else { return "kernel-shap: \(row), estimating the time left" }
        let left = Int(p.remaining.rounded())
        let time = left >= 60 ? "\(left / 60) min \(left % 60) s" : "\(left) s"
        return "kernel-shap: \(row), about \(time) left"
    }

    /// 20000 as "20,000".
    private static func grouped(_ n: Int) -> String {
        var digits = String(n), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return digits + out
    }

    /// Seconds on the system's monotonic clock, the default `clock` of `run`.
    public static func monotonicSeconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// The `--codebook`: nil when not given, the bundled German Credit book for "german", else the
    /// file read as values_maps.json (problems name it).
    private func loadCodeBook(_ folder: URL) throws -> CodeBook? {
        guard let codeBook else { return nil }
        if codeBook == "german" { return try CodeBook.germanCredit() }
        let url = URL.resolving(codeBook, from: folder)
        guard let data = try? Data(contentsOf: url) else {
            throw RequestFailure(.badInput, "\(codeBook): cannot read the code book (\(FileManager.default.fileExists(atPath: url.path) ? "not readable" : "no such file")); "
                                 + "give a values_maps.json-style file or --codebook german")
        }
        do {
            return try CodeBook(json: data, file: codeBook)
        } catch {
            throw RequestFailure.badInput(codeBook, error)
        }
    }

    /// The design matrix of a CSV file through the pipeline; problems name the file.
    private func encode(_ path: String, _ pipeline: Pipeline, _ folder: URL) throws -> (Matrix, Table) {
        let input = try TableFile.read(path, from: folder, schema: PredictRequest.schema(of: pipeline))
        do {
            return (try pipeline.encode(input.table).matrix, input.table)
        } catch {
            throw RequestFailure.badInput(path, error)
        }
    }

    /// The options read and checked.
    struct Settings {
        var method = Method.kernelShap
        var rows = [0]
        var backgroundRows = 100
        var samples: Int?
        var seed: UInt64 = 0
        var space = OutputSpace.probability
        var top = 5
        var constraints: [String: CounterfactualSearch.Constraint] = [:]
        var levelOrders: [String: [String]] = [:]
        var timeBudget: Double?
        var features: [String] = []
        var metric = PerformanceMetric.accuracy
    }

    func readSettings() throws -> Settings {
        var s = Settings()
        if let method {
            guard let m = Method(rawValue: method) else {
                throw RequestFailure.usage("--method", "'\(method)' is not one of \(Method.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            s.method = m
        }
        if let rows {
            guard let list = Self.rowList(rows) else { throw RequestFailure.usage("--rows", "'\(rows)' is not a list such as 0,5,9-12") }
            s.rows = list
        }
        func positive(_ text: String?, _ option: String) throws -> Int? {
            guard let text else { return nil }
            guard let n = Int(text.trimmingCharacters(in: .whitespaces)), n > 0 else {
                throw RequestFailure.usage(option, "'\(text)' is not a whole number > 0")
            }
            return n
        }
        s.backgroundRows = try positive(backgroundRows, "--background-rows") ?? s.backgroundRows
        s.samples = try positive(samples, "--samples")
        s.top = try positive(top, "--top") ?? s.top
        if let seed {
            guard let n = UInt64(seed.trimmingCharacters(in: .whitespaces)) else { throw RequestFailure.usage("--seed", "'\(seed)' is not a whole number >= 0") }
            s.seed = n
        }
        if let output {
            guard let space = OutputSpace(rawValue: output) else { throw RequestFailure.usage("--output", "'\(output)' is not probability or log-odds") }
            s.space = space
        } else if s.method == .linearShap {
            s.space = .logOdds
        }
        if let timeBudget {
            guard let t = OptionValues.finiteNumber(timeBudget), t > 0 else {
                throw RequestFailure.usage("--time-budget", "'\(timeBudget)' is not a number of seconds > 0")
            }
            s.timeBudget = t
        }
        s.features = OptionValues.list(features ?? "")
        if let metric {
            guard let m = PerformanceMetric.named(metric) else {
                throw RequestFailure.usage("--metric", "'\(metric)' is not one of \(PerformanceMetric.all.map(\.id).joined(separator: ", "))")
            }
            s.metric = m
        }
        for (text, constraint) in [(immutable, CounterfactualSearch.Constraint.immutable), (increaseOnly, .increaseOnly), (decreaseOnly, .decreaseOnly)] {
            for column in OptionValues.list(text ?? "") { s.constraints[column] = constraint }
        }
        if let levelOrder {
            guard let orders = Self.levelOrders(levelOrder) else {
                throw RequestFailure.usage("--level-order", "'\(levelOrder)' is not COLUMN=LEVEL|LEVEL|... (lowest first; ';' between columns)")
            }
            s.levelOrders = orders
        }
        return s
    }
}
