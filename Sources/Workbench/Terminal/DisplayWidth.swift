/// How many terminal columns a character takes: 0 for controls and lone combining marks, 2 for
/// East Asian wide and fullwidth characters and for emoji shown as pictures, 1 otherwise.
///
/// This approximates Unicode Standard Annex #11 (East Asian Width) and `wcwidth(3)` with the
/// ranges a course text can plausibly contain; the standard library has no width property.
func displayWidth(of character: Character) -> Int {
    if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }  // the common case, fast
    guard let first = character.unicodeScalars.first else { return 0 }
    switch first.properties.generalCategory {
    case .control, .format, .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator:
        return 0
    default:
        break
    }
    if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }  // emoji presentation selector
    if first.properties.isEmojiPresentation { return 2 }
    return wideRanges.contains { $0.contains(first.value) } ? 2 : 1
}

/// The blocks UAX #11 marks W (wide) or F (fullwidth) that hold assigned characters.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2E80...0x303E,  // CJK radicals, Kangxi, CJK symbols and punctuation
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, CJK compatibility
    0x3400...0x4DBF,  // CJK unified ideographs extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE30...0xFE4F,  // CJK compatibility forms
    0xFF00...0xFF60,  // fullwidth forms
    0xFFE0...0xFFE6,  // fullwidth signs
    0x20000...0x3FFFD,  // CJK extensions B and later
]

extension StringProtocol {
    /// The number of terminal columns the text takes (see `displayWidth(of:)`); the text must not
    /// contain escape sequences.
    var displayWidth: Int { reduce(0) { $0 + Workbench.displayWidth(of: $1) } }
}
