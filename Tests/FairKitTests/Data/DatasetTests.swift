import Foundation
import XCTest
@testable import FairKit

final class DatasetTests: XCTestCase {
    func testEveryBundledFileMatchesItsPublishedDigest() throws {
        // Digests from /work/shared/datasets/README.md (values_maps.json: the committed file's).
        for resource in DatasetResource.allCases {
            XCTAssertNoThrow(try resource.load(), resource.rawValue)
        }
        XCTAssertEqual(DatasetResource.germanData.sha256, "b21f3d81db8071257d5ff1deaeba1fd4303b62712e6fcc9715c7a86202cb5871")
    }

    func testChecksumMismatchNamesFileAndBothDigests() {
        let data = Data("abc".utf8)
        let expected = "0000000000000000000000000000000000000000000000000000000000000000"
        XCTAssertThrowsError(try verified(data, file: "german.data", expected: expected)) { error in
            // SHA-256("abc") is the NIST value ba7816bf...
            let actual = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
            XCTAssertEqual(error as? DataError, .checksumMismatch(file: "german.data", expected: expected, actual: actual))
            let text = "\(error)"
            XCTAssertTrue(text.contains("german.data") && text.contains(expected) && text.contains(actual), text)
        }
        XCTAssertEqual(try verified(data, file: "x", expected: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), data)
        XCTAssertThrowsError(try readResource("no-such-file.csv")) { error in
            XCTAssertEqual(error as? DataError, .resourceMissing(file: "no-such-file.csv"))
        }
    }

    private func toy() throws -> Table {
        try Table([
            .categorical("group", ["a", "b", "a", nil]),
            .numeric("x", [1, 2, nil, 4]),
            .categorical("y", ["yes", "no", "yes", "no"]),
            .numeric("unused", [nil, nil, nil, nil]),
        ])
    }

    private func dataset(labels: [Int] = [1, 0, 1, 0], label: String = "y", protected: String = "group") throws -> Dataset {
        try Dataset(name: "toy", table: toy(), labelColumn: label, labels: labels, favorableLabel: 1,
                    labelMeaning: "1 = yes", featureColumns: ["x"],
                    protectedAttributes: [ProtectedAttribute(column: protected, privilegedValues: ["a"], convention: "test")],
                    datasheet: "", source: "")
    }

    func testDatasetValidatesItsParts() throws {
        XCTAssertNoThrow(try dataset())
        XCTAssertThrowsError(try dataset(labels: [1, 0, 1]))
        XCTAssertThrowsError(try dataset(labels: [1, 0, 2, 0])) { error in
            XCTAssertTrue("\(error)".contains("row 3"), "\(error)")
        }
        XCTAssertThrowsError(try dataset(label: "z"))
        XCTAssertThrowsError(try dataset(protected: "x")) { error in
            XCTAssertEqual(error as? TableError, .wrongKind(column: "x", expected: [.categorical], actual: .numeric))
        }
    }

    func testDroppingMissingLooksAtFeaturesLabelAndGroupsByDefault() throws {
        let toy = try dataset()
        // Row 3 misses x, row 4 misses group; the all-missing "unused" column is not looked at.
        let kept = try toy.droppingMissing()
        XCTAssertEqual(kept.table.rowCount, 2)
        XCTAssertEqual(kept.labels, [1, 0])
        XCTAssertEqual(try toy.droppingMissing(in: ["x"]).labels, [1, 0, 0])
    }

    func testProtectedAttributeMembership() throws {
        let toy = try dataset()
        let attribute = try toy.protectedAttribute("group")
        XCTAssertThrowsError(try attribute.isPrivileged(in: toy.table)) { error in
            XCTAssertEqual(error as? DataError, .missingValue(column: "group", row: 3))
        }
        let kept = try toy.droppingMissing()
        XCTAssertEqual(try attribute.isPrivileged(in: kept.table), [true, false])
        XCTAssertEqual(try attribute.unprivilegedValues(in: kept.table), ["b"])
        XCTAssertThrowsError(try toy.protectedAttribute("race"))
    }
}
