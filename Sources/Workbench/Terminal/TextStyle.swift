/// The attributes a terminal can show on a run of text: weight, slant, underline and one of six
/// foreground colours, as ECMA-48 "Select Graphic Rendition" (SGR) parameters.
///
/// Styles combine as a set (`[.bold, .cyan]`). Two colours in one style both go out and the
/// terminal shows the later one, so callers pick one colour per run.
public struct TextStyle: OptionSet, Hashable, Sendable {
    /// One bit per attribute.
    public let rawValue: UInt16

    /// The style with the attributes of `rawValue`'s bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    // Attributes; the SGR number of each is in `sgrParameters`.
    public static let bold = TextStyle(rawValue: 1 << 0)
    public static let dim = TextStyle(rawValue: 1 << 1)
    public static let italic = TextStyle(rawValue: 1 << 2)
    public static let underline = TextStyle(rawValue: 1 << 3)
    public static let red = TextStyle(rawValue: 1 << 4)
    public static let green = TextStyle(rawValue: 1 << 5)
    public static let yellow = TextStyle(rawValue: 1 << 6)
    public static let blue = TextStyle(rawValue: 1 << 7)
    public static let magenta = TextStyle(rawValue: 1 << 8)
    public static let cyan = TextStyle(rawValue: 1 << 9)

    // Semantic roles: commands say what a piece of text is, and this one table says how it looks.

    /// A passed check, a completed step.
    public static let success: TextStyle = [.bold, .green]
    /// A failed check or an error.
    public static let failure: TextStyle = [.bold, .red]
    /// Something the learner should look at but that did not fail.
    public static let warning: TextStyle = [.bold, .yellow]
    /// A heading in lesson text or command output.
    public static let heading: TextStyle = [.bold]
    /// Swift code, identifiers and commands to type.
    public static let code: TextStyle = [.cyan]
    /// A file or folder path.
    public static let path: TextStyle = [.underline]

    /// SGR parameter of each attribute, in the order they are emitted (ECMA-48, section 8.3.117).
    static let sgrParameters: [(TextStyle, Int)] = [
        (.bold, 1), (.dim, 2), (.italic, 3), (.underline, 4),
        (.red, 31), (.green, 32), (.yellow, 33), (.blue, 34), (.magenta, 35), (.cyan, 36),
    ]

    /// The escape sequence that switches this style on, e.g. `ESC [ 1 ; 36 m`; empty for no style.
    var escapeSequence: String {
        let parameters = Self.sgrParameters.filter { contains($0.0) }.map { String($0.1) }
        return parameters.isEmpty ? "" : "\u{1B}[" + parameters.joined(separator: ";") + "m"
    }

    /// `ESC [ 0 m`: every attribute off.
    static let resetSequence = "\u{1B}[0m"
}
