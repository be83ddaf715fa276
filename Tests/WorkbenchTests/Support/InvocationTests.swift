import Foundation
import XCTest
@testable import Workbench

final class InvocationTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("invocation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("build"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("build/learn"))
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private var binary: String { folder.appendingPathComponent("build/learn").resolvingSymlinksInPath().path }

    func testNotOnPathOffersTheLinkAndThePathLine() {
        let invocation = Invocation(executable: binary, environment: ["PATH": "/usr/bin:/bin", "HOME": "/home/ada"])
        XCTAssertFalse(invocation.isOnPath)
        XCTAssertEqual(invocation.prefix, "swift run learn")
        XCTAssertEqual(invocation.installCommand, "mkdir -p ~/.local/bin && ln -sf '\(binary)' ~/.local/bin/learn"
            + " && echo 'export PATH=\"$HOME/.local/bin:$PATH\"' >> ~/.profile")
    }

    func testWithLocalBinOnPathTheLinkIsEnough() {
        let invocation = Invocation(executable: binary, environment: ["PATH": "/home/ada/.local/bin:/usr/bin", "HOME": "/home/ada"])
        XCTAssertEqual(invocation.installCommand, "mkdir -p ~/.local/bin && ln -sf '\(binary)' ~/.local/bin/learn")
    }

    func testALinkOnPathToThisBinaryMeansLearnIsTypeable() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("bin/learn").path, withDestinationPath: binary)
        let invocation = Invocation(executable: binary, environment: ["PATH": "/usr/bin:" + folder.appendingPathComponent("bin").path])
        XCTAssertTrue(invocation.isOnPath)
        XCTAssertEqual(invocation.prefix, "learn")
        XCTAssertNil(invocation.installCommand)
    }

    func testAnotherLearnOnPathIsNotThisOne() throws {
        try Data().write(to: folder.appendingPathComponent("bin/learn"))
        let invocation = Invocation(executable: binary, environment: ["PATH": folder.appendingPathComponent("bin").path])
        XCTAssertFalse(invocation.isOnPath, "a different learn (an older checkout) would run other code")
    }
}
