import FairKit
import Foundation
import Workbench

/// `benchmarks audit`: `learn audit`'s library path on Adult next to the same audit in Python, in
/// the same run.
///
/// Data: Adult (train + test, 48,842 rows, all 15 columns) with a `predicted` column from FairKit's
/// logistic regression on the numeric attributes, written to a temporary CSV. FairKit: reading the
/// CSV, `AuditRequest.run` (sections sex, race, sex x race; six metrics; Fairlearn, AIF360 with
/// privileged sex=Male, race=White, and Aequitas disparities) and rendering the JSON and Markdown
/// reports. Python (scripts/bench/audit.py): pandas `read_csv`, Fairlearn MetricFrame per section
/// (by group, overall, difference, ratio) and Aequitas-style disparities in pandas. Both sides are
/// timed with the CSV reading, and again without it; the groups' values are compared.
enum AuditBenchmark {
    static let benchmark = Benchmark(
        name: "audit",
        summary: "learn audit's library path on Adult (48,842 rows, sex, race, sex x race) vs pandas + Fairlearn",
        options: options, run: run)

    static let options: [(name: String, help: String)] = [
        ("python", "Python with pandas and fairlearn for the comparison (default $FAIRWORK_PYTHON; skipped without)."),
        ("runs", "Timed FairKit repetitions (default 21)."),
        ("python-runs", "Timed Python repetitions (default 5)."),
    ]

    /// What scripts/bench/audit.py prints.
    struct PythonResult: Decodable {
        struct Group: Decodable {
            let metrics: [String: Double]
            let disparity: [String: Double]
        }
        struct Section: Decodable {
            let flags: Int
            let groups: [String: Group]
        }
        let fairlearn: String
        let pandas: String
        let seconds: [Double]
        let compute_seconds: [Double]
        let sections: [String: Section]
    }

    static func run(_ options: BenchmarkOptions) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fairwork-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("adult-predictions.csv")
        try writePredictions(to: csv)
        let size = (try? FileManager.default.attributesOfItem(atPath: csv.path)[.size] as? Int) ?? 0
        print("Data: Adult (train + test), 48,842 rows x 16 columns, \(size / 1024) KiB CSV; predictions of FairKit's logistic regression")
        print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores\n")

        let request = AuditRequest(data: csv.path, label: "income-per-year", prediction: "predicted", positive: ">50K",
                                   protected: "sex,race", privileged: "sex=Male,race=White")
        let (columns, settings) = try request.resolved()
        let table = try CSVReader().read(contentsOf: csv)
        var audit: FairnessAudit?
        let runs = try options.int("runs", default: 21)
        let endToEnd = try (0..<runs).map { _ in
            try Stopwatch.time {
                let report = AuditReport(audit: try request.run(currentDirectory: folder))
                _ = (try report.json(), report.document.markdown())
                audit = report.audit
            }
        }
        let reading = try (0..<runs).map { _ in try Stopwatch.time { _ = try CSVReader().read(contentsOf: csv) } }
        let auditing = try (0..<runs).map { _ in
            try Stopwatch.time { _ = try FairnessAudit(table: table, columns: columns, options: settings) }
        }
        guard let audit else { return }
        print("FairKit: \(audit.sections.map { "\($0.title) (\($0.groups.count) groups)" }.joined(separator: ", ")); \(audit.flags.count) flags")
        print("  read CSV + audit + JSON and Markdown reports: \(Stopwatch.format(Stopwatch.median(endToEnd))) median of \(runs)")
        print("  read CSV alone:                               \(Stopwatch.format(Stopwatch.median(reading)))")
        print("  audit alone (from the table):                 \(Stopwatch.format(Stopwatch.median(auditing)))")

        guard let python = options.python else {
            print("\nNo Python given (--python PATH or $FAIRWORK_PYTHON): the comparison with pandas + Fairlearn was skipped.")
            return
        }
        let reference = try PythonPeer.report(python, script: "audit.py",
                                              [csv.path, "--runs", String(try options.int("python-runs", default: 5))],
                                              as: PythonResult.self)
        let ours = Stopwatch.median(endToEnd), theirs = Stopwatch.median(reference.seconds)
        print("pandas \(reference.pandas) + Fairlearn \(reference.fairlearn):")
        print("  read CSV + MetricFrames + disparities:        \(Stopwatch.format(theirs)) median of \(reference.seconds.count)")
        print("  MetricFrames + disparities alone:             \(Stopwatch.format(Stopwatch.median(reference.compute_seconds)))")
        print("\nFairKit end to end is \(Stopwatch.ratio(ours: ours, theirs: theirs)) than pandas + Fairlearn end to end;")
        print("the audit alone is \(Stopwatch.ratio(ours: Stopwatch.median(auditing), theirs: Stopwatch.median(reference.compute_seconds))) "
              + "than the MetricFrames and disparities alone.")
        print(compare(audit, with: reference))
    }

    /// Adult with FairKit's logistic regression's predictions (numeric attributes, standardised).
    private static func writePredictions(to url: URL) throws {
        let adult = try Dataset.adult()
        var encoder = FeatureEncoder(columns: ["age", "education-num", "capital-gain", "capital-loss", "hours-per-week"],
                                     standardizeNumeric: true)
        let features = try encoder.fitTransform(adult.table)
        var model = try LogisticRegression()
        try model.fit(features.matrix, adult.labels, sampleWeight: nil)
        let predicted = try model.predictProbability(features.matrix).map { $0 >= 0.5 ? 1.0 : 0.0 }
        try CSVWriter().write(adult.table.adding(.numeric("predicted", predicted)), to: url)
    }

    /// The largest difference between the two sides' group metrics and disparities, and the flag counts.
    private static func compare(_ audit: FairnessAudit, with reference: PythonResult) -> String {
        var worst = (metrics: 0.0, disparity: 0.0)
        var notes: [String] = []
        for section in audit.sections {
            guard let theirs = reference.sections[section.title] else { notes.append("\(section.title): missing in Python"); continue }
            for group in section.groups {
                guard let other = theirs.groups[group.name] else { notes.append("\(group.name): missing in Python"); continue }
                for (id, value) in group.metrics {
                    if let x = value.number, let y = other.metrics[id] { worst.metrics = max(worst.metrics, abs(x - y)) }
                    let finding = section.aequitas.findings(for: id).first { $0.group == group.name }
                    if let x = finding?.disparity.number, let y = other.disparity[id] { worst.disparity = max(worst.disparity, abs(x - y)) }
                }
            }
            let ours = section.aequitas.findings.filter { $0.verdict == .unfair }.count
            if ours != theirs.flags { notes.append("\(section.title): \(ours) disparities outside [0.8, 1.25] here, \(theirs.flags) in pandas") }
        }
        var text = String(format: "\nmax |FairKit - Python| over every group: metrics %.3g, disparities %.3g", worst.metrics, worst.disparity)
        if !notes.isEmpty { text += "\n" + notes.joined(separator: "\n") }
        return text
    }
}
