/// The offset of the first byte that starts an ill-formed UTF-8 sequence, or `nil` when all of
/// `bytes` is well-formed UTF-8.
///
/// Well-formed means the Unicode Standard's table 3-7 ("Well-Formed UTF-8 Byte Sequences"): no
/// overlong forms, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequence.
/// Checking this up front lets the reader turn any field into a `String` without the silent
/// U+FFFD replacement that `String(decoding:as:)` would otherwise make.
func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let n = bytes.count
    var i = 0
    while i < n {
        let lead = bytes[i]
        if lead < 0x80 {
            i += 1
            continue
        }
        // The allowed range of the second byte depends on the lead byte; later bytes are 80..BF.
        let length: Int
        var secondLow: UInt8 = 0x80, secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondLow = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondHigh = 0x9F
        case 0xF0: length = 4; secondLow = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondHigh = 0x8F
        default: return i
        }
        guard i + length <= n, (secondLow...secondHigh).contains(bytes[i + 1]) else { return i }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return i }
        i += length
    }
    return nil
}

/// The 1-based line holding byte `offset`, counting a line break as "\n", "\r\n" or a lone "\r"
/// (the same rule as the tokenizer's).
func lineNumber(atByteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    var i = 0
    while i < min(offset, bytes.count) {
        if bytes[i] == UInt8(ascii: "\n") {
            line += 1
        } else if bytes[i] == UInt8(ascii: "\r"), i + 1 >= bytes.count || bytes[i + 1] != UInt8(ascii: "\n") {
            line += 1
        }
        i += 1
    }
    return line
}
