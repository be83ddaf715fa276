import Foundation

/// Files under `exercises/` or `solutions/` that no catalog entry accounts for: a renamed
/// exercise's old file, a solution whose exercise is gone, an editor's backup. Hidden files
/// (names starting with '.') are left alone.
enum StrayFiles {
    static func find(in workspace: Workspace, catalog: Catalog) -> [String] {
        let expected = Set(catalog.exercises.flatMap { [$0.path, $0.solutionPath] })
        return [Catalog.exercisesFolder, Catalog.solutionsFolder].flatMap { folder in
            files(under: workspace.url(folder), workspace: workspace)
        }.filter { !expected.contains($0) }.sorted()
    }

    /// Regular files below `folder` (workspace-relative), skipping hidden files and folders.
    private static func files(under folder: URL, workspace: Workspace) -> [String] {
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map { workspace.relativePath(of: $0) }
    }
}
