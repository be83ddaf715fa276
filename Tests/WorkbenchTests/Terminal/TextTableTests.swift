import XCTest
@testable import Workbench

final class TextTableTests: XCTestCase {
    func testBorderlessTableAlignsColumnsAndTrimsLineEnds() {
        let table = TextTable(headers: ["ID", "STATUS", "POINTS"], alignments: [.left, .left, .right],
                              rows: [["seeded-split", "passed", "10"], ["tpr", "failed", "5"]])
        // Widths: ID column 12 ("seeded-split"), STATUS 6, POINTS 6; two spaces between.
        XCTAssertEqual(table.render(width: 80, border: .none, style: .plain), """
            ID            STATUS  POINTS
            ------------  ------  ------
            seeded-split  passed      10
            tpr           failed       5
            """)
    }

    func testPipeTableHonoursAlignment() {
        // Column "n" is 2 wide ("12"); centring "n" or "7" leaves a gap of 1, which goes right.
        let table = TextTable(headers: ["Group", "TPR", "n"], alignments: [.left, .right, .center],
                              rows: [["female", "0.61", "7"], ["male", "0.7", "12"]])
        XCTAssertEqual(table.render(width: 80, border: .pipes, style: .plain), """
            | Group  |  TPR | n  |
            |--------|------|----|
            | female | 0.61 | 7  |
            | male   |  0.7 | 12 |
            """)
    }

    func testMissingCellsAreEmptyAndExtraCellsMakeColumns() {
        let table = TextTable(headers: ["a", "b"], rows: [["1"], ["1", "2", "3"]])
        XCTAssertEqual(table.render(width: 80, border: .pipes, style: .plain), """
            | a | b |   |
            |---|---|---|
            | 1 |   |   |
            | 1 | 2 | 3 |
            """)
    }

    func testWideTableWrapsCellsWithoutARuleBetweenRows() {
        let table = TextTable(headers: ["metric", "meaning"],
                              rows: [["TPR", "share of actual positives predicted positive"], ["FPR", "false alarms"]])
        // Width 30 leaves 30 - (3*2 + 1) = 23 for text. Natural widths 6 and 44; longest words 6
        // ("metric") and 9 ("positives"). Extra 23 - 15 = 8 goes by lack (0 and 35): all to
        // "meaning", which gets 9 + 8 = 17.
        let lines = table.render(width: 30, border: .pipes).map(\.plainText)
        XCTAssertEqual(lines, [
            "| metric | meaning           |",
            "|--------|-------------------|",
            "| TPR    | share of actual   |",
            "|        | positives         |",
            "|        | predicted         |",
            "|        | positive          |",
            "| FPR    | false alarms      |",
        ])
        XCTAssertTrue(lines.allSatisfy { $0.count == 30 })
        // Without a border, a blank line sets the wrapped rows apart instead.
        let plainLines = table.render(width: 30, border: .none).map(\.plainText)
        XCTAssertEqual(plainLines.filter(\.isEmpty).count, 1, plainLines.joined(separator: "\n"))
    }

    func testHeaderCellsAreBold() {
        let lines = TextTable(headers: ["h"], rows: [["v"]]).render(width: 80, border: .none)
        XCTAssertEqual(lines[0].runs, [.init(text: "h", style: .bold)])
        XCTAssertEqual(lines[2].runs, [.init(text: "v", style: [])])
    }

    func testFitColumnWidthsWhenEverythingFits() {
        XCTAssertEqual(fitColumnWidths(natural: [5, 10], minimum: [3, 4], available: 15), [5, 10])
    }

    func testFitColumnWidthsSharesExtraByWhatEachColumnLacks() {
        // Minimum 3 + 4 = 7, extra 13 - 7 = 6; lacking 2 and 6 (total 8): 6*2/8 = 1, 6*6/8 = 4
        // (rounded down), remainder 1 to the first column still short of natural: [3+1+1, 4+4].
        XCTAssertEqual(fitColumnWidths(natural: [5, 10], minimum: [3, 4], available: 13), [5, 8])
    }

    func testFitColumnWidthsCutsWordsWhenTheyCannotFit() {
        // Longest words 10 and 30 in 20 columns: 20*10/40 = 5, 20*30/40 = 15.
        XCTAssertEqual(fitColumnWidths(natural: [10, 30], minimum: [10, 30], available: 20), [5, 15])
        // Never below one column each.
        XCTAssertEqual(fitColumnWidths(natural: [10, 1], minimum: [10, 1], available: 2), [1, 1])
    }
}
