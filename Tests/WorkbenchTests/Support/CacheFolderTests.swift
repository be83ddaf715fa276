import XCTest
@testable import Workbench

final class CacheFolderTests: XCTestCase {
    func testKeepsTheNewestEntriesAndDropsOldOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = Date()
        // Five entries, modified 0, 10, 20, 30 and 40 minutes ago.
        for minutes in [0, 10, 20, 30, 40] {
            let file = folder.appendingPathComponent("e\(minutes)")
            try Data().write(to: file)
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-60 * Double(minutes))],
                                                  ofItemAtPath: file.path)
        }
        CacheFolder.prune(folder, keep: 4, now: now)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["e0", "e10", "e20", "e30"])
        CacheFolder.prune(folder, maximumAge: 15 * 60, now: now)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["e0", "e10"])
        CacheFolder.prune(folder.appendingPathComponent("missing"), keep: 0)
    }
}
