import XCTest
@testable import Workbench

final class ProgressBarTests: XCTestCase {
    func testBarShowsFilledCellsAndCount() {
        XCTAssertEqual(ProgressBar(total: 10, cells: 10).render(completed: 5).plainText, "[#####-----] 5/10")
        XCTAssertEqual(ProgressBar(total: 10, cells: 10).render(completed: 0).plainText, "[----------] 0/10")
        XCTAssertEqual(ProgressBar(total: 10, cells: 10).render(completed: 10).plainText, "[##########] 10/10")
    }

    func testFilledCellsRoundDownSoOnlyCompletionFillsTheBar() {
        // 20 cells, 199 of 200: 20*199/200 = 19.9 -> 19.
        XCTAssertEqual(ProgressBar(total: 200).render(completed: 199).plainText,
                       "[" + String(repeating: "#", count: 19) + "-] 199/200")
        // 3 of 7 with 10 cells: 30/7 = 4.28 -> 4.
        XCTAssertEqual(ProgressBar(total: 7, cells: 10).render(completed: 3).plainText, "[####------] 3/7")
    }

    func testOutOfRangeCountsAreClamped() {
        XCTAssertEqual(ProgressBar(total: 4, cells: 4).render(completed: 9).plainText, "[####] 4/4")
        XCTAssertEqual(ProgressBar(total: 4, cells: 4).render(completed: -2).plainText, "[----] 0/4")
        XCTAssertEqual(ProgressBar(total: 0, cells: 4).render(completed: 0).plainText, "[----] 0/0")
    }

    func testStyledBarIsGreenThenDim() {
        XCTAssertEqual(TerminalStyle(isEnabled: true).render(ProgressBar(total: 2, cells: 2).render(completed: 1)),
                       "[\u{1B}[32m#\u{1B}[0m\u{1B}[2m-\u{1B}[0m] 1/2")
    }
}

final class StatusLineTests: XCTestCase {
    /// Collects what a status line writes.
    private final class Sink: @unchecked Sendable {
        var written: [String] = []
    }

    func testNonInteractiveWritesOneLinePerChangeAndSkipsRepeats() {
        let sink = Sink()
        var status = StatusLine(interactive: false, width: 80, style: .plain) { sink.written.append($0) }
        status.update("checking 1/3")
        status.update("checking 1/3")
        status.update("checking 2/3")
        status.finish("checking 2/3")
        status.update("verify: 3 ok")
        status.finish("done")
        XCTAssertEqual(sink.written, ["checking 1/3\n", "checking 2/3\n", "verify: 3 ok\n", "done\n"])
        XCTAssertFalse(sink.written.joined().contains("\r"), "no carriage returns in a log")
    }

    func testInteractiveOverwritesInPlaceAndFitsTheWidth() {
        let sink = Sink()
        var status = StatusLine(interactive: true, width: 10, style: .plain) { sink.written.append($0) }
        status.update("short")
        status.update("a status far too long for ten columns")
        status.finish("done")
        // Width 10: at most 9 columns, so "a stat..." (6 + "...").
        XCTAssertEqual(sink.written, ["\r\u{1B}[2Kshort", "\r\u{1B}[2Ka stat...", "\r\u{1B}[2Kdone\n"])
    }

    func testInteractiveFinishWithoutTextOnlyClears() {
        let sink = Sink()
        var status = StatusLine(interactive: true, width: 80, style: .plain) { sink.written.append($0) }
        status.finish()
        XCTAssertEqual(sink.written, [], "nothing shown, nothing to clear")
        status.update("working")
        status.finish()
        XCTAssertEqual(sink.written, ["\r\u{1B}[2Kworking", "\r\u{1B}[2K"])
    }

    func testNewlinesInAStatusBecomeSpaces() {
        let sink = Sink()
        var status = StatusLine(interactive: false, width: 80, style: .plain) { sink.written.append($0) }
        status.update("two\nlines")
        XCTAssertEqual(sink.written, ["two lines\n"])
    }
}

final class ProgressThrottleTests: XCTestCase {
    /// The doc comment's example, interval 0.1 s: updates at 0, 0.05, 0.1, 0.15 and 0.25 s show at
    /// 0 (the first), 0.1 (0.1 after it) and 0.25 (0.15 after 0.1); 0.05 and 0.15 come too soon.
    func testFirstThenAtMostOnePerInterval() {
        var throttle = ProgressThrottle(interval: 0.1)
        XCTAssertEqual([0, 0.05, 0.1, 0.15, 0.25].map { throttle.admit(at: $0) }, [true, false, true, false, true])
    }

    /// A thousand updates within one second (1 ms apart) show ten times, never two within 0.1 s
    /// of each other (decimal milliseconds round, so some gaps are 101 ms rather than 100).
    func testAThousandUpdatesASecondShowTenTimes() {
        var throttle = ProgressThrottle(interval: 0.1)
        let shown = (0..<1_000).filter { throttle.admit(at: Double($0) / 1_000) }
        XCTAssertEqual(shown.count, 10)
        XCTAssertEqual(shown.first, 0)
        XCTAssertTrue(zip(shown, shown.dropFirst()).allSatisfy { (100...101).contains($1 - $0) }, "\(shown)")
        XCTAssertEqual(TerminalConstants.progressInterval, 0.1)
    }
}
