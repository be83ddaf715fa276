import FairKit
import Foundation

/// A temporary folder holding German Credit split in file order: rows 0..699 as train.csv and
/// 700..999 as test.csv (the reference setup of the mitigation checks).
enum GermanSplitFolder {
    /// A new folder named `prefix`-UUID with train.csv and test.csv written.
    static func make(_ prefix: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let table = try Dataset.germanCredit().table
        try CSVWriter().write(table.selectingRows(Array(0..<700)), to: folder.appendingPathComponent("train.csv"))
        try CSVWriter().write(table.selectingRows(Array(700..<1000)), to: folder.appendingPathComponent("test.csv"))
        return folder
    }
}
