import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a command's output goes: standard output for results, standard error for errors and
/// warnings. Tests substitute closures that capture the text.
final class Console: Sendable {
    let writeOutput: @Sendable (String) -> Void
    let writeError: @Sendable (String) -> Void
    /// Whether standard output is a terminal (styling and raw keys depend on it).
    let outputIsTerminal: Bool
    let errorIsTerminal: Bool
    let inputIsTerminal: Bool

    init(writeOutput: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
         outputIsTerminal: Bool = false, errorIsTerminal: Bool = false, inputIsTerminal: Bool = false) {
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.inputIsTerminal = inputIsTerminal
    }

    /// The process's own standard streams.
    static func standard() -> Console {
        Console(writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
                writeError: { FileHandle.standardError.write(Data($0.utf8)) },
                outputIsTerminal: isatty(STDOUT_FILENO) == 1,
                errorIsTerminal: isatty(STDERR_FILENO) == 1,
                inputIsTerminal: isatty(STDIN_FILENO) == 1)
    }

    /// Prints a line (or lines) on standard output.
    func line(_ text: String = "") { writeOutput(text + "\n") }

    /// Prints a line (or lines) on standard error.
    func errorLine(_ text: String) { writeError(text + "\n") }

    /// Prints `value` as JSON on standard output: pretty, keys sorted, so output is stable.
    func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        line(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
