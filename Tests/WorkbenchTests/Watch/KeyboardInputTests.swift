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
        write(fds[1], "x h\nl\nq\n", 8)
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

    func testKeyCharacters() {
        XCTAssertEqual(WatchKey("q"), .quit)
        XCTAssertEqual(WatchKey("H"), .hint)
        XCTAssertEqual(WatchKey("l"), .list)
        XCTAssertNil(WatchKey("\n"))
    }
}
