import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How many columns output to a stream should fill.
public enum TerminalWidth {
    /// The width used when neither the terminal nor the environment says: the classic VT100 line.
    public static let fallback = 80

    /// The width for an open file descriptor: the terminal's own column count (the TIOCGWINSZ
    /// ioctl) when the stream is a terminal that reports one, else `$COLUMNS` when it is a positive
    /// whole number, else 80. The order is GNU ls's: a resized terminal knows better than a
    /// `COLUMNS` exported when the shell started, while pipes and CI logs can still be sized by
    /// `COLUMNS`.
    public static func columns(fileDescriptor: Int32, environment: [String: String]) -> Int {
        resolve(terminalColumns: terminalColumns(fileDescriptor: fileDescriptor), environment: environment)
    }

    /// The rule of `columns(fileDescriptor:environment:)` with the ioctl's answer given, for tests.
    public static func resolve(terminalColumns: Int?, environment: [String: String]) -> Int {
        if let terminalColumns, terminalColumns > 0 { return terminalColumns }
        if let text = environment["COLUMNS"]?.trimmingCharacters(in: .whitespaces),
           let columns = Int(text), columns > 0 {
            return columns
        }
        return fallback
    }

    /// The column count the terminal driver reports, or nil when `fileDescriptor` is not a
    /// terminal or the driver reports 0 (a serial console that was never sized).
    static func terminalColumns(fileDescriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
