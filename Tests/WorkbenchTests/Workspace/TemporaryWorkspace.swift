import Foundation
@testable import Workbench

/// A course folder in a fresh temporary directory, removed by `remove()`; tests write the files
/// they need into it.
struct TemporaryWorkspace {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("workbench-tests-\(UUID().uuidString)").standardizedFileURL
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    var workspace: Workspace { Workspace(root: root) }

    /// Writes `text` at the workspace-relative `path`, creating folders.
    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Every file below `path`, workspace-relative, sorted.
    func files(under path: String) -> [String] {
        let base = root.appendingPathComponent(path)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map { Workspace(root: root).relativePath(of: $0) }.sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// A valid two-module catalog: module `basics` with `first` and `second`, module `more` with
/// `third`. Tests edit the JSON text to break one rule at a time.
let sampleCatalogJSON = """
    {
      "format_version": 1,
      "title": "Sample course",
      "modules": [
        {
          "id": "basics", "number": 1, "title": "Basics", "lesson": "lessons/01-basics/lesson.md",
          "exercises": [
            {"id": "first", "title": "First", "path": "exercises/01-basics/first.swift",
             "suite": "Tests/ExerciseSuites/01-basics/FirstSuite.swift", "lesson_section": "the-first",
             "points": 10, "hints": ["gentle", "direct"]},
            {"id": "second", "title": "Second", "path": "exercises/01-basics/second.swift",
             "suite": "Tests/ExerciseSuites/01-basics/SecondSuite.swift", "lesson_section": "the-second",
             "points": 10, "hints": ["gentle", "more", "direct"]}
          ]
        },
        {
          "id": "more", "number": 2, "title": "More", "lesson": "lessons/02-more/lesson.md",
          "exercises": [
            {"id": "third", "title": "Third", "path": "exercises/02-more/third.swift",
             "suite": "Tests/ExerciseSuites/02-more/ThirdSuite.swift", "lesson_section": "the-third",
             "points": 5, "hints": ["gentle", "direct"]}
          ]
        }
      ]
    }
    """

/// The sample catalog, decoded.
func sampleCatalog() throws -> Catalog {
    try CatalogLoader.decode(Data(sampleCatalogJSON.utf8), file: "lessons/catalog.json")
}
