import XCTest
@testable import FairKit

final class GroupIndexTests: XCTestCase {
    func testSingleFeatureGroupsAreSortedByValue() throws {
        let index = try GroupIndex([SensitiveFeature(name: "sf", values: ["b", "c", "a", "b"])])
        XCTAssertEqual(index.names, ["sf=a", "sf=b", "sf=c"])
        XCTAssertEqual(index.codes, [1, 2, 0, 1])
        XCTAssertEqual(index.rowsByGroup(), [[2], [0, 3], [1]])
        XCTAssertEqual(try index.group(named: "c"), 2, "a bare value names a group of one feature")
        XCTAssertEqual(try index.group(named: "sf=b"), 1)
    }

    func testIntersectionsListOnlyCombinationsPresent() throws {
        // Rows: (F, X), (M, Y), (F, Y), (M, Y): (M, X) never occurs.
        let index = try GroupIndex([SensitiveFeature(name: "sex", values: ["F", "M", "F", "M"]),
                                    SensitiveFeature(name: "race", values: ["X", "Y", "Y", "Y"])])
        XCTAssertEqual(index.names, ["sex=F, race=X", "sex=F, race=Y", "sex=M, race=Y"])
        XCTAssertEqual(index.codes, [0, 2, 1, 2])
        XCTAssertEqual(index.values(of: 1), ["F", "Y"])
        XCTAssertThrowsError(try index.group(named: "sex=F, race=Z")) { error in
            XCTAssertTrue("\(error)".contains("did you mean 'sex=F, race=X'?"), "\(error)")
        }
    }

    func testMissingValuesFormAGroupOfTheirOwnListedLast() throws {
        let feature = SensitiveFeature(name: "race", values: ["B", nil, "A"])
        XCTAssertEqual(feature.levels, ["A", "B", SensitiveFeature.missingLevel])
        XCTAssertEqual(feature.codes, [1, 2, 0])
    }

    func testColumnsOfEveryKindBecomeFeatures() throws {
        // Numbers sort numerically (2 before 10), flags false before true, categories keep text order.
        let numeric = SensitiveFeature(.numeric("age", [10, 2, nil, 10]))
        XCTAssertEqual(numeric.levels, ["2", "10", SensitiveFeature.missingLevel])
        XCTAssertEqual(numeric.codes, [1, 0, 2, 1])
        let flags = SensitiveFeature(.boolean("old", [true, false, true]))
        XCTAssertEqual(flags.levels, ["false", "true"])
        XCTAssertEqual(flags.codes, [1, 0, 1])
        let categories = SensitiveFeature(.categorical("sex", ["M", nil, "F"]))
        XCTAssertEqual(categories.levels, ["F", "M", SensitiveFeature.missingLevel])
        XCTAssertEqual(categories.codes, [1, 2, 0])
    }

    func testFeaturesOfDifferentLengthsAreAnError() {
        XCTAssertThrowsError(try GroupIndex([SensitiveFeature(name: "a", values: ["x"]),
                                             SensitiveFeature(name: "b", values: ["x", "y"])]))
        XCTAssertThrowsError(try GroupIndex([]))
    }

    func testManyLevelsUseTheSparsePathWithTheSameOrder() throws {
        // 3 features of 300 levels: 27 million combinations, far more than rows, so keys are hashed.
        let values = (0..<300).map { String(format: "%03d", 299 - $0) }
        let features = ["a", "b", "c"].map { SensitiveFeature(name: $0, values: values) }
        let index = try GroupIndex(features)
        XCTAssertEqual(index.count, 300)
        XCTAssertEqual(index.name(of: 0), "a=000, b=000, c=000")
        XCTAssertEqual(index.codes.first, 299, "row 0 holds value 299, the last group")
    }

    /// The documented example: sex = [F, M, F, nil], race = [X, Y, Y, Y].
    private let sex = SensitiveFeature(name: "sex", values: ["F", "M", "F", nil])
    private let race = SensitiveFeature(name: "race", values: ["X", "Y", "Y", "Y"])

    func testByDefaultMissingIsALevelAndOnlyPresentCombinationsAreGroups() throws {
        let index = try GroupIndex([sex, race])
        XCTAssertEqual(index.names, ["sex=F, race=X", "sex=F, race=Y", "sex=M, race=Y", "sex=(missing), race=Y"])
        XCTAssertEqual(index.codes, [0, 2, 1, 3])
        XCTAssertEqual(index.listedCombinations, .present)
        XCTAssertEqual(index.missingValues, .ownGroup)
        XCTAssertEqual(index.excludedRowCount, 0)
        XCTAssertEqual(index.groupSizes(), [1, 1, 1, 1])
    }

