import Foundation

/// Reads `lessons/catalog.json`: refuses a format newer than `Catalog.supportedFormatVersion`,
/// decodes it, and validates it (`CatalogValidator`), reporting every problem with its JSON path.
public enum CatalogLoader {
    /// Loads the catalog of `workspace`.
    public static func load(from workspace: Workspace) throws(CatalogError) -> Catalog {
        let file = Workspace.catalogPath
        let data: Data
        do {
            data = try Data(contentsOf: workspace.catalogFile)
        } catch {
            throw CatalogError(file: file, issues: [.init(path: "", message: "cannot be read (\(error.localizedDescription))")])
        }
        return try decode(data, file: file)
    }

    /// Decodes and validates catalog JSON; `file` is how errors name it.
    public static func decode(_ data: Data, file: String) throws(CatalogError) -> Catalog {
        _ = try FormatVersion.checked(data, file: file, supported: Catalog.supportedFormatVersion)

        let raw: RawCatalog
        do {
            raw = try JSONDecoder().decode(RawCatalog.self, from: data)
        } catch {
            throw CatalogError(file: file, issues: [JSONProblem(error)])
        }
        let issues = CatalogValidator.issues(in: raw)
        guard issues.isEmpty else { throw CatalogError(file: file, issues: issues) }
        return raw.catalog
    }
}
