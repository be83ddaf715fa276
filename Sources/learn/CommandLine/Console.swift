import Foundation
import Workbench
#if canImport(Glibc)
import Glibc
#endif

/// Where a command's output goes: standard output for results, standard error for errors and
/// warnings, each with its terminal facts (styling per NO_COLOR and isatty, width) from the
/// terminal layer. Tests substitute closures that capture the text.
final class Console: Sendable {
    let writeOutput: @Sendable (String) -> Void
    let writeError: @Sendable (String) -> Void
    /// Standard output: whether it is a terminal, whether to style, how wide.
    let output: Terminal
    /// Standard error, likewise.
    let error: Terminal
    /// Whether standard input is a terminal (`learn watch` reads keys raw then).
    let inputIsTerminal: Bool

    init(writeOutput: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
         output: Terminal = Console.plain(.standardOutput), error: Terminal = Console.plain(.standardError),
         inputIsTerminal: Bool = false) {
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.output = output
        self.error = error
        self.inputIsTerminal = inputIsTerminal
    }

    /// The process's own standard streams, styled as `environment` and the streams allow.
    static func standard(environment: [String: String]) -> Console {
        Console(writeOutput: { write($0, to: .standardOutput) },
                writeError: { write($0, to: .standardError) },
                output: Terminal(stream: .standardOutput, environment: environment),
                error: Terminal(stream: .standardError, environment: environment),
                inputIsTerminal: isatty(STDIN_FILENO) == 1)
    }

    /// Writes `text` to `handle`. When the reader has gone (`learn list | head` closing the
    /// pipe), the process ends as a program killed by SIGPIPE would (status 141), instead of
    /// trapping on the failed write.
    private static func write(_ text: String, to handle: FileHandle) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            exit(128 + SIGPIPE)
        }
    }

    /// A stream that is not a terminal, 80 columns wide, unstyled.
    static func plain(_ stream: Terminal.Stream) -> Terminal {
        Terminal(stream: stream, isTTY: false, style: .plain, width: 80)
    }

    /// Prints a line (or lines) on standard output.
    func line(_ text: String = "") { writeOutput(text + "\n") }

    /// Prints styled lines on standard output, painted as standard output allows.
    func lines(_ lines: [StyledText]) {
        guard !lines.isEmpty else { return }
        writeOutput(output.style.render(lines: lines) + "\n")
    }

    /// Prints one styled line on standard output.
    func line(_ text: StyledText) { lines([text]) }

    /// Prints "error: message" on standard error, the label in the failure style.
    func error(_ message: String) {
        writeError(error.style.render(StyledText("error:", style: .failure) + StyledText(" " + message)) + "\n")
    }

    /// Prints "warning: message" on standard error, the label in the warning style.
    func warning(_ message: String) {
        writeError(error.style.render(StyledText("warning:", style: .warning) + StyledText(" " + message)) + "\n")
    }

    /// Prints `value` as JSON on standard output: pretty, keys sorted, so output is stable.
    func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        line(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
