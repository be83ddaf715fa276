import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One output stream of the process with what commands need to know to write to it: whether it is
/// a terminal, whether to style, and how wide to lay text out.
public struct Terminal: Sendable {
    /// Standard output or standard error.
    public enum Stream: Sendable {
        case standardOutput, standardError

        var fileDescriptor: Int32 { self == .standardOutput ? 1 : 2 }
    }

    /// Which stream this is.
    public let stream: Stream
    /// Whether the stream is a terminal (`isatty`): decides in-place status updates.
    public let isTTY: Bool
    /// Whether to emit escape codes (see `TerminalStyle` for the rules).
    public let style: TerminalStyle
    /// Columns to lay text out in (see `TerminalWidth`).
    public let width: Int

    /// A stream described explicitly, for tests and for commands that override the detection
    /// (a `--width` option, say).
    public init(stream: Stream, isTTY: Bool, style: TerminalStyle, width: Int) {
        self.stream = stream
        self.isTTY = isTTY
        self.style = style
        self.width = width
    }

    /// The stream as it is for this process, judged by `environment` (the process's own by default).
    public init(stream: Stream, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let fd = stream.fileDescriptor
        let isTTY = isatty(fd) == 1
        self.init(stream: stream, isTTY: isTTY,
                  style: TerminalStyle(environment: environment, isTTY: isTTY),
                  width: TerminalWidth.columns(fileDescriptor: fd, environment: environment))
    }
}
