import FairKit
import Foundation

/// What `learn --version` reports: the toolkit's release and the Swift toolchain that checks
/// exercises. Learners and instructors ask for both when a check differs between machines.
public struct ToolchainVersion: Sendable, Equatable, CustomStringConvertible {
    /// FairKit's release.
    public var release: String
    /// The version and target lines of `swiftc --version` of the compiler checks use (`$FAIRWORK_SWIFTC`, else
    /// the first `swiftc` on PATH), or why there is none.
    public var compiler: String

    /// The versions in force for `environment`.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> ToolchainVersion {
        let compiler: String
        do {
            let swiftc = try SwiftCompiler.locate(environment: environment)
            let outcome = try ProcessRunner.run(executable: swiftc.path, arguments: ["--version"],
                                                environment: environment, limits: ProcessLimits(wallTimeSeconds: 20, outputBytes: 1 << 16))
            // "Swift version 6.3.1 (swift-6.3.1-RELEASE)" and "Target: x86_64-unknown-linux-gnu".
            let lines = String(decoding: outcome.output, as: UTF8.self).split(separator: "\n").prefix(2)
            compiler = outcome.succeeded && !lines.isEmpty
                ? lines.joined(separator: ", ") + " (" + swiftc.path + ")"
                : "\(swiftc.path) did not report a version"
        } catch {
            compiler = "no Swift compiler found (\(error))"
        }
        return ToolchainVersion(release: Release.version, compiler: compiler)
    }

    /// FairKit's release, for what records the workbench that made it (submissions, reports).
    public static var release: String { Release.version }

    public var description: String {
        "learn \(release)\n\(compiler)"
    }
}
