import FairKit
import Foundation

/// `benchmarks metricframe`: FairKit's MetricFrame next to Fairlearn's on the same arrays, in the
/// same run: Adult (train + test, 48,842 rows), groups sex x race, six metrics.
///
/// The predictions come from a fixed rule, so the comparison needs no model: ŷ = 1 when
/// education-num >= 13 and hours-per-week >= 40, or capital-gain >= 7000.
enum MetricFrameBenchmark {
    static let benchmark = Benchmark(
        name: "metricframe",
        summary: "FairKit's MetricFrame vs Fairlearn's on Adult (48,842 rows, sex x race, 6 metrics)",
        options: options, run: run)

    static let options: [(name: String, help: String)] = [
        ("python", "Python with fairlearn for the comparison (default $FAIRWORK_PYTHON; skipped without)."),
        ("runs", "Timed FairKit repetitions (default 21)."),
        ("fairlearn-runs", "Timed Fairlearn repetitions (default 7)."),
    ]

    /// The metrics compared; scripts/bench/metricframe.py computes the same six in Fairlearn.
    static let metricIDs = ["selection_rate", "accuracy", "tpr", "fpr", "ppv", "count"]

    static func run(_ options: BenchmarkOptions) throws {
        let adult = try Dataset.adult()
        let table = adult.table
        let sex = try text(table, "sex"), race = try text(table, "race")
        let labels = adult.labels
        let predictions = try predictionRule(table)
        let metrics = try metricIDs.map(FrameMetric.named)
        print("Data: \(adult.name), \(labels.count) rows; prediction rule: education-num >= 13 and hours-per-week >= 40, or capital-gain >= 7000")
        print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores\n")

        // From raw strings, as Fairlearn receives them: grouping is part of the timed work.
        var frame: MetricFrame?
        var readout: Readout?
        let fromStrings = try (0..<options.int("runs", default: 21)).map { _ in
            try Stopwatch.time {
                let built = try MetricFrame(metrics: metrics, labels: labels, predictions: predictions,
                                            sensitive: [SensitiveFeature(name: "sex", values: sex),
                                                        SensitiveFeature(name: "race", values: race)])
                readout = try Readout(built)
                frame = built
            }
        }
        // From the table's categorical columns, already coded when the data was read.
        let fromTable = try (0..<options.int("runs", default: 21)).map { _ in
            try Stopwatch.time {
                _ = try Readout(MetricFrame(metrics: metrics, labels: labels, predictions: predictions,
                                            sensitive: table.sensitiveFeatures(["sex", "race"])))
            }
        }
        guard let frame, let readout else { return }
        print("groups: \(try frame.values("count").groups.count) (sex x race present in the data)")
        print("FairKit, from string arrays:       \(Stopwatch.format(Stopwatch.median(fromStrings))) median of \(fromStrings.count)")
        print("FairKit, from coded table columns: \(Stopwatch.format(Stopwatch.median(fromTable))) median of \(fromTable.count)")

        guard let python = options.python else {
            print("\nNo Python given (--python PATH or $FAIRWORK_PYTHON): the comparison with Fairlearn was skipped.")
            return
        }
        let fairlearn = try runFairlearn(python: python, sex: sex, race: race, labels: labels, predictions: predictions,
                                         runs: options.int("fairlearn-runs", default: 7))
        let ours = Stopwatch.median(fromStrings), theirs = Stopwatch.median(fairlearn.seconds)
        print("Fairlearn \(fairlearn.version):                   \(Stopwatch.format(theirs)) median of \(fairlearn.seconds.count)")
        print("\nFairKit (from strings) is \(Stopwatch.ratio(ours: ours, theirs: theirs)) than Fairlearn.")
        print(try readout.comparison(with: fairlearn))
    }

    /// A categorical column's values as text (missing as nil).
    private static func text(_ table: Table, _ name: String) throws -> [String?] {
        let column = try table.column(name)
        return (0..<column.count).map { column[$0].text }
    }

    private static func predictionRule(_ table: Table) throws -> [Int] {
        let education = try table.finiteNumbers("education-num")
        let hours = try table.finiteNumbers("hours-per-week")
        let gain = try table.finiteNumbers("capital-gain")
        return (0..<table.rowCount).map { education[$0] >= 13 && hours[$0] >= 40 || gain[$0] >= 7000 ? 1 : 0 }
    }

    /// Writes the arrays to a temporary CSV, runs scripts/bench/metricframe.py on it and reads its JSON.
    private static func runFairlearn(python: String, sex: [String?], race: [String?], labels: [Int], predictions: [Int],
                                     runs: Int) throws -> FairlearnResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-metricframe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("adult-predictions.csv")
        try CSVWriter().write(Table([.categorical("sex", sex), .categorical("race", race),
                                     .numeric("label", labels.map(Double.init)),
                                     .numeric("prediction", predictions.map(Double.init))]), to: csv)
        return try PythonPeer.report(python, script: "metricframe.py", [csv.path, "--runs", String(runs)],
                                     as: FairlearnResult.self)
    }
}

/// What scripts/bench/metricframe.py prints.
struct FairlearnResult: Decodable {
    let version: String
    let seconds: [Double]
    let groups: [String]
    let byGroup: [String: [Double]]
    let overall: [String: Double]
    let difference: [String: Double]
    let ratio: [String: Double]

    enum CodingKeys: String, CodingKey {
        case version, seconds, groups, overall, difference, ratio
        case byGroup = "by_group"
    }
}

/// Every value the benchmark reads from a frame: each metric by group, overall, and its
/// between-groups difference and ratio.
private struct Readout {
    var groups: [String] = []
    var values: [String: GroupValues] = [:]

    init(_ frame: MetricFrame) throws {
        for id in MetricFrameBenchmark.metricIDs {
            let v = try frame.values(id)
            _ = (v.difference(), v.ratio())
            values[id] = v
            groups = v.groups
        }
    }

    /// The largest absolute difference from Fairlearn's values, per kind of value, and any value
    /// defined on one side only.
    func comparison(with fairlearn: FairlearnResult) throws -> String {
        guard groups == fairlearn.groups else {
            return "groups differ: FairKit \(groups), Fairlearn \(fairlearn.groups)"
        }
        var worst: [String: Double] = [:]
        var notes: [String] = []
        func compare(_ kind: String, _ ours: MetricValue, _ theirs: Double?, _ what: String) {
            guard let theirs else { return notes.append("\(what): Fairlearn gave no value") }
            guard let x = ours.number else { return notes.append("\(what): FairKit undefined (\(ours.undefinedReason ?? "")), Fairlearn \(theirs)") }
            worst[kind] = max(worst[kind] ?? 0, abs(x - theirs))
        }
        for (id, v) in values {
            for (g, value) in v.values.enumerated() { compare("by group", value, fairlearn.byGroup[id]?[g], "\(id) in \(v.groups[g])") }
            compare("overall", v.overall, fairlearn.overall[id], "\(id) overall")
            compare("difference", v.difference(), fairlearn.difference[id], "\(id) difference")
            compare("ratio", v.ratio(), fairlearn.ratio[id], "\(id) ratio")
        }
        let kinds = ["by group", "overall", "difference", "ratio"]
        var text = "\nmax |FairKit - Fairlearn| over \(values.count) metrics x \(groups.count) groups:\n"
        text += kinds.map { "  \($0.padding(toLength: 11, withPad: " ", startingAt: 0)) \(String(format: "%.3g", worst[$0] ?? 0))" }
            .joined(separator: "\n")
        return text + (notes.isEmpty ? "" : "\n" + notes.joined(separator: "\n"))
    }
}
