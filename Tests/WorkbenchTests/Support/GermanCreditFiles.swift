import FairKit
import Foundation

/// German Credit as the CSV files the mitigation and governance request tests read: every column
/// but `credit`, the label as `good` (1 = good), rows 0..699 in train.csv and 700..999 in test.csv
/// (the setup of scripts/reference/mitigation_german.py, so the numbers are Fairlearn's and AIF360's).
enum GermanCreditFiles {
    /// Writes train.csv and test.csv into `folder`; returns the test rows' table.
    @discardableResult
    static func write(to folder: URL) throws -> Table {
        let german = try Dataset.germanCredit()
        var columns = try german.table.columnNames.filter { $0 != "credit" }.map { try german.table.column($0) }
        columns.append(.numeric("good", german.labels.map(Double.init)))
        let table = try Table(columns)
        try CSVWriter().write(table.selectingRows(Array(0..<700)), to: folder.appendingPathComponent("train.csv"))
        let test = try table.selectingRows(Array(700..<1000))
        try CSVWriter().write(test, to: folder.appendingPathComponent("test.csv"))
        return test
    }
}
