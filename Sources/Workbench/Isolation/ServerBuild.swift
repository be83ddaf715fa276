import Foundation

/// Builds the learner's server process: the learner's file (as module `LearnerCode`, with a
/// Codable conformance appended for each type of the exercise's API that the file does not make
/// Codable itself) and the generated dispatcher, with the engine's recorded compiler plans.
enum ServerBuild {
    enum Outcome {
        case built
        /// The learner's file, or the dispatcher against it, did not compile: the learner's fault.
        case failed([CompileDiagnostic])
    }

    static func build(in run: URL, learnerSource: SwiftSourceText, api: ExerciseAPI, dispatcher: String,
                      engine: CheckEngine, prepared: PreparedToolkit, displayPath: String) throws -> Outcome {
        let compiler = engine.compiler
        typealias RunFile = PreparedToolkit.RunFile
        let snapshot = run.appendingPathComponent(RunFile.learnerSource)
        // Appended after the learner's last line, so compiler lines stay the learner's.
        try (learnerSource.original + codableExtensions(api, learnerSource: learnerSource))
            .write(to: snapshot, atomically: false, encoding: .utf8)
        let diagnostics = CompilerDiagnostics(compiledLearnerPath: snapshot.path, displayPath: displayPath, learnerSource: learnerSource)
        let module = try prepared.plans.learner.run(runFolder: run, environment: compiler.environment)
        guard module.succeeded else {
            return .failed(CheckEngine.nonEmpty(diagnostics.learnerErrors(in: module.outputText), or: module, displayPath: displayPath))
        }
        let dispatcherFile = run.appendingPathComponent(dispatcherName)
        try dispatcher.write(to: dispatcherFile, atomically: false, encoding: .utf8)
        // The dispatcher depends on the learner's declarations only, so a class whose files declare
        // what the stub declares compiles it once per exercise.
        for step in [{ try engine.compileAgainstLearnerModule(source: dispatcher, main: ProxySource.serverMain, file: dispatcherFile,
                                                              in: run, prepared: prepared, trace: nil) },
                     { try prepared.plans.link.run(runFolder: run, environment: compiler.environment) }] {
            let outcome = try step()
            guard outcome.succeeded else {
                let errors = diagnostics.suiteErrors(in: outcome.outputText, suiteSource: dispatcher)
                return .failed(CheckEngine.nonEmpty(errors, or: outcome, displayPath: displayPath))
            }
        }
        return .built
    }

    static let dispatcherName = "server.swift"

    /// `extension T: Codable {}` for each API type the learner's file does not already make
    /// Codable (a second conformance would not compile).
    static func codableExtensions(_ api: ExerciseAPI, learnerSource: SwiftSourceText) -> String {
        let lines = api.types.filter { type in
            let pattern = #"\b(?:struct|enum|class|extension)\s+"# + NSRegularExpression.escapedPattern(for: type.name)
                + #"\b[^{]*\b(?:Codable|Encodable|Decodable)\b"#
            return learnerSource.code.range(of: pattern, options: .regularExpression) == nil
        }.map { "extension \($0.name): Codable {}" }
        return lines.isEmpty ? "" : "\n" + lines.joined(separator: "\n") + "\n"
    }
}
