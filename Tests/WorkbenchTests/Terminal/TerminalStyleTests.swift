import XCTest
@testable import Workbench

/// The styling decision (no-color.org, force-color.org, bixense.com/clicolors) and the escape
/// codes (ECMA-48 SGR: ESC [ params m).
final class TerminalStyleTests: XCTestCase {
    private func enabled(_ environment: [String: String], tty: Bool) -> Bool {
        TerminalStyle(environment: environment, isTTY: tty).isEnabled
    }

    func testATerminalWithNothingSetIsStyled() {
        XCTAssertTrue(enabled([:], tty: true))
        XCTAssertTrue(enabled(["TERM": "xterm-256color"], tty: true))
    }

    func testAPipeOrFileIsNeverStyledUnlessForced() {
        XCTAssertFalse(enabled([:], tty: false))
        XCTAssertFalse(enabled(["TERM": "xterm-256color"], tty: false))
    }

    func testNoColorWithAnyNonEmptyValueTurnsStylingOff() {
        // no-color.org: "present and not an empty string (regardless of its value)": even "0".
        for value in ["1", "0", "true", "false", "yes", " "] {
            XCTAssertFalse(enabled(["NO_COLOR": value], tty: true), "NO_COLOR=\(value)")
        }
    }

    func testAnEmptyNoColorIsIgnored() {
        XCTAssertTrue(enabled(["NO_COLOR": ""], tty: true))
    }

    func testNoColorBeatsEveryForce() {
        XCTAssertFalse(enabled(["NO_COLOR": "1", "FORCE_COLOR": "1"], tty: true))
        XCTAssertFalse(enabled(["NO_COLOR": "1", "CLICOLOR_FORCE": "1"], tty: false))
    }

    func testForceColorStylesPipesAndDumbTerminals() {
        XCTAssertTrue(enabled(["FORCE_COLOR": "1"], tty: false))
        XCTAssertTrue(enabled(["FORCE_COLOR": "3"], tty: false))
        XCTAssertTrue(enabled(["CLICOLOR_FORCE": "1"], tty: false))
        XCTAssertTrue(enabled(["FORCE_COLOR": "1", "TERM": "dumb"], tty: true))
        XCTAssertTrue(enabled(["CLICOLOR_FORCE": "1", "CLICOLOR": "0"], tty: true))
    }

    func testForceValuesThatMeanNoDoNotForce() {
        for value in ["0", "false", "FALSE", ""] {
            XCTAssertFalse(enabled(["FORCE_COLOR": value], tty: false), "FORCE_COLOR=\(value)")
            XCTAssertFalse(enabled(["CLICOLOR_FORCE": value], tty: false), "CLICOLOR_FORCE=\(value)")
        }
        // Not forcing is not disabling: a terminal stays styled.
        XCTAssertTrue(enabled(["FORCE_COLOR": "0"], tty: true))
    }

    func testDumbTerminalAndClicolorZeroAreNotStyled() {
        XCTAssertFalse(enabled(["TERM": "dumb"], tty: true))
        XCTAssertFalse(enabled(["CLICOLOR": "0"], tty: true))
        XCTAssertTrue(enabled(["CLICOLOR": "1"], tty: true))
    }

    func testFileDescriptorThatIsNotATerminalIsNotStyled() throws {
        // A pipe is never a TTY; the same environment on a TTY would be styled.
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        XCTAssertFalse(TerminalStyle(fileDescriptor: fds[1], environment: ["TERM": "xterm"]).isEnabled)
        XCTAssertTrue(TerminalStyle(fileDescriptor: fds[1], environment: ["FORCE_COLOR": "1"]).isEnabled)
    }

