import Foundation
import XCTest

/// The executable parses and dispatches; everything it needs from the toolkit comes through the
/// workbench (reports through `PreparedReport`, spelling suggestions through `NameSuggestion`).
final class LayeringTests: XCTestCase {
    func testTheExecutableDoesNotImportTheToolkit() throws {
        let sources = LearnRun.repositoryRoot.appendingPathComponent("Sources/learn")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.allObjects as? [URL])
            .filter { $0.pathExtension == "swift" }
        XCTAssertGreaterThan(files.count, 10, "the scan found the executable's sources")
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            let imports = lines.filter { $0.trimmingCharacters(in: .whitespaces).range(of: #"^(@\w+\s+)*import\s+(\w+\s+)?FairKit\b"#,
                                                                                          options: .regularExpression) != nil }
            XCTAssertEqual(imports, [], "\(file.lastPathComponent) imports FairKit; reach the toolkit through the workbench")
        }
    }
}
