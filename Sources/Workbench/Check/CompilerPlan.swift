import Foundation

/// The commands the Swift driver would run for one compile or link, recorded once with
/// placeholder paths and replayed for every check with the real ones.
///
/// Why: starting `swiftc` (the driver) costs about 0.15 s before it does any work, and a check
/// needs three compiler steps; the frontend, swift-autolink-extract and clang it delegates to
/// start in a few milliseconds. Asking the driver for its plan (`swiftc -###`) once per toolkit
/// build keeps its exact flags while taking it out of the loop, halving a warm check.
struct CompilerPlan: Codable, Sendable, Equatable {
    /// One command line per job, the executable first, in the driver's order.
    var jobs: [[String]]
    /// Whether the jobs are independent (the driver runs them concurrently) or a pipeline.
    var concurrent: Bool
    /// For a direct link plan: the objects whose autolink entries replace `autolinkMarker`.
    var autolinkInputs: [String]? = nil
    /// For a direct link plan: swift-autolink-extract's order of the runtime libraries.
    var autolinkOrder: [String]? = nil

    /// Stands for the per-check run folder in recorded arguments.
    static let runFolder = "/@FAIRWORK_RUN@"
    /// Stands for the hidden suite's path.
    static let suiteFile = "/@FAIRWORK_SUITE@/suite.swift"

    /// Asks the driver for its plan for `arguments`.
    static func record(_ compiler: SwiftCompiler, _ arguments: [String], concurrent: Bool) throws -> CompilerPlan {
        let outcome = try ProcessRunner.run(executable: compiler.path, arguments: ["-###"] + arguments,
                                            environment: compiler.environment, limits: SwiftCompiler.limits)
        let jobs = outcome.outputText.split(separator: "\n").map { ShellWords.split(String($0)) }.filter { !$0.isEmpty }
        guard outcome.succeeded, !jobs.isEmpty,
              jobs.allSatisfy({ FileManager.default.isExecutableFile(atPath: $0[0]) }) else {
            throw CheckEngineError.harnessFailed(stage: "recording the compiler's plan for \(arguments.joined(separator: " "))",
                                                 output: outcome.outputText)
        }
        return CompilerPlan(jobs: jobs, concurrent: concurrent)
    }

    /// Runs the plan with the placeholders replaced. The outcome is the first failing job's, or
    /// the last job's, with every job's output joined.
    func run(runFolder: URL, suiteFile: URL? = nil, environment: [String: String],
             trace: CheckTrace? = nil) throws -> ProcessOutcome {
        func real(_ argument: String) -> String {
            var argument = argument.replacingOccurrences(of: Self.runFolder, with: runFolder.path)
            if let suiteFile { argument = argument.replacingOccurrences(of: Self.suiteFile, with: suiteFile.path) }
            return argument
        }
        let inputs = (autolinkInputs ?? []).map(real)
        let commands = try jobs.map { job in try expandingAutolink(job.map(real), inputs: inputs) }
        @Sendable func execute(_ command: [String]) throws -> ProcessOutcome {
            let outcome = try ProcessRunner.run(executable: command[0], arguments: Array(command.dropFirst()),
                                                environment: environment, limits: SwiftCompiler.limits)
            trace?.mark(Self.phaseName(command))
            return outcome
        }
        var outcomes: [ProcessOutcome] = []
        if concurrent && commands.count > 1 {
            let results = ConcurrentSlots<Result<ProcessOutcome, Error>>(count: commands.count)
            DispatchQueue.concurrentPerform(iterations: commands.count) { i in
                results.set(i, Result { try execute(commands[i]) })
            }
            outcomes = try results.values.map { try $0!.get() }
        } else {
            for command in commands {
                let outcome = try execute(command)
                outcomes.append(outcome)
                if !outcome.succeeded { break }
            }
        }
        var combined = outcomes.first(where: { !$0.succeeded }) ?? outcomes[outcomes.count - 1]
        combined.output = outcomes.reduce(into: Data()) { $0.append($1.output) }
        return combined
    }
}

extension CompilerPlan {
    /// A job's name in a `CheckTrace`: its program, and for the frontend its action
    /// (`swift-frontend -c`, `swift-frontend -emit-module`).
    static func phaseName(_ command: [String]) -> String {
        let program = URL(fileURLWithPath: command[0]).lastPathComponent
        return program == "swift-frontend" && command.count > 2 ? "\(program) \(command[2])" : program
    }
}

/// Splits a command line as the Swift driver prints it (POSIX shell quoting: '...', "...", \x).
enum ShellWords {
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in line {
            if escaped { current.append(c); escaped = false; continue }
            switch (quote, c) {
            case (nil, "\\"), ("\"", "\\"): escaped = true; inWord = true
            case (nil, "'"), (nil, "\""): quote = c; inWord = true
            case ("'", "'"), ("\"", "\""): quote = nil
            case (nil, " "), (nil, "\t"):
                if inWord { words.append(current); current = ""; inWord = false }
            default: current.append(c); inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
