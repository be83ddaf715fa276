#if canImport(Glibc)
import Glibc
#endif

/// Whether output to one stream carries ANSI styling, and the painting itself.
///
/// The decision, from the first rule that applies:
/// 1. `NO_COLOR` set to any non-empty value: no styling, whatever else is set
///    (https://no-color.org: "when present and not an empty string (regardless of its value),
///    prevents the addition of ANSI color").
/// 2. `FORCE_COLOR` non-empty, or `CLICOLOR_FORCE` non-empty, and neither "0" nor "false":
///    styling, even into a pipe or on a dumb terminal (https://force-color.org,
///    https://bixense.com/clicolors). "0" and "false" mean "do not force", as in Node.js.
/// 3. `CLICOLOR=0`: no styling (bixense.com/clicolors).
/// 4. The stream is not a terminal (`isatty` is false): no styling, so files and pipes get clean text.
/// 5. `TERM=dumb`: no styling (the terminal cannot show it).
/// 6. Otherwise: styling.
///
/// NO_COLOR beats FORCE_COLOR because the brief and no-color.org make "never" absolute; a user who
/// exported both meant the stricter one.
public struct TerminalStyle: Sendable, Equatable {
    /// Whether escape codes are emitted.
    public let isEnabled: Bool

    /// A fixed decision, for tests and for `--color=always|never` style options.
    public init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    /// Never styles: for files, JSON and tests.
    public static let plain = TerminalStyle(isEnabled: false)

    /// Decides by the rules above from an explicit environment and TTY flag, so that tests need
    /// no real terminal.
    public init(environment: [String: String], isTTY: Bool) {
        func nonEmpty(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        let forced = [nonEmpty("FORCE_COLOR"), nonEmpty("CLICOLOR_FORCE")].contains { value in
            guard let value else { return false }
            return value != "0" && value.lowercased() != "false"
        }
        if nonEmpty("NO_COLOR") != nil {
            isEnabled = false
        } else if forced {
            isEnabled = true
        } else if environment["CLICOLOR"] == "0" || !isTTY || environment["TERM"] == "dumb" {
            isEnabled = false
        } else {
            isEnabled = true
        }
    }

    /// The decision for an open file descriptor (1 for standard output, 2 for standard error).
    public init(fileDescriptor: Int32, environment: [String: String]) {
        self.init(environment: environment, isTTY: isatty(fileDescriptor) == 1)
    }

    /// `text` in `style` when styling is on, `text` unchanged when it is off.
    public func paint(_ text: String, _ style: TextStyle) -> String {
        guard isEnabled, !style.isEmpty, !text.isEmpty else { return text }
        return style.escapeSequence + text + TextStyle.resetSequence
    }

    /// The styled text as a string: each run painted in its style, or the plain text.
    public func render(_ text: StyledText) -> String {
        text.runs.map { paint($0.text, $0.style) }.joined()
    }

    /// Lines joined with "\n" (no newline after the last).
    public func render(lines: [StyledText]) -> String {
        lines.map(render).joined(separator: "\n")
    }

    /// `text` painted as `TextStyle.success` (and so on for the five helpers below).
    public func success(_ text: String) -> String { paint(text, .success) }
    public func failure(_ text: String) -> String { paint(text, .failure) }
    public func warning(_ text: String) -> String { paint(text, .warning) }
    public func heading(_ text: String) -> String { paint(text, .heading) }
    public func code(_ text: String) -> String { paint(text, .code) }
    public func path(_ text: String) -> String { paint(text, .path) }
}
