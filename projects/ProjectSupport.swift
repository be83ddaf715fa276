// The run-time side of `learn project run`, compiled into every project's executable with its
// driver (projects/<id>/driver.swift) and the step files (docs/projects.md, "The driver").
//
// The workbench starts the executable as `project OUT_FOLDER (learner|reference)` and reads
// records from file descriptor 3, one a line: `step ID` before the driver calls into a step (so a
// crash or a loop names it), `fail ID<TAB>message` when a step's result is unusable, `done` at the
// end. Artifacts are written into OUT_FOLDER; the workbench checks them and copies them out.

import FairKit
import Foundation

enum ProjectRun {
    /// Where the artifacts go.
    static let outputFolder = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : ".")
    /// Whether the reference solutions are running (the report says so).
    static let isReference = CommandLine.arguments.count > 2 && CommandLine.arguments[2] == "reference"
    /// Whose code the report shows.
    static var codeOwner: String { isReference ? "the reference solution" : "your step files" }

    /// Called first by every driver: the run's own memory, file-size and core-dump limits (the
    /// workbench holds the wall time and the output), as the check harness sets its own. FairKit
    /// fitting Adult needs well under the 4 GB address space.
    static func start() {
        func limit(_ resource: Int32, _ value: Int) {
            var r = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value))
            _ = setrlimit(__rlimit_resource_t(UInt32(resource)), &r)
        }
        limit(Int32(RLIMIT_CORE.rawValue), 0)
        limit(Int32(RLIMIT_AS.rawValue), 4 << 30)
        limit(Int32(RLIMIT_FSIZE.rawValue), 64 << 20)
    }

    /// Runs `body` as step `id`: announced first, so that a crash or a loop inside names the step.
    static func step<T>(_ id: String, _ body: () throws -> T) -> T {
        record("step \(id)")
        do {
            return try body()
        } catch {
            fail(id, "it threw an error: \(error)")
        }
    }

    /// Stops the run: step `id`'s result is unusable, for `reason`.
    static func fail(_ id: String, _ reason: String) -> Never {
        record("fail \(id)\t\(reason.replacingOccurrences(of: "\n", with: " "))")
        exit(3)
    }

    /// `value` when it is a finite number (a rate when `unit` is true: within 0...1), else the run
    /// stops naming step `id` and `what`.
    static func finite(_ value: Double?, _ id: String, _ what: String, unit: Bool = false) -> Double {
        guard let value else { fail(id, "\(what) is nil") }
        guard value.isFinite else { fail(id, "\(what) is \(value), not a finite number") }
        if unit, !(0...1).contains(value) { fail(id, "\(what) is \(value), outside 0...1") }
        return value
    }

    /// The driver finished: every artifact is written.
    static func finish() {
        record("done")
    }

    /// Writes `text` to the artifact `name`.
    static func write(_ text: String, to name: String) {
        do {
            try text.write(to: outputFolder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        } catch {
            fatalError("cannot write \(name): \(error)")
        }
    }

    /// The report as `report.html`, `report.md` and the Markdown report's chart images beside it.
    static func writeReport(_ document: ReportDocument) {
        write(document.html(), to: "report.html")
        write(document.markdown(chartImages: ""), to: "report.md")
        for chart in document.charts { write(chart.svgFile(), to: ReportDocument.imageFile(chart)) }
    }

    /// The key numbers as `numbers.json`: one object, keys sorted, undefined values left out.
    static func writeNumbers(_ numbers: [String: Double?]) {
        let defined = numbers.compactMapValues { $0.flatMap { $0.isFinite ? $0 : nil } }
        let lines = defined.keys.sorted().map { "  \"\($0)\": \(defined[$0]!)" }
        write("{\n" + lines.joined(separator: ",\n") + "\n}\n", to: "numbers.json")
    }

    /// A model file (docs/model-files.md).
    static func writeModel(_ model: some ModelFileCodable, to name: String) {
        do {
            let data = try model.modelFileData()
            try data.write(to: outputFolder.appendingPathComponent(name), options: .atomic)
        } catch {
            fatalError("cannot write the model file \(name): \(error)")
        }
    }

    /// The model card of the model file `modelFile` (already written by `writeModel`) as
    /// `model-card.md`, `model-card.html` and `model-card.json` (docs/model-cards.md): its details
    /// read back from the file, its audit of the run's own test rows (`labels`, the model's
    /// `predictions` at `threshold`, and each protected column's group of every row), named `data`
    /// in the card (when the run wrote a file of that name, e.g. test.csv, the card gives its SHA-256).
    /// The fields a person writes come from the project's `intended-use.json`, which the
    /// workbench copies beside the run when the project ships one; the rest say "To be written".
    static func writeModelCard(for modelFile: String, data: String, labels: [Int], predictions: [Int],
                               protected: [(name: String, groups: [String])], threshold: Double = DecisionRule.defaultThreshold) {
        do {
            let details = try ModelCard.ModelDetails(modelFileData: try Data(contentsOf: outputFolder.appendingPathComponent(modelFile)),
                                                     file: modelFile)
            let audit = try FairnessAudit(labels: labels, predictions: predictions,
                                          protected: protected.map { SensitiveFeature(name: $0.name, values: $0.groups) },
                                          source: .init(data: data, rowsRead: labels.count))
            var answers = WrittenAnswers(), answersFile: String? = nil
            if let text = FileManager.default.contents(atPath: intendedUseFile) {
                answers = try WrittenAnswers(data: text, file: intendedUseFile, fields: ModelCard.writtenFields)
                answersFile = intendedUseFile
            }
            let written = try? Data(contentsOf: outputFolder.appendingPathComponent(data))
            let card = ModelCard(model: details, audit: audit, answers: answers, answersFile: answersFile,
                                 evaluationDataSHA256: written.map { SHA256.hexDigest(of: $0) }, decisionThreshold: threshold)
            write(card.document.markdown(), to: "model-card.md")
            write(card.document.html(), to: "model-card.html")
            write(try card.json(), to: "model-card.json")
        } catch {
            fatalError("cannot write the model card of \(modelFile): \(error)")
        }
    }

    /// The project's intended-use file, copied into the run's working folder by the workbench.
    static let intendedUseFile = "intended-use.json"

    private static func record(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBufferPointer { Foundation.write(3, $0.baseAddress, $0.count) }
    }
}
