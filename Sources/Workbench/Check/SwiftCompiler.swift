import Foundation

/// The `swiftc` that compiles learner code and suites. It must be the compiler that built the
/// toolkit: a module built by another Swift version cannot be imported.
struct SwiftCompiler: Sendable {
    let path: String
    /// The environment compiler runs inherit (swiftc needs PATH and HOME).
    let environment: [String: String]

    static let environmentVariable = "FAIRWORK_SWIFTC"

    /// Compiles may take long on a cold machine, but never forever, and never flood memory with output.
    static let limits = ProcessLimits(wallTimeSeconds: 180, outputBytes: 1 << 20)

    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SwiftCompiler {
        if let override = environment[environmentVariable], !override.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: override) else {
                throw CheckEngineError.compilerNotFound(searched: [override])
            }
            return SwiftCompiler(path: override, environment: environment)
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for folder in folders {
            let candidate = folder + "/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return SwiftCompiler(path: candidate, environment: environment)
            }
        }
        throw CheckEngineError.compilerNotFound(searched: folders)
    }

    /// Runs swiftc with `arguments`; the outcome holds its exit status and diagnostics.
    func run(_ arguments: [String]) throws -> ProcessOutcome {
        try ProcessRunner.run(executable: path, arguments: ["-diagnostic-style", "llvm"] + arguments,
                              environment: environment, limits: Self.limits)
    }
}

extension ProcessOutcome {
    var succeeded: Bool { termination == .exited(0) }
}