    func testPaintEmitsSGRCodesInTableOrderAndResets() {
        let on = TerminalStyle(isEnabled: true)
        // bold = 1, cyan = 36 (ECMA-48 8.3.117), reset = 0.
        XCTAssertEqual(on.paint("x", [.cyan, .bold]), "\u{1B}[1;36mx\u{1B}[0m")
        XCTAssertEqual(on.paint("x", [.dim, .italic, .underline]), "\u{1B}[2;3;4mx\u{1B}[0m")
        XCTAssertEqual(on.paint("x", .red), "\u{1B}[31mx\u{1B}[0m")
        XCTAssertEqual(on.paint("x", .green), "\u{1B}[32mx\u{1B}[0m")
        XCTAssertEqual(on.paint("x", .yellow), "\u{1B}[33mx\u{1B}[0m")
        XCTAssertEqual(on.paint("x", .blue), "\u{1B}[34mx\u{1B}[0m")
        XCTAssertEqual(on.paint("x", .magenta), "\u{1B}[35mx\u{1B}[0m")
        XCTAssertEqual(on.paint("x", []), "x", "no style, no codes")
        XCTAssertEqual(on.paint("", .bold), "", "nothing to paint, no codes")
    }

    func testPlainStyleNeverEmitsEscapes() {
        let off = TerminalStyle.plain
        XCTAssertEqual(off.paint("passed", .success), "passed")
        XCTAssertEqual(off.success("ok") + off.failure("no") + off.warning("hm") + off.heading("H") + off.code("c") + off.path("p"),
                       "oknohmHcp")
    }

    func testSemanticHelpersUseTheirRoles() {
        let on = TerminalStyle(isEnabled: true)
        XCTAssertEqual(on.success("ok"), "\u{1B}[1;32mok\u{1B}[0m")
        XCTAssertEqual(on.failure("no"), "\u{1B}[1;31mno\u{1B}[0m")
        XCTAssertEqual(on.warning("hm"), "\u{1B}[1;33mhm\u{1B}[0m")
        XCTAssertEqual(on.heading("H"), "\u{1B}[1mH\u{1B}[0m")
        XCTAssertEqual(on.code("c"), "\u{1B}[36mc\u{1B}[0m")
        XCTAssertEqual(on.path("p"), "\u{1B}[4mp\u{1B}[0m")
    }

    func testRenderPaintsEachRun() {
        var text = StyledText("a ")
        text.append("b", style: .bold)
        XCTAssertEqual(TerminalStyle(isEnabled: true).render(text), "a \u{1B}[1mb\u{1B}[0m")
        XCTAssertEqual(TerminalStyle.plain.render(lines: [text, "c"]), "a b\nc")
    }
}

final class TerminalWidthTests: XCTestCase {
    func testTerminalColumnsWinOverColumnsVariable() {
        XCTAssertEqual(TerminalWidth.resolve(terminalColumns: 132, environment: ["COLUMNS": "60"]), 132)
    }

    func testColumnsVariableWhenNotATerminal() {
        XCTAssertEqual(TerminalWidth.resolve(terminalColumns: nil, environment: ["COLUMNS": "60"]), 60)
        XCTAssertEqual(TerminalWidth.resolve(terminalColumns: 0, environment: ["COLUMNS": " 72 "]), 72)
    }

    func testFallbackIs80ForMissingOrBadColumns() {
        for value in [nil, "", "wide", "-5", "0", "12.5"] as [String?] {
            let environment = value.map { ["COLUMNS": $0] } ?? [:]
            XCTAssertEqual(TerminalWidth.resolve(terminalColumns: nil, environment: environment), 80, "COLUMNS=\(value ?? "unset")")
        }
    }

    func testAPipeHasNoTerminalColumns() {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        XCTAssertNil(TerminalWidth.terminalColumns(fileDescriptor: fds[1]))
        XCTAssertEqual(TerminalWidth.columns(fileDescriptor: fds[1], environment: ["COLUMNS": "50"]), 50)
    }
}

final class TerminalTests: XCTestCase {
    func testNoColorHoldsForTheRealStreams() {
        // Whatever the test runner's streams are (terminal or pipe), NO_COLOR turns styling off.
        XCTAssertFalse(Terminal(stream: .standardOutput, environment: ["NO_COLOR": "1"]).style.isEnabled)
        XCTAssertFalse(Terminal(stream: .standardError, environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"]).style.isEnabled)
        XCTAssertTrue(Terminal(stream: .standardOutput, environment: ["FORCE_COLOR": "1"]).style.isEnabled)
    }
}
