import Foundation
import XCTest
@testable import Workbench

final class KeyboardInputTests: XCTestCase {
    func testKeysFromAPipeAndItsEnd() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]) }
        var input = KeyboardInput(descriptor: fds[0])

        XCTAssertNil(input.nextKey(timeout: 0.01), "no input yet: the wait times out")
        write(fds[1], "z h\nl\nq\n", 8)
        XCTAssertEqual(input.nextKey(timeout: 1), .hint, "characters that are no key are skipped")
        XCTAssertEqual(input.nextKey(timeout: 1), .list)
        XCTAssertEqual(input.nextKey(timeout: 1), .quit)
        XCTAssertNil(input.nextKey(timeout: 0.01))
        close(fds[1])
        XCTAssertEqual(input.nextKey(timeout: 1), .endOfInput)
        XCTAssertEqual(input.nextKey(timeout: 1), .endOfInput)
    }

    func testRawModeIsRefusedForAPipe() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        XCTAssertFalse(RawTerminalMode.enable(descriptor: fds[0]))
        RawTerminalMode.restore()   // nothing saved: must do nothing
    }

    func testRawModeOnATerminalAndItsRestore() throws {
        // A pseudo-terminal pair stands in for the learner's terminal.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        XCTAssertGreaterThanOrEqual(master, 0)
        defer { close(master) }
        XCTAssertEqual(PseudoTerminal.unlock(master), 0)
        let name = String(cString: try XCTUnwrap(PseudoTerminal.name(master)))
        let terminal = open(name, O_RDWR | O_NOCTTY)
        XCTAssertGreaterThanOrEqual(terminal, 0)
        defer { close(terminal) }
        func localFlags() -> tcflag_t {
            var settings = termios()
            XCTAssertEqual(tcgetattr(terminal, &settings), 0)
            return settings.c_lflag
        }
        let before = localFlags()
        XCTAssertNotEqual(before & tcflag_t(ICANON | ECHO), 0, "a fresh terminal is line-buffered and echoes")

        XCTAssertTrue(RawTerminalMode.enable(descriptor: terminal))
        XCTAssertEqual(localFlags() & tcflag_t(ICANON | ECHO), 0, "keys arrive one by one, unechoed")
        XCTAssertNotEqual(localFlags() & tcflag_t(ISIG), 0, "Ctrl-C still interrupts")
        // A key typed on the terminal arrives without Enter.
        XCTAssertEqual(write(master, "h", 1), 1)
        var input = KeyboardInput(descriptor: terminal)
        XCTAssertEqual(input.nextKey(timeout: 1), WatchKey.hint)

        RawTerminalMode.restore()
        XCTAssertEqual(localFlags(), before)
    }

    func testKeyCharacters() {
        XCTAssertEqual(WatchKey("q"), .quit)
        XCTAssertEqual(WatchKey("H"), .hint)
        XCTAssertEqual(WatchKey("l"), .list)
        XCTAssertNil(WatchKey("\n"))
    }
}

/// unlockpt(3) and ptsname(3), looked up at run time: Swift's Glibc module does not export them
/// (they need _XOPEN_SOURCE).
private enum PseudoTerminal {
    private typealias Unlock = @convention(c) (Int32) -> Int32
    private typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static let handle = dlopen(nil, RTLD_NOW)

    static func unlock(_ master: Int32) -> Int32 {
        guard let symbol = dlsym(handle, "unlockpt") else { return -1 }
        return unsafeBitCast(symbol, to: Unlock.self)(master)
    }

    static func name(_ master: Int32) -> UnsafeMutablePointer<CChar>? {
        guard let symbol = dlsym(handle, "ptsname") else { return nil }
        return unsafeBitCast(symbol, to: Name.self)(master)
    }
}
