import Foundation
import XCTest
@testable import learn

/// docs/cli.md documents every command: adding one to `CommandTable` without a section fails here.
final class CommandDocsTests: XCTestCase {
    func testEveryCommandHasASectionInTheDocs() throws {
        let docs = try String(contentsOf: LearnRun.repositoryRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        for name in CommandTable.subcommands.map({ $0.definition.name }) where name != "help" {
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
