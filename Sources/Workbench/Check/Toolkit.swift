import Foundation

/// The FairKit build products that learner code and suites compile and link against: the
/// `FairKit.swiftmodule` SwiftPM wrote and the object files of the FairKit target.
///
/// Checks never rebuild the toolkit: they link against whatever `swift build` / `swift run learn`
/// last built, found next to the running executable (both `learn` and the test bundle live in the
/// build folder), or in $FAIRWORK_TOOLKIT_DIR.
public struct Toolkit: Sendable, Equatable {
    /// The build folder, e.g. `.build/debug`.
    public let buildDirectory: URL
    /// FairKit's resource bundle in the build folder (SwiftPM names it `<package>_<target>.resources`):
    /// the bundled datasets, which checks may load.
    public var resourceBundle: URL { buildDirectory.appendingPathComponent("Fairwork_FairKit.resources") }
    /// Holds `FairKit.swiftmodule`.
    public let modulesDirectory: URL
    /// The FairKit target's object files, sorted by path.
    public let objectFiles: [URL]

    public static let environmentVariable = "FAIRWORK_TOOLKIT_DIR"

    /// Finds the build folder: $FAIRWORK_TOOLKIT_DIR, else the folder of the running executable.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Toolkit {
        var candidates: [URL] = []
        if let override = environment[environmentVariable], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        } else {
            let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            candidates.append(executable.deletingLastPathComponent())
        }
        for directory in candidates {
            if let toolkit = try? Toolkit(buildDirectory: directory) { return toolkit }
        }
        throw CheckEngineError.toolkitNotBuilt(searched: candidates.map(\.path))
    }

    /// The toolkit in a given build folder.
    public init(buildDirectory: URL) throws {
        let modules = buildDirectory.appendingPathComponent("Modules")
        let objects = buildDirectory.appendingPathComponent("FairKit.build")
        let fm = FileManager.default
        guard fm.fileExists(atPath: modules.appendingPathComponent("FairKit.swiftmodule").path),
              let names = try? fm.contentsOfDirectory(atPath: objects.path) else {
            throw CheckEngineError.toolkitNotBuilt(searched: [buildDirectory.path])
        }
        let files = Self.currentObjects(names, sourceList: try? String(contentsOf: objects.appendingPathComponent("sources"), encoding: .utf8))
            .sorted().map { objects.appendingPathComponent($0) }
        guard !files.isEmpty else { throw CheckEngineError.toolkitNotBuilt(searched: [buildDirectory.path]) }
        self.buildDirectory = buildDirectory
        self.modulesDirectory = modules
        self.objectFiles = files
    }

    /// The object files among `names` that belong to FairKit as last built: a source file deleted
    /// since an earlier build leaves its `Name.swift.o` behind, and linking it beside the file
    /// that now holds its types fails with duplicate symbols. SwiftPM lists the target's current
    /// sources in `FairKit.build/sources`; a `.swift.o` whose source is not listed is dropped.
    /// Other objects (the module's own `FairKit.swiftmodule.o`) are kept, and so is everything
    /// when there is no list. Example: names [A.swift.o, Gone.swift.o, FairKit.swiftmodule.o],
    /// list "/x/A.swift" -> [A.swift.o, FairKit.swiftmodule.o].
    static func currentObjects(_ names: [String], sourceList: String?) -> [String] {
        let objects = names.filter { $0.hasSuffix(".o") }
        guard let sourceList else { return objects }
        let listed = Set(sourceList.split(whereSeparator: \.isNewline).map { URL(fileURLWithPath: String($0)).lastPathComponent + ".o" })
        return objects.filter { !$0.hasSuffix(".swift.o") || listed.contains($0) }
    }

    /// Changes whenever FairKit is rebuilt: names, sizes and modification times of its object files
    /// and module.
    public func fingerprint(extra: String) -> String {
        let module = modulesDirectory.appendingPathComponent("FairKit.swiftmodule")
        let stamps = (objectFiles + [module]).map { file -> String in
            let attributes = (try? FileManager.default.attributesOfItem(atPath: file.path)) ?? [:]
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            return "\(file.lastPathComponent):\(size):\(modified);"
        }
        return ContentKey.of([Data(extra.utf8)] + stamps.map { Data($0.utf8) })
    }
}
