import Foundation

extension CompilerPlan {
    /// Stands, in a direct link plan, for the autolink entries read from the objects at run time.
    static let autolinkMarker = "-lFAIRWORK@AUTOLINK"

    /// The driver's link plan (swift-autolink-extract, then clang in front of lld) turned into one
    /// linker command: the autolink entries are read in-process (`AutolinkEntries`) and put where
    /// clang would have expanded the `.autolink` response file, and the linker command is the one
    /// clang prints for `-###`. Two program starts fewer per check (see README, "Where a check's
    /// time goes"). A plan of another shape (another toolchain) is kept as it is.
    ///
    /// `substitutions` map placeholder paths to real folders for the recording (clang checks that
    /// its inputs exist): the run folder to a scratch folder holding empty objects, the final
    /// toolkit folder to the staging folder it is being built in.
    static func linkingDirectly(_ plan: CompilerPlan, compiler: SwiftCompiler,
                                substitutions: [(placeholder: String, real: String)]) throws -> CompilerPlan {
        guard plan.jobs.count == 2, URL(fileURLWithPath: plan.jobs[0][0]).lastPathComponent == "swift-autolink-extract",
              let autolinkFile = plan.jobs[1].first(where: { $0.hasPrefix("@") && $0.hasSuffix(".autolink") }) else { return plan }
        var inputs: [String] = []
        var arguments = plan.jobs[0].dropFirst()[...]
        while let argument = arguments.popFirst() {
            if argument == "-o" { _ = arguments.popFirst() } else { inputs.append(argument) }
        }
        let clang = plan.jobs[1].map { $0 == autolinkFile ? autolinkMarker : $0 }

        // Last substitution first one way, first first the other: a real folder may lie inside
        // another placeholder's real folder (the scratch folder is inside the staging folder).
        func real(_ argument: String) -> String {
            substitutions.reversed().reduce(argument) { $0.replacingOccurrences(of: $1.placeholder, with: $1.real) }
        }
        func placeholder(_ argument: String) -> String {
            substitutions.reduce(argument) { $0.replacingOccurrences(of: $1.real, with: $1.placeholder) }
        }
        // The tool's order of the runtime libraries, from the tool itself: the harness imports
        // XCTest and Foundation, so it names every library a check links.
        let existing = inputs.map(real).filter { FileManager.default.fileExists(atPath: $0) }
        let ordered = try ProcessRunner.run(executable: plan.jobs[0][0], arguments: existing + ["-o", "-"],
                                            environment: compiler.environment, limits: SwiftCompiler.limits)
        guard ordered.succeeded else { return plan }
        let order = ordered.outputText.split(separator: "\n").map(String.init)
        for input in inputs.map(real) where !FileManager.default.fileExists(atPath: input) {
            FileManager.default.createFile(atPath: input, contents: Data())
        }
        let recorded = try ProcessRunner.run(executable: clang[0], arguments: ["-###"] + clang.dropFirst().map(real),
                                             environment: compiler.environment, limits: SwiftCompiler.limits)
        let jobs = recorded.outputText.split(separator: "\n").filter { $0.hasPrefix(" \"") }.map { ShellWords.split(String($0)) }
        guard recorded.succeeded, jobs.count == 1, let linker = jobs.first, linker.contains(autolinkMarker),
              FileManager.default.isExecutableFile(atPath: linker[0]) else { return plan }
        return CompilerPlan(jobs: [linker.map(placeholder)], concurrent: false, autolinkInputs: inputs, autolinkOrder: order)
    }

    /// `job` with the autolink marker replaced by the entries of the objects it links.
    func expandingAutolink(_ job: [String], inputs: [String]) throws -> [String] {
        guard job.contains(Self.autolinkMarker) else { return job }
        let entries = try AutolinkEntries.read(inputs.map { URL(fileURLWithPath: $0) }, order: autolinkOrder ?? [])
        return job.flatMap { $0 == Self.autolinkMarker ? entries : [$0] }
    }
}
