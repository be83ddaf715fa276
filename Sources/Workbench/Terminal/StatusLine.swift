import Foundation

/// One line of "what is happening now" for long commands (verify, audit), without a spinner.
///
/// On a terminal each update overwrites the line in place (carriage return, then ESC [ 2 K to
/// erase it), cut to the width so it never wraps, which would leave the carriage return on the
/// wrong line. Into a pipe or a log there is nothing to overwrite: each update becomes its own
/// line, and an update equal to the previous one is dropped, so CI logs stay short.
public struct StatusLine {
    private let interactive: Bool
    private let width: Int
    private let style: TerminalStyle
    private let write: (String) -> Void
    private var last: StyledText?

    /// - Parameters:
    ///   - interactive: whether the stream is a terminal (`Terminal.isTTY`), not whether it is
    ///     styled: NO_COLOR turns off colour, not in-place updates.
    ///   - write: receives the exact bytes to write.
    public init(interactive: Bool, width: Int, style: TerminalStyle, write: @escaping (String) -> Void) {
        self.interactive = interactive
        self.width = width
        self.style = style
        self.write = write
    }

    /// Shows `text` as the current status. Newlines in it become spaces.
    public mutating func update(_ text: StyledText) {
        let text = Self.singleLine(text)
        guard text != last else { return }
        last = text
        if interactive {
            // One column short of the width: writing the last column makes some terminals wrap.
            write("\r" + Self.eraseLine + style.render(text.truncated(toWidth: max(1, width - 1))))
        } else {
            write(style.render(text) + "\n")
        }
    }

    /// Ends the status line: on a terminal, erases it and writes `text` (if any) as a lasting
    /// line; elsewhere writes `text` unless it repeats the last update.
    public mutating func finish(_ text: StyledText? = nil) {
        if interactive {
            let closing = text.map { style.render(Self.singleLine($0)) + "\n" } ?? ""
            if last != nil || !closing.isEmpty { write("\r" + Self.eraseLine + closing) }
        } else if let text, Self.singleLine(text) != last {
            write(style.render(Self.singleLine(text)) + "\n")
        }
        last = nil
    }

    /// ECMA-48 "Erase in Line", whole line.
    static let eraseLine = "\u{1B}[2K"

    private static func singleLine(_ text: StyledText) -> StyledText {
        var result = StyledText()
        for run in text.runs {
            result.append(run.text.replacingOccurrences(of: "\n", with: " "), style: run.style)
        }
        return result
    }
}
