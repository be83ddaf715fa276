import Foundation
import XCTest
@testable import Workbench

final class WorkspaceTests: XCTestCase {
    private var temporary: TemporaryWorkspace!

    override func setUpWithError() throws {
        temporary = try TemporaryWorkspace()
        try temporary.write(sampleCatalogJSON, to: "lessons/catalog.json")
        try FileManager.default.createDirectory(at: temporary.root.appendingPathComponent("exercises/01-basics"),
                                                withIntermediateDirectories: true)
    }

    override func tearDown() {
        temporary.remove()
    }

    func testFoundByWalkingUpFromANestedFolder() throws {
        let nested = temporary.root.appendingPathComponent("exercises/01-basics")
        let found = try Workspace.locate(explicit: nil, environment: [:], currentDirectory: nested)
        XCTAssertEqual(found.root.path, temporary.root.path)
        XCTAssertEqual(found.relativePath(of: nested.appendingPathComponent("first.swift")), "exercises/01-basics/first.swift")
    }

    func testExplicitFolderWinsOverTheEnvironment() throws {
        let elsewhere = try TemporaryWorkspace()
        defer { elsewhere.remove() }
        let found = try Workspace.locate(explicit: temporary.root.path,
                                         environment: [Workspace.environmentVariable: elsewhere.root.path],
                                         currentDirectory: elsewhere.root)
        XCTAssertEqual(found.root.path, temporary.root.path)
        XCTAssertThrowsError(try Workspace.locate(explicit: nil, environment: [Workspace.environmentVariable: elsewhere.root.path],
                                                  currentDirectory: temporary.root)) { error in
            XCTAssertEqual(error as? WorkspaceError, .notAWorkspace(source: "$FAIRWORK_WORKSPACE", folder: elsewhere.root.path))
        }
    }

    func testRelativeExplicitFolderIsResolvedFromTheCurrentFolder() throws {
        let found = try Workspace.locate(explicit: "..", environment: [:],
                                         currentDirectory: temporary.root.appendingPathComponent("lessons"))
        XCTAssertEqual(found.root.path, temporary.root.path)
    }

    func testRelativeFolderResolvesFromACurrentFolderURLWithoutATrailingSlash() throws {
        // A folder URL made without isDirectory has no trailing slash; ".." must still mean its parent.
        let lessons = URL(fileURLWithPath: temporary.root.appendingPathComponent("lessons").path, isDirectory: false)
        let found = try Workspace.locate(explicit: "..", environment: [:], currentDirectory: lessons)
        XCTAssertEqual(found.root.path, temporary.root.path)
    }

    func testNoCatalogAnywhereAboveIsReported() throws {
        let empty = try TemporaryWorkspace()
        defer { empty.remove() }
        XCTAssertThrowsError(try Workspace.locate(explicit: nil, environment: [:], currentDirectory: empty.root)) { error in
            XCTAssertEqual(error as? WorkspaceError, .notFound(startingAt: empty.root.path))
            XCTAssertEqual((error as? WorkbenchFailure)?.kind, .badInput)
        }
    }
}
