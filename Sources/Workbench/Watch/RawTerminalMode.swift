import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a terminal in "cbreak" mode for `learn watch`: keys arrive one at a time without Enter
/// and are not echoed. Output processing and signals stay on, so Ctrl-C still interrupts; the
/// saved settings are restored by `restore()`, and by a SIGINT/SIGTERM handler before the process
/// dies, so the learner's shell is never left without echo.
public enum RawTerminalMode {
    /// Switches `descriptor` (a terminal) to cbreak mode; returns false when it is not a terminal.
    @discardableResult
    public static func enable(descriptor: Int32 = STDIN_FILENO) -> Bool {
        var settings = termios()
        guard isatty(descriptor) == 1, tcgetattr(descriptor, &settings) == 0 else { return false }
        savedSettings = settings
        savedDescriptor = descriptor
        settings.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &settings.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        signal(SIGINT, restoreAndDie)
        signal(SIGTERM, restoreAndDie)
        return tcsetattr(descriptor, TCSANOW, &settings) == 0
    }

    /// Puts the saved settings back (does nothing if `enable` did not change them).
    public static func restore() {
        guard var settings = savedSettings else { return }
        tcsetattr(savedDescriptor, TCSANOW, &settings)
        savedSettings = nil
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }

    // A signal handler cannot capture context, so the settings to restore live in globals; they
    // are written before the handler is installed and only read by it.
    nonisolated(unsafe) private static var savedSettings: termios?
    nonisolated(unsafe) private static var savedDescriptor: Int32 = STDIN_FILENO
}

/// Restores the terminal, then dies of the same signal with its default action (so the shell
/// sees an interrupted process, exit status 128 + signal).
private func restoreAndDie(_ signalNumber: Int32) {
    RawTerminalMode.restore()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
