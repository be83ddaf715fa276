import FairKit
import Foundation
import XCTest

/// `learn mitigate --method di-remover` end to end, through the built binary, as a user runs it on
/// German Credit (rows 0..699 train.csv, 700..999 test.csv, protected age_group: age > 25): the
/// repaired rows it writes (`--repaired-out`, `--repaired-test-out`) equal AIF360's
/// DisparateImpactRemover with BlackBoxAuditing 0.1.54, applied to each file on its own
/// (scripts/reference/mitigation_di_remover_cli.py). The values are integers, so the sums compare exactly.
final class DisparateImpactRemoverCLITests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try GermanSplitFolder.make("learn-di-remover")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func mitigate(_ extra: [String]) throws -> LearnRun {
        try LearnRun.run(["mitigate", "--data", "train.csv", "--test", "test.csv", "--label", "credit", "--positive", "good",
                          "--protected", "age_group", "--method", "di-remover"] + extra, in: folder)
    }

    static let columns = ["month", "credit_amount", "investment_as_income_percentage", "residence_since", "age",
                          "number_of_credits", "people_liable_for"]

    /// Per column: the sum, the sum of squares, Σ i·value (i the 0-based row, so a value on the
    /// wrong row shows) and the first 8 values, printed by the reference script.
    typealias Moments = (sum: Double, squares: Double, weighted: Double, first: [Double])

    static let reference: [(level: String, train: [Moments], test: [Moments])] = [
        ("1", [(13947, 379801, 4870771, [5, 47, 12, 42, 22, 36, 22, 36]),
               (2077673, 10749505899, 706711668, [999, 5951, 1980, 7408, 4308, 8471, 2788, 5951]),
               (2081, 7069, 729841, [4, 2, 2, 2, 3, 2, 3, 2]), (1966, 6390, 684731, [4, 2, 3, 4, 4, 4, 4, 2]),
               (14680, 310242, 5107958, [25, 22, 22, 22, 23, 20, 23, 20]), (953, 1469, 332435, [2, 1, 1, 1, 2, 1, 1, 1]),
               (804, 1012, 281035, [1, 1, 2, 2, 2, 2, 1, 1])],
              [(6152, 161646, 940686, [12, 48, 24, 30, 24, 15, 48, 12]),
               (866925, 4923396237, 130296499, [874, 4736, 1138, 1882, 1882, 3509, 6560, 2969]),
               (892, 3020, 134025, [4, 4, 4, 4, 4, 1, 3, 4]), (879, 2921, 128593, [4, 4, 2, 2, 1, 4, 2, 3]),
               (6554, 144004, 974546, [20, 22, 23, 22, 20, 21, 24, 25]), (327, 381, 48462, [1, 1, 1, 1, 1, 1, 1, 2]),
               (351, 453, 52973, [1, 1, 1, 1, 2, 1, 1, 1])]),
        ("0.5", [(14405, 400817, 5032793, [6, 48, 12, 42, 24, 36, 24, 36]),
                 (2148066, 11396858530, 730648851, [1082, 5951, 2032, 7685, 4657, 8648, 2820, 6314]),
                 (2081, 7069, 729841, [4, 2, 2, 2, 3, 2, 3, 2]), (1966, 6390, 684731, [4, 2, 3, 4, 4, 4, 4, 2]),
                 (19656, 576958, 6804502, [46, 22, 35, 33, 38, 27, 38, 27]), (975, 1587, 339952, [2, 1, 1, 1, 2, 1, 1, 1]),
                 (804, 1012, 281035, [1, 1, 2, 2, 2, 2, 1, 1])],
                [(6440, 177732, 985124, [12, 48, 24, 30, 27, 15, 48, 12]),
                 (947986, 5533092090, 142862812, [1048, 5771, 1271, 2210, 2221, 3966, 6560, 2969]),
                 (892, 3020, 134025, [4, 4, 4, 4, 4, 1, 3, 4]), (879, 2921, 128593, [4, 4, 2, 2, 1, 4, 2, 3]),
                 (8663, 260905, 1294008, [25, 34, 35, 31, 26, 28, 24, 25]), (430, 712, 63954, [1, 2, 1, 2, 1, 1, 1, 2]),
                 (351, 453, 52973, [1, 1, 1, 1, 2, 1, 1, 1])]),
    ]

    func testRepairedRowsEqualAIF360AtLevelsOneAndAHalf() throws {
        for (level, train, test) in Self.reference {
            let run = try mitigate(["--repair-level", level, "--repaired-out", "r.csv", "--repaired-test-out", "t.csv", "--format", "json"])
            XCTAssertEqual(run.exitCode, 0, run.stderr)
            let json = try jsonObject(run)
            XCTAssertEqual(json["repaired_training_file"] as? String, folder.appendingPathComponent("r.csv").path)
            XCTAssertEqual(json["repaired_test_file"] as? String, folder.appendingPathComponent("t.csv").path)
            for (file, original, expected) in [("r.csv", "train.csv", train), ("t.csv", "test.csv", test)] {
                let repaired = try CSVReader().read(contentsOf: folder.appendingPathComponent(file))
                let input = try CSVReader().read(contentsOf: folder.appendingPathComponent(original))
                XCTAssertEqual(repaired.columnNames, input.columnNames, file)
                for (name, e) in zip(Self.columns, expected) {
                    let values = try XCTUnwrap(repaired.column(name).numbers, name).map { $0 ?? .nan }
                    XCTAssertEqual(values.reduce(0, +), e.sum, "\(name) in \(file) at \(level)")
                    XCTAssertEqual(values.reduce(0) { $0 + $1 * $1 }, e.squares, "\(name) in \(file) at \(level)")
                    XCTAssertEqual(values.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element }, e.weighted, "\(name) in \(file) at \(level)")
                    XCTAssertEqual(Array(values.prefix(8)), e.first, "\(name) in \(file) at \(level)")
                }
                for name in ["credit", "age_group", "purpose"] {
                    XCTAssertEqual(try repaired.column(name), try input.column(name), "\(name) is not repaired")
                }
            }
        }
    }

    /// The repaired files belong to di-remover, and the test rows' file to a run with --test.
    func testRepairedOutputsAreCheckedOptions() throws {
        let other = try LearnRun.run(["mitigate", "--data", "train.csv", "--label", "credit", "--positive", "good", "--protected", "age_group",
                                      "--method", "reweighing", "--repaired-out", "r.csv"], in: folder)
        XCTAssertEqual(other.exitCode, 64)
        XCTAssertTrue(other.stderr.contains("--repaired-out: applies to --method di-remover only"), other.stderr)
        let noTest = try LearnRun.run(["mitigate", "--data", "train.csv", "--label", "credit", "--positive", "good", "--protected", "age_group",
                                       "--method", "di-remover", "--repaired-test-out", "t.csv"], in: folder)
        XCTAssertEqual(noTest.exitCode, 64)
        XCTAssertTrue(noTest.stderr.contains("--repaired-test-out: needs --test"), noTest.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.csv").path))
    }
}
