// Hidden suite for step `propublica-filter` of project `compas-case-study`
// (projects-work/compas-case-study/propublica_filter.swift). Expected values are derived by hand; COMPAS's counts come
// from pandas on the raw file (scripts/reference/project_compas_case_study.py).

import XCTest
import FairKit
@testable import LearnerCode

final class PropublicaFilterSuite: XCTest::XCTestCase {
    func testAnOrdinaryRowIsKept() {
        XCTest::XCTAssertTrue(keepsRow(daysFromArrest: -1, isRecid: 1, chargeDegree: "F", scoreText: "Low"), "screened a day after arrest: kept")
    }

    func testTheThirtyDayWindowIncludesItsEnds() {
        XCTest::XCTAssertTrue(keepsRow(daysFromArrest: 30, isRecid: 0, chargeDegree: "M", scoreText: "High"), "30 days: inside the window")
        XCTest::XCTAssertTrue(keepsRow(daysFromArrest: -30, isRecid: 0, chargeDegree: "M", scoreText: "High"), "-30 days: inside the window")
        XCTest::XCTAssertFalse(keepsRow(daysFromArrest: 31, isRecid: 0, chargeDegree: "M", scoreText: "High"), "31 days: outside")
        XCTest::XCTAssertFalse(keepsRow(daysFromArrest: -30.5, isRecid: 0, chargeDegree: "M", scoreText: "High"), "-30.5 days: outside")
    }

    func testAMissingDayCountFails() {
        XCTest::XCTAssertFalse(keepsRow(daysFromArrest: nil, isRecid: 0, chargeDegree: "F", scoreText: "Low"), "no day count: not kept")
    }

    func testEachOtherConditionDropsARow() {
        XCTest::XCTAssertFalse(keepsRow(daysFromArrest: 0, isRecid: -1, chargeDegree: "F", scoreText: "Low"), "is_recid -1: unknown outcome")
        XCTest::XCTAssertFalse(keepsRow(daysFromArrest: 0, isRecid: 0, chargeDegree: "O", scoreText: "Low"), "charge degree O: dropped")
        XCTest::XCTAssertFalse(keepsRow(daysFromArrest: 0, isRecid: 0, chargeDegree: "F", scoreText: "N/A"), "no score: dropped")
    }

    func testRowsAreListedInOrderAndMismatchedListsGiveNil() {
        // rows 0 and 2 pass; row 1 is 40 days out; row 3 has no score.
        XCTest::XCTAssertEqual(propublicaRows(daysFromArrest: [0, 40, -2, 1], isRecid: [0, 0, 1, 1], chargeDegree: ["F", "F", "M", "F"],
                                              scoreText: ["Low", "Low", "High", "N/A"]), [0, 2], "rows 0 and 2 are kept")
        XCTest::XCTAssertNil(propublicaRows(daysFromArrest: [0], isRecid: [], chargeDegree: ["F"], scoreText: ["Low"]), "lengths differ: nil")
    }

    func testTheFullFileKeeps6172Rows() throws {
        // pandas on compas-scores-two-years.csv: 7,214 rows, 6,172 kept (the 30-day window removes 1,042, 307 of them
        // with no day count; in this file no row has is_recid -1, degree O or score N/A).
        let compas = try Dataset.compas(rows: .all)
        let t = compas.table
        let days = try t.column("days_b_screening_arrest"), recid = try t.column("is_recid")
        let degree = try t.column("c_charge_degree"), score = try t.column("score_text")
        let rows = 0..<t.rowCount
        let kept = try XCTest::XCTUnwrap(propublicaRows(daysFromArrest: rows.map { days[$0].number }, isRecid: rows.map { Int(recid[$0].number ?? -1) },
                                                        chargeDegree: rows.map { degree[$0].text ?? "" }, scoreText: rows.map { score[$0].text ?? "" }),
                                         "7,214 rows of each column")
        XCTest::XCTAssertEqual(kept.count, 6172, "ProPublica's filter keeps 6,172 of 7,214 defendants")
    }
}
