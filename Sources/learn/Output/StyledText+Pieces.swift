import Workbench

extension StyledText {
    /// A line built from pieces, plain and styled, one after another (long `+` chains of mixed
    /// literals defeat the type checker).
    static func joining(_ pieces: StyledText...) -> StyledText {
        pieces.reduce(StyledText(), +)
    }

    /// A command to type, such as `learn check`.
    static func command(_ text: String) -> StyledText { StyledText(text, style: .code) }

    /// A workspace path.
    static func path(_ text: String) -> StyledText { StyledText(text, style: .path) }
}
