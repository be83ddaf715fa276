import Foundation

/// `text` without its SGR escape sequences (ESC [ digits and semicolons m): what a reader of the
/// styled output sees, for comparing styled renderings with plain ones.
func removingEscapes(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
}
