import Foundation

/// The repository the benchmarks were built from: its Python peers (scripts/bench/) and raw data.
enum Repository {
    /// This file is Sources/Benchmarks/PythonPeer.swift.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The raw dataset files FairKit ships as resources.
    static let datasetResources = root.appendingPathComponent("Sources/FairKit/Data/Datasets/Resources")
}

/// A benchmark could not produce its figures.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
}

/// Runs the Python side of a comparison: a script in scripts/bench/ under the interpreter the user
/// named, with numeric libraries pinned to one thread (as FairKit runs) unless the environment
/// says otherwise.
enum PythonPeer {
    /// Runs scripts/bench/`script` with `arguments` and returns its standard output; its standard
    /// error goes straight to ours, so a traceback shows as it happens. A missing interpreter, a
    /// failure to start or a non-zero exit is an error.
    static func run(_ python: String, script: String, _ arguments: [String]) throws -> Data {
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw BenchmarkFailure(description: "no Python interpreter at \(python); pass --python PATH to a Python "
                                   + "with the reference tools scripts/bench/\(script) imports")
        }
        let path = Repository.root.appendingPathComponent("scripts/bench/\(script)").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [path] + arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"] where environment[name] == nil {
            environment[name] = "1"
        }
        process.environment = environment
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.standardError
        do {
            try process.run()
        } catch {
            throw BenchmarkFailure(description: "could not start \(python): \(error.localizedDescription)")
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkFailure(description: "\(path) exited with status \(process.terminationStatus) (its messages are above)")
        }
        return output
    }

    /// Runs the script and decodes its JSON report.
    static func report<Report: Decodable>(_ python: String, script: String, _ arguments: [String],
                                          as type: Report.Type = Report.self) throws -> Report {
        let output = try run(python, script: script, arguments)
        do {
            return try JSONDecoder().decode(Report.self, from: output)
        } catch {
            throw BenchmarkFailure(description: "could not read scripts/bench/\(script)'s output as JSON (\(error)): "
                                   + String(decoding: output.prefix(500), as: UTF8.self))
        }
    }
}
