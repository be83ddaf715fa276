import Foundation
import XCTest
@testable import Workbench

/// The in-process reading of autolink entries against swift-autolink-extract itself, on objects
/// compiled here: one importing Foundation, one importing XCTest.
final class AutolinkEntriesTests: XCTestCase {
    func testAgreesWithSwiftAutolinkExtract() throws {
        let compiler = try SwiftCompiler.locate()
        let tool = URL(fileURLWithPath: compiler.path).deletingLastPathComponent().appendingPathComponent("swift-autolink-extract")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: tool.path), "no swift-autolink-extract beside swiftc")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("autolink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        var objects: [URL] = []
        for (name, source) in [("a", "import Foundation\npublic func a() -> Date { Date() }\n"),
                               ("b", "import XCTest\npublic func b() { XCTAssertTrue(true) }\n")] {
            let file = folder.appendingPathComponent("\(name).swift")
            try source.write(to: file, atomically: true, encoding: .utf8)
            let object = folder.appendingPathComponent("\(name).o")
            let compile = try compiler.run(["-c", "-parse-as-library", "-module-name", name.uppercased(), file.path, "-o", object.path])
            XCTAssertTrue(compile.succeeded, compile.outputText)
            objects.append(object)
        }
        func extract(_ files: [URL]) throws -> [String] {
            let run = try ProcessRunner.run(executable: tool.path, arguments: files.map(\.path) + ["-o", "-"],
                                            environment: compiler.environment, limits: SwiftCompiler.limits)
            XCTAssertTrue(run.succeeded, run.outputText)
            return run.outputText.split(separator: "\n").map(String.init)
        }
        let order = try extract([objects[1]])
        XCTAssertTrue(order.contains("-lXCTest") && order.contains("-lFoundation"), "\(order)")
        XCTAssertEqual(try AutolinkEntries.read(objects, order: order), try extract(objects))
        XCTAssertEqual(try AutolinkEntries.read([objects[0]], order: order), try extract([objects[0]]))
    }

    func testAFileThatIsNotAnObjectIsAClearError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-an-object-\(UUID().uuidString).o")
        try Data("hello".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        XCTAssertThrowsError(try AutolinkEntries.read(file)) { error in
            XCTAssertTrue("\(error)".contains("not an object file"), "\(error)")
        }
    }
}
