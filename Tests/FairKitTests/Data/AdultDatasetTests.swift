import XCTest
@testable import FairKit

/// Published Adult figures (the project's dataset brief; AIF360's AdultDataset gives 45,222 rows
/// after dropping missing values), also printed by scripts/reference/data_datasets.py.
final class AdultDatasetTests: XCTestCase {
    private static let combinedDropped = Result { try Dataset.adult(.combined, droppingMissing: true) }

    func testRowCountsOfEveryVariant() throws {
        XCTAssertEqual(try Dataset.adult(.train).table.rowCount, 32_561)
        let test = try Dataset.adult(.test)
        XCTAssertEqual(test.table.rowCount, 16_281, "the junk first line is skipped, the blank last line ignored")
        XCTAssertEqual(try Dataset.adult(.combined).table.rowCount, 48_842)
        XCTAssertEqual(try Dataset.adult(.train, droppingMissing: true).table.rowCount, 30_162)
        XCTAssertEqual(try Dataset.adult(.test, droppingMissing: true).table.rowCount, 15_060)
        XCTAssertEqual(try Self.combinedDropped.get().table.rowCount, 45_222)
        // Test labels lose their trailing period: only the two clean levels remain.
        guard case .categorical(let income) = try test.table.column("income-per-year").values else {
            return XCTFail("income is categorical")
        }
        XCTAssertEqual(income.levels, ["<=50K", ">50K"])
    }

    func testValuesMissingMarkersAndLabels() throws {
        let train = try Dataset.adult(.train)
        // adult.data line 1: 39, State-gov, 77516, Bachelors, 13, Never-married, Adm-clerical,
        // Not-in-family, White, Male, 2174, 0, 40, United-States, <=50K
        let first = train.table.row(0)
        XCTAssertEqual(first["workclass"], .category("State-gov"))
        XCTAssertEqual(first["fnlwgt"], .number(77_516))
        XCTAssertEqual(first["capital-gain"], .number(2174))
        XCTAssertEqual(train.labels[0], 0)
        // "?" is missing: 1,836 of the 2,799 missing workclass values are in adult.data (pandas).
        XCTAssertEqual(try train.table.column("workclass").missingCount, 1836)
        XCTAssertEqual(train.favorableLabel, 1)
        XCTAssertEqual(train.featureColumns.count, 14)
    }

    func testSexBaseRatesAfterDroppingMissing() throws {
        let adult = try Self.combinedDropped.get()
        let male = try adult.protectedAttribute("sex").isPrivileged(in: adult.table)
        let men = try ConfusionCounts(labels: adult.labels, predictions: adult.labels, rows: male.indices.filter { male[$0] })
        let women = try ConfusionCounts(labels: adult.labels, predictions: adult.labels, rows: male.indices.filter { !male[$0] })
        XCTAssertEqual(men.positives, 9539)
        XCTAssertEqual(men.total, 30_527)
        XCTAssertEqual(women.positives, 1669)
        XCTAssertEqual(women.total, 14_695)
        XCTAssertEqual(try adult.protectedAttribute("race").unprivilegedValues(in: adult.table),
                       ["Amer-Indian-Eskimo", "Asian-Pac-Islander", "Black", "Other"])
    }

    func testFeatureEncodingMatchesGetDummies() throws {
        let adult = try Self.combinedDropped.get()
        var encoder = FeatureEncoder(columns: adult.featureColumns)
        let encoded = try encoder.fitTransform(adult.table)
        // pandas.get_dummies(dropped.drop(columns=["income-per-year"]), prefix_sep="="):
        // 104 columns, all names hashed by scripts/reference/data_datasets.py.
        XCTAssertEqual(encoded.matrix.rows, 45_222)
        XCTAssertEqual(encoded.featureNames.count, 104)
        XCTAssertEqual(Array(encoded.featureNames.prefix(8)), ["age", "fnlwgt", "education-num", "capital-gain",
                                                               "capital-loss", "hours-per-week", "workclass=Federal-gov",
                                                               "workclass=Local-gov"])
        XCTAssertEqual(SHA256.hexDigest(of: Array(encoded.featureNames.joined(separator: "\n").utf8)),
                       "fc62578fffd7ef915254e348cb55a479f65404b917cbe02e119cfdc390edb0f0")
        // Each row has 6 numbers and exactly one indicator set in each of the 8 categorical blocks.
        for row in [0, 1, 45_221] {
            XCTAssertEqual(encoded.matrix.row(row)[6...].reduce(0, +), 8)
        }
    }
}
