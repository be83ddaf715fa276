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
}
