import Foundation

/// The per-toolkit-build artefacts every check links against, made once and cached:
/// `libFairKit.so` linked from the FairKit object files, and the check harness module.
///
/// Cached under `<cache>/toolkit-<fingerprint>/`; a rebuilt toolkit gets a new fingerprint, and
/// the stale folders are removed. Built into a temporary folder and renamed into place under a
/// lock, so two `learn` processes never see a half-built cache.
struct PreparedToolkit: Sendable {
    let libraryDirectory: URL
    let harnessModuleDirectory: URL
    let harnessObject: URL

    static let libraryName = "FairKit"

    static func prepare(_ toolkit: Toolkit, compiler: SwiftCompiler, cacheDirectory: URL) throws -> PreparedToolkit {
        let fingerprint = toolkit.fingerprint(extra: "harness-\(HarnessSource.version);\(compiler.path)")
        let folder = cacheDirectory.appendingPathComponent("toolkit-\(fingerprint)")
        let prepared = PreparedToolkit(folder)
        if prepared.isComplete { return prepared }
        return try FileLock.withExclusiveLock(at: cacheDirectory.appendingPathComponent("toolkit.lock")) {
            if prepared.isComplete { return prepared }
            let fm = FileManager.default
            let staging = cacheDirectory.appendingPathComponent("toolkit-\(fingerprint).staging-\(getpid())")
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            defer { try? fm.removeItem(at: staging) }
            try build(toolkit, compiler: compiler, into: staging)
            for name in (try? fm.contentsOfDirectory(atPath: cacheDirectory.path)) ?? []
            where name.hasPrefix("toolkit-") && !name.contains(".staging") {
                try? fm.removeItem(at: cacheDirectory.appendingPathComponent(name))
            }
            try fm.moveItem(at: staging, to: folder)
            return prepared
        }
    }

    private init(_ folder: URL) {
        libraryDirectory = folder
        harnessModuleDirectory = folder
        harnessObject = folder.appendingPathComponent("harness.o")
    }

    private var isComplete: Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: harnessObject.path)
            && fm.fileExists(atPath: libraryDirectory.appendingPathComponent("lib\(Self.libraryName).so").path)
    }

    private static func build(_ toolkit: Toolkit, compiler: SwiftCompiler, into folder: URL) throws {
        let library = try compiler.run(["-emit-library", "-module-name", libraryName,
                                        "-o", folder.appendingPathComponent("lib\(libraryName).so").path]
                                       + toolkit.objectFiles.map(\.path))
        guard library.succeeded else { throw CheckEngineError.toolkitBuildFailed(output: library.outputText) }

        let source = folder.appendingPathComponent("\(HarnessSource.moduleName).swift")
        try HarnessSource.module.write(to: source, atomically: true, encoding: .utf8)
        let harness = try compiler.run([
            "-c", "-wmo", "-parse-as-library", "-module-name", HarnessSource.moduleName,
            "-emit-module", "-emit-module-path", folder.appendingPathComponent("\(HarnessSource.moduleName).swiftmodule").path,
            "-o", folder.appendingPathComponent("harness.o").path, source.path,
        ])
        guard harness.succeeded else {
            throw CheckEngineError.harnessFailed(stage: "compiling the harness", output: harness.outputText)
        }
    }
}
