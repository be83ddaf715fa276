import Foundation

/// The per-toolkit-build artefacts every check links against, made once and cached:
/// `libFairKit.so` linked from the FairKit object files, the check harness module, and the
/// compiler's recorded plans for a check's three steps.
///
/// Cached under `<cache>/toolkit-<fingerprint>/`; a rebuilt toolkit gets a new fingerprint, and
/// the stale folders are removed. Built into a temporary folder and renamed into place under a
/// lock, so two `learn` processes never see a half-built cache.
struct PreparedToolkit: Sendable {
    let libraryDirectory: URL
    let harnessModuleDirectory: URL
    let harnessObject: URL
    let plans: Plans

    /// A check's steps: compile the learner's file, compile the suite against it, link.
    struct Plans: Codable, Sendable {
        var learner: CompilerPlan
        var suite: CompilerPlan
        var link: CompilerPlan
    }

    /// Where a check's steps read and write, relative to its run folder.
    enum RunFile {
        static let learnerSource = "exercise.swift"
        static let learnerModule = "LearnerCode.swiftmodule"
        static let learnerObject = "learner.o"
        static let suiteMain = "suite/main.swift"
        static let suiteObject = "suite.o"
        static let binary = "check"
    }

    static let libraryName = "FairKit"

    static func prepare(_ toolkit: Toolkit, compiler: SwiftCompiler, cacheDirectory: URL) throws -> PreparedToolkit {
        // The recorded plans name the cache folder: record its real path, so that a cache reached
        // through a symbolic link (a workspace's `.learn/cache` linked to a shared one) stays
        // usable from its other paths after the link is gone.
        let cacheDirectory = cacheDirectory.resolvingSymlinksInPath()
        let fingerprint = toolkit.fingerprint(extra: "harness-\(HarnessSource.version);plans-\(plansVersion);"
                                                     + "\(compiler.path);\(toolkit.buildDirectory.path)")
        let folder = cacheDirectory.appendingPathComponent("toolkit-\(fingerprint)")
        if let prepared = load(folder) { return prepared }
        return try FileLock.withExclusiveLock(at: cacheDirectory.appendingPathComponent("toolkit.lock")) {
            if let prepared = load(folder) { return prepared }
            let fm = FileManager.default
            let staging = cacheDirectory.appendingPathComponent("toolkit-\(fingerprint).staging-\(getpid())")
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            defer { try? fm.removeItem(at: staging) }
            try build(toolkit, compiler: compiler, into: staging, finalFolder: folder)
            for name in (try? fm.contentsOfDirectory(atPath: cacheDirectory.path)) ?? []
            where name.hasPrefix("toolkit-") && !name.contains(".staging") {
                try? fm.removeItem(at: cacheDirectory.appendingPathComponent(name))
            }
            try fm.moveItem(at: staging, to: folder)
            guard let prepared = load(folder) else {
                throw CheckEngineError.io("the toolkit cache at \(folder.path) could not be read back")
            }
            return prepared
        }
    }

    /// The prepared toolkit in `folder`, if it is complete.
    private static func load(_ folder: URL) -> PreparedToolkit? {
        let library = folder.appendingPathComponent("lib\(libraryName).so")
        guard FileManager.default.fileExists(atPath: library.path),
              let data = try? Data(contentsOf: folder.appendingPathComponent(plansFile)),
              let plans = try? JSONDecoder().decode(Plans.self, from: data) else { return nil }
        return PreparedToolkit(libraryDirectory: folder, harnessModuleDirectory: folder,
                               harnessObject: folder.appendingPathComponent("harness.o"), plans: plans)
    }

    private static let plansFile = "plans.json"
    /// Bumped whenever `recordPlans` changes, so cached plans are recorded again.
    static let plansVersion = 3

    private static func build(_ toolkit: Toolkit, compiler: SwiftCompiler, into staging: URL, finalFolder: URL) throws {
        let library = try compiler.run(["-emit-library", "-module-name", libraryName,
                                        "-o", staging.appendingPathComponent("lib\(libraryName).so").path]
                                       + toolkit.objectFiles.map(\.path))
        guard library.succeeded else { throw CheckEngineError.toolkitBuildFailed(output: library.outputText) }

        let source = staging.appendingPathComponent("\(HarnessSource.moduleName).swift")
        try HarnessSource.module.write(to: source, atomically: true, encoding: .utf8)
        let harness = try compiler.run([
            "-c", "-wmo", "-parse-as-library", "-module-name", HarnessSource.moduleName,
            "-emit-module", "-emit-module-path", staging.appendingPathComponent("\(HarnessSource.moduleName).swiftmodule").path,
            "-o", staging.appendingPathComponent("harness.o").path, source.path,
        ])
        guard harness.succeeded else {
            throw CheckEngineError.harnessFailed(stage: "compiling the harness", output: harness.outputText)
        }

        let plans = try recordPlans(toolkit, compiler: compiler, folder: finalFolder, staging: staging)
        try JSONEncoder().encode(plans).write(to: staging.appendingPathComponent(plansFile))
    }

    /// The driver's plans for a check's steps, with placeholders for the run folder and suite.
    private static func recordPlans(_ toolkit: Toolkit, compiler: SwiftCompiler, folder: URL, staging: URL) throws -> Plans {
        let run = CompilerPlan.runFolder
        let diagnostics = ["-diagnostic-style", "llvm"]
        let learner = try CompilerPlan.record(compiler, diagnostics + [
            // One frontend job writes both the object and the module (the driver would run two,
            // each parsing the file and loading FairKit's module); line tables let a crash name
            // the learner's line.
            "-c", "-wmo", "-no-emit-module-separately-wmo", "-gline-tables-only",
            "-parse-as-library", "-enable-testing", "-module-name", "LearnerCode",
            "-I", toolkit.modulesDirectory.path,
            "-emit-module", "-emit-module-path", "\(run)/\(RunFile.learnerModule)",
            "-o", "\(run)/\(RunFile.learnerObject)", "\(run)/\(RunFile.learnerSource)",
        ], concurrent: true)
        let suite = try CompilerPlan.record(compiler, diagnostics + [
            "-c", "-wmo", "-module-name", "ExerciseSuite", "-enable-upcoming-feature", "MemberImportVisibility",
            "-I", run, "-I", toolkit.modulesDirectory.path, "-I", folder.path,
            CompilerPlan.suiteFile, "\(run)/\(RunFile.suiteMain)", "-o", "\(run)/\(RunFile.suiteObject)",
        ], concurrent: false)
        // lld links a check about twice as fast as gold; use it when the toolchain ships it.
        let clangFolder = URL(fileURLWithPath: compiler.path).deletingLastPathComponent()
        let lld = FileManager.default.isExecutableFile(atPath: clangFolder.appendingPathComponent("ld.lld").path)
        let driverLink = try CompilerPlan.record(compiler, diagnostics + (lld ? ["-use-ld=lld"] : []) + [
            "\(run)/\(RunFile.learnerObject)", "\(run)/\(RunFile.suiteObject)", folder.appendingPathComponent("harness.o").path,
            "-L", folder.path, "-l\(libraryName)", "-Xlinker", "-rpath", "-Xlinker", folder.path,
            "-o", "\(run)/\(RunFile.binary)",
        ], concurrent: false)
        let scratch = staging.appendingPathComponent("recording")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let link = try CompilerPlan.linkingDirectly(driverLink, compiler: compiler, substitutions: [
            (CompilerPlan.runFolder, scratch.path), (folder.path, staging.path),
        ])
        return Plans(learner: learner, suite: suite, link: link)
    }
}
