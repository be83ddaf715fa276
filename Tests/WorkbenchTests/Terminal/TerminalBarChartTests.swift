import FairKit
import XCTest
@testable import Workbench

final class TerminalBarChartTests: XCTestCase {
    /// Male 0.30 (reference), Female 0.11, Other undefined; τ = 0.8 around 0.30: band [0.24, 0.375].
    /// The axis runs 0 to 0.4 (Heckbert: range nice(0.375) = 0.5, step 0.1).
    static let chart = GroupBarChart(title: "Selection rate by sex", quantity: "Selection rate", unit: "share of the group",
                                     bars: [.init("Male", .value(0.30)), .init("Female", .value(0.11)), .init("Other", .undefined(reason: "no rows"))],
                                     reference: 0, band: .around(reference: 0.30, tau: 0.8), ceiling: 1)

    /// A width that leaves exactly 40 cells of track: labels 10 ("Male (ref)"), 2 spaces, 1 space,
    /// values 9 ("undefined"), suffix 11, so 40 + 10 + 2 + 1 + 9 + 11 = 73. A cell is then 0.01.
    let width = 73

    func testBarsAreAsLongAsTheirValues() {
        let lines = TerminalBarChart.render(Self.chart, width: width).map(\.plainText)
        XCTAssertEqual(lines[0], "Selection rate by sex")
        let track = { (line: String) in String(line.dropFirst(12).prefix(40)) }
        // 0.30 → 30 full cells; the band's upper end 0.375 → cell ⌊37.5⌋ = 37 is beyond the bar: ┆.
        XCTAssertEqual(track(lines[1]), String(repeating: "█", count: 30) + String(repeating: " ", count: 7) + "┆" + "  ")
        // 0.11 → 11 cells; both band ends (cells 24 and 37) show.
        XCTAssertEqual(track(lines[2]), String(repeating: "█", count: 11) + String(repeating: " ", count: 13) + "┆" + String(repeating: " ", count: 12) + "┆" + "  ")
        XCTAssertTrue(lines[1].hasPrefix("Male (ref)  "))
        XCTAssertTrue(lines[1].hasSuffix("0.300  ref"))
        XCTAssertTrue(lines[2].hasSuffix("0.110  ! outside"), "outside the band is said in text, not only in colour")
        XCTAssertTrue(lines[3].hasSuffix("undefined  no rows"))
        // The axis: 0.0 at the left, the band as a bracket from cell 24 to 37, 0.4 after the track.
        let axis = lines[4]
        XCTAssertEqual(axis.dropFirst(12).prefix(3), "0.0")
        XCTAssertEqual(Array(axis.dropFirst(12))[24], "╰")
        XCTAssertEqual(Array(axis.dropFirst(12))[37], "╯")
        XCTAssertTrue(axis.contains("fair band"))
        XCTAssertEqual(String(axis.dropFirst(12 + 40)), "0.4", "the last tick starts at the end of the track")
    }

    func testPartialCellsUseEighthBlocks() {
        // 0.1125 on 40 cells of 0.01: 11.25 cells = 11 full and 2 eighths (▎).
        let chart = GroupBarChart(title: "t", quantity: "q", unit: "u", bars: [.init("a", .value(0.1125)), .init("b", .value(0.4))])
        let line = TerminalBarChart.render(chart, width: 40 + 1 + 2 + 1 + 5 + 5)[1].plainText
        XCTAssertEqual(String(line.dropFirst(3).prefix(12)), String(repeating: "█", count: 11) + "▎")
    }

    func testNoColourLosesNothing() {
        let lines = TerminalBarChart.render(Self.chart, width: width)
        let plain = TerminalStyle(environment: ["NO_COLOR": "1"], isTTY: true).render(lines: lines)
        XCTAssertFalse(plain.contains("\u{1B}"))
        XCTAssertTrue(plain.contains("(ref)") && plain.contains("! outside") && plain.contains("┆") && plain.contains("fair band"))
        let styled = TerminalStyle(isEnabled: true).render(lines: lines)
        XCTAssertTrue(styled.contains("\u{1B}[1;31m"), "on a colour terminal the outside bar is in the failure style")
    }
}
