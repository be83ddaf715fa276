import Foundation
import XCTest
@testable import learn

/// docs/cli.md documents every command: adding one to `CommandTable` without a section fails here.
final class CommandDocsTests: XCTestCase {
    func testEveryCommandHasASectionInTheDocs() throws {
        let docs = try String(contentsOf: LearnRun.repositoryRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        // Every command at every depth (`learn project run` too).
        func paths(_ command: CommandDescription, _ prefix: [String]) -> [[String]] {
            command.subcommands.flatMap { [prefix + [$0.name]] + paths($0, prefix + [$0.name]) }
        }
        for path in paths(CommandTable.rootDescription, []) where path != ["help"] {
            let name = path.joined(separator: " ")
            XCTAssertTrue(docs.contains("\n### `learn \(name)"), "docs/cli.md has no section for learn \(name)")
        }
        XCTAssertTrue(docs.contains("\n| `learn help [COMMAND]` |"))
    }

    func testEveryExitCodeIsDocumented() throws {
        let docs = try String(contentsOf: LearnRun.repositoryRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        for code in [ExitCode.success, .failure, .usage, .dataError, .internalError] {
            XCTAssertTrue(docs.contains("\n| \(code.rawValue) | "), "docs/cli.md does not explain exit status \(code.rawValue)")
        }
    }
}
