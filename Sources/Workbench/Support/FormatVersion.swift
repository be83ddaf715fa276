import Foundation

/// The `format_version` of a versioned JSON file (the catalog, the progress file), read on its
/// own before the rest: a newer file may be shaped in ways the full decoder would misreport.
struct FormatVersion: Decodable {
    let formatVersion: Int

    enum CodingKeys: String, CodingKey { case formatVersion = "format_version" }

    /// The version in `data`; throws the decoder's error when it has none.
    static func of(_ data: Data) throws -> Int {
        try JSONDecoder().decode(FormatVersion.self, from: data).formatVersion
    }
}

extension FormatVersion {
    /// The version of the manifest `data` (shown as `file`), checked to lie in 1...`supported`;
    /// otherwise a `CatalogError` at `format_version` saying what to do.
    static func checked(_ data: Data, file: String, supported: Int) throws(CatalogError) -> Int {
        func fail(_ issue: CatalogError.Issue) -> CatalogError { CatalogError(file: file, issues: [issue]) }
        let version: Int
        do {
            version = try of(data)
        } catch {
            throw fail(JSONProblem(error))
        }
        guard version <= supported else {
            throw fail(.init(path: "format_version", message: "version \(version) is newer than this learn "
                + "understands (\(supported)); update the workbench (git pull, then swift build)"))
        }
        guard version >= 1 else { throw fail(.init(path: "format_version", message: "must be 1 or more (got \(version))")) }
        return version
    }
}
