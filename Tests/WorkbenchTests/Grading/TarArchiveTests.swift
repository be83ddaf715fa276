import Foundation
import XCTest
@testable import Workbench

/// The archive format is checked against GNU tar, an independent implementation: what we write it
/// lists and extracts; what it writes we read; what a hostile archive holds we refuse.
final class TarArchiveTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    private let longPath = "exercises/" + String(repeating: "deep/", count: 22) + "file.swift"   // 129 bytes: needs the prefix field

    func testWhatWeWriteGNUTarListsAndExtracts() throws {
        let entries = [
            TarArchive.Entry(path: "exercises/01/a.swift", contents: Data("let a = 1\n".utf8)),
            TarArchive.Entry(path: "empty.txt", contents: Data()),
            TarArchive.Entry(path: longPath, contents: Data(repeating: 0x41, count: 513)),   // crosses a block
        ]
        let archive = try TarArchive.write(entries)
        XCTAssertEqual(archive.count % 512, 0)
        XCTAssertEqual(try TarArchive.write(entries), archive, "deterministic bytes")
        let file = folder.appendingPathComponent("a.tar")
        try archive.write(to: file)
        XCTAssertEqual(try tar("-tf", file.path).split(separator: "\n").map(String.init), entries.map(\.path))
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        _ = try tar("-xf", file.path, "-C", out.path)
        for entry in entries {
            XCTAssertEqual(FileManager.default.contents(atPath: out.appendingPathComponent(entry.path).path), entry.contents, entry.path)
        }
        XCTAssertEqual(try TarArchive.read(archive), entries)
    }

    func testWhatGNUTarWritesWeRead() throws {
        let source = folder.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: source.appendingPathComponent("exercises"), withIntermediateDirectories: true)
        try Data("print(1)\n".utf8).write(to: source.appendingPathComponent("exercises/x.swift"))
        let file = folder.appendingPathComponent("g.tar")
        _ = try tar("--format=ustar", "-cf", file.path, "-C", source.path, "exercises")
        let entries = try TarArchive.read(try Data(contentsOf: file))
        XCTAssertEqual(entries, [TarArchive.Entry(path: "exercises/x.swift", contents: Data("print(1)\n".utf8))],
                       "the folder entry is implied, the file read")
    }

    func testLinksAreRefused() throws {
        let source = folder.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: source.appendingPathComponent("suite.swift").path,
                                                   withDestinationPath: "/etc/passwd")
        let file = folder.appendingPathComponent("l.tar")
        _ = try tar("--format=ustar", "-cf", file.path, "-C", source.path, "suite.swift")
        XCTAssertThrowsError(try TarArchive.read(try Data(contentsOf: file))) { error in
            XCTAssertEqual(error as? TarArchive.Problem, .notARegularFile(path: "suite.swift", type: "symbolic link"))
        }
    }

    func testUnsafeNamesAreRefusedWhenWrittenAndWhenRead() throws {
        for path in ["/etc/passwd", "../up.swift", "a/../../b", "a//b", "./a", ""] {
            XCTAssertThrowsError(try TarArchive.write([.init(path: path, contents: Data())]), path)
        }
        // A hostile archive made by GNU tar, which keeps ".." with -P.
        let source = folder.appendingPathComponent("src/inner")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("src/escape.swift"))
        let file = folder.appendingPathComponent("h.tar")
        _ = try tar("--format=ustar", "-P", "-cf", file.path, "-C", source.path, "../escape.swift")
        XCTAssertThrowsError(try TarArchive.read(try Data(contentsOf: file))) { error in
            XCTAssertEqual(error as? TarArchive.Problem, .unsafePath("../escape.swift"))
        }
    }

    func testDamageAndSizeLimitsAreNamed() throws {
        let archive = try TarArchive.write([.init(path: "a.swift", contents: Data(repeating: 0x61, count: 1000))])
        XCTAssertThrowsError(try TarArchive.read(archive.prefix(700))) { error in
            XCTAssertEqual(error as? TarArchive.Problem, .truncated(offset: 700))
        }
        var damaged = archive
        damaged[3] ^= 0xFF   // inside the name: the stored checksum no longer holds
        XCTAssertThrowsError(try TarArchive.read(damaged)) { XCTAssertEqual($0 as? TarArchive.Problem, .badChecksum(offset: 0)) }
        XCTAssertThrowsError(try TarArchive.read(archive, limits: .init(fileBytes: 999))) { error in
            XCTAssertEqual(error as? TarArchive.Problem, .tooLarge(path: "a.swift", bytes: 1000, limit: 999))
        }
        XCTAssertThrowsError(try TarArchive.read(Data("not a tar at all".utf8))) { XCTAssertNotNil($0 as? TarArchive.Problem) }
        let twice = try TarArchive.write([.init(path: "a", contents: Data()), .init(path: "b", contents: Data())])
        XCTAssertThrowsError(try TarArchive.read(twice, limits: .init(entries: 1))) {
            XCTAssertEqual($0 as? TarArchive.Problem, .tooManyEntries(limit: 1))
        }
    }

    private func tar(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tar"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "tar \(arguments.joined(separator: " "))")
        return String(decoding: data, as: UTF8.self)
    }
}