    func testEveryCombinationWithMissingValuesExcluded() throws {
        // Levels F, M (the missing level is not a group value) and X, Y: 2 x 2 = 4 groups in value order,
        // (M, X) held by no row; row 4 misses sex and is in no group.
        let index = try GroupIndex([sex, race], combinations: .all, missingValues: .excluded)
        XCTAssertEqual(index.names, ["sex=F, race=X", "sex=F, race=Y", "sex=M, race=X", "sex=M, race=Y"])
        XCTAssertEqual(index.values(of: 2), ["M", "X"])
        XCTAssertEqual(index.codes, [0, 3, 1, -1])
        XCTAssertEqual(index.listedCombinations, .all)
        XCTAssertEqual(index.excludedRowCount, 1)
        XCTAssertEqual(index.groupedRowCount, 3)
        XCTAssertEqual(index.groupSizes(), [1, 1, 0, 1])
        XCTAssertEqual(index.rowsByGroup(), [[0], [2], [], [1]])
        // Every combination with missing values as a level: F, M, (missing) x X, Y = 6 groups.
        let withMissing = try GroupIndex([sex, race], combinations: .all)
        XCTAssertEqual(withMissing.count, 6)
        XCTAssertEqual(withMissing.name(of: 4), "sex=(missing), race=X")
        XCTAssertEqual(withMissing.codes, [0, 3, 1, 5])
        // Present combinations, missing excluded: (F, X), (F, Y), (M, Y).
        let present = try GroupIndex([sex, race], missingValues: .excluded)
        XCTAssertEqual(present.codes, [0, 2, 1, -1])
        XCTAssertEqual(present.count, 3)
    }

    func testPastTheCapOnlyPresentCombinationsAreListed() throws {
        // 40 x 40 = 1,600 combinations > 1,000; 32 x 31 = 992 fit.
        let many = (0..<40).map { String(format: "%02d", $0) }
        let big = try GroupIndex([SensitiveFeature(name: "a", values: many), SensitiveFeature(name: "b", values: many)], combinations: .all)
        XCTAssertEqual(big.listedCombinations, .present)
        XCTAssertEqual(big.count, 40)
        let fits = try GroupIndex([SensitiveFeature(name: "a", values: Array(many.prefix(32))),
                                   SensitiveFeature(name: "b", values: Array(many.prefix(31)) + ["00"])], combinations: .all)
        XCTAssertEqual(fits.listedCombinations, .all)
        XCTAssertEqual(fits.count, 992)
        XCTAssertEqual(fits.codes[31], 31 * 31 + 0, "row 31 is (a = 31, b = 00): codes 31 and 0, 31 levels of b")
    }

    func testFromTableColumnsEveryCombinationKeepsLevelsNoRowHolds() throws {
        // Level "x" of g holds no row (as after a filter), and flag holds only true.
        let g = CategoricalValues(codes: [0, 1, 0, -1], levels: ["a", "b", "x"])
        let table = try Table([Column(name: "g", values: .categorical(g)), .boolean("flag", [true, true, true, true])])
        let present = try GroupIndex(table: table, columns: ["g", "flag"])
        XCTAssertEqual(present.names, ["g=a, flag=true", "g=b, flag=true", "g=(missing), flag=true"])
        let every = try GroupIndex(table: table, columns: ["g", "flag"], combinations: .all, missingValues: .excluded)
        XCTAssertEqual(every.names, ["g=a, flag=false", "g=a, flag=true", "g=b, flag=false", "g=b, flag=true",
                                     "g=x, flag=false", "g=x, flag=true"])
        XCTAssertEqual(every.groupSizes(), [0, 2, 0, 1, 0, 0])
        XCTAssertEqual(every.excludedRowCount, 1)
        XCTAssertThrowsError(try GroupIndex(table: table, columns: ["gg"])) { error in
            XCTAssertTrue("\(error)".contains("did you mean 'g'?"), "\(error)")
        }
    }

    func testUnsortedAndRepeatedLevelsAreSortedAndMerged() throws {
        // A hand-built level list in code-book order, "b" twice: levels a, b; rows b, a, b, b.
        let values = CategoricalValues(codes: [0, 1, 2, 0], levels: ["b", "a", "b"])
        let feature = SensitiveFeature(Column(name: "g", values: .categorical(values)))
        XCTAssertEqual(feature.levels, ["a", "b"])
        XCTAssertEqual(feature.codes, [1, 0, 1, 1])
    }

    func testCountsOfRowsInNoGroupCountOnlyOverall() throws {
        // Groups F (rows 0, 2) and M (row 1); row 3 misses sex. Labels [1, 0, 0, 1], predictions [1, 1, 0, 0]:
        // F: TP 1 (row 0), TN 1 (row 2); M: FP 1; overall adds row 3's FN: TP 1, FP 1, TN 1, FN 1.
        let index = try GroupIndex([sex], missingValues: .excluded)
        let counts = try GroupedCounts(labels: [1, 0, 0, 1], predictions: [1, 1, 0, 0], groups: index)
        XCTAssertEqual(counts.counts, [ConfusionCounts(truePositives: 1, falsePositives: 0, trueNegatives: 1, falseNegatives: 0),
                                       ConfusionCounts(truePositives: 0, falsePositives: 1, trueNegatives: 0, falseNegatives: 0)])
        XCTAssertEqual(counts.overall, ConfusionCounts(truePositives: 1, falsePositives: 1, trueNegatives: 1, falseNegatives: 1))
        // The overall selection rate counts row 3 too: 2 positive predictions of 4 rows (F and M alone: 2 of 3).
        XCTAssertEqual(counts.values(of: .selectionRate).overall, .value(0.5))
    }

    func testMetricsThatNeedEveryRowInAGroupRefuseExcludedRows() throws {
        let index = try GroupIndex([sex], missingValues: .excluded)
        XCTAssertThrowsError(try InequalityIndex.betweenGroupGeneralizedEntropy(labels: [1, 0, 0, 1], predictions: [1, 1, 0, 0],
                                                                                 groups: index, alpha: 2)) { error in
            XCTAssertEqual("\(error)", "the groups leave out 1 of 4 rows (missing a value of 'sex'); "
                + "this metric needs every row in a group: group with missingValues: .ownGroup")
        }
    }
}
