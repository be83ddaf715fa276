/// Reads the fields that `DelimitedTextTokenizer` found as missing markers, numbers, flags or text,
/// straight from the bytes.
struct FieldDecoder {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Missing-value tokens as bytes; the empty field is always missing and is not listed here.
    let missingTokens: [[UInt8]]
    /// Whether some token starts with byte b: most fields are ruled out by their first byte.
    private let tokenStarts: [Bool]

    init(bytes: UnsafeBufferPointer<UInt8>, missingTokens: [String]) {
        self.bytes = bytes
        self.missingTokens = missingTokens.filter { !$0.isEmpty }.map { Array($0.utf8) }
        var starts = [Bool](repeating: false, count: 256)
        for token in self.missingTokens { starts[Int(token[0])] = true }
        tokenStarts = starts
    }

    /// Whether `field` is missing: empty (quoted or not), or unquoted and equal to a token.
    /// Quoting is how a file says "this text, literally", so `"NA"` in quotes is the text NA.
    @inline(__always)
    func isMissing(_ field: Field) -> Bool {
        let start = field.start, end = field.end
        if start == end { return true }
        if !tokenStarts[Int(bytes[start])] || field.flags & Field.quoted != 0 { return false }
        let length = end - start
        for token in missingTokens where token.count == length {
            var same = true
            for i in 0..<length where bytes[start + i] != token[i] {
                same = false
                break
            }
            if same { return true }
        }
        return false
    }

    /// `field` as text, quotes undoubled. The bytes were validated as UTF-8 beforehand.
    func text(_ field: Field) -> String {
        let range = field.start ..< field.end
        guard field.flags & Field.doubledQuotes != 0 else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            out.append(bytes[i])
            // Inside a quoted field every quote comes doubled: keep one, skip its twin.
            i += bytes[i] == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `field` as a finite number, or `nil` when it is not one.
    ///
    /// Accepted: optional spaces or tabs around `[+-] digits [. digits] [(e|E) [+-] digits]`, also
    /// `.5` and `5.`. Not accepted: `inf`, `nan`, hexadecimal, thousands separators, or a value
    /// beyond Double's range, so such a column stays text instead of holding infinities.
    /// Integers of up to 18 digits convert exactly by integer arithmetic; everything else goes
    /// through Swift's correctly rounded `Double(String)`.
    func number(_ field: Field) -> Double? {
        var i = field.start, end = field.end
        while i < end, isBlank(bytes[i]) { i += 1 }
        while end > i, isBlank(bytes[end - 1]) { end -= 1 }
        guard i < end else { return nil }
        let textStart = i
        var negative = false
        if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var integer: Int64 = 0
        var integerDigits = 0
        while i < end, let d = digit(bytes[i]) {
            if integerDigits < 18 { integer = integer * 10 + Int64(d) }
            integerDigits += 1
            i += 1
        }
        var isInteger = true
        var fractionDigits = 0
        if i < end, bytes[i] == UInt8(ascii: ".") {
            isInteger = false
            i += 1
            while i < end, digit(bytes[i]) != nil { fractionDigits += 1; i += 1 }
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            isInteger = false
            i += 1
            if i < end, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            var exponentDigits = 0
            while i < end, digit(bytes[i]) != nil { exponentDigits += 1; i += 1 }
            guard exponentDigits > 0 else { return nil }
        }
        guard i == end else { return nil }
        if isInteger, integerDigits <= 18 {
            return negative ? -Double(integer) : Double(integer)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[textStart ..< end]), as: UTF8.self)
        guard let x = Double(text), x.isFinite else { return nil }
        return x
    }

    /// `field` as a flag: `true`/`false` in any letter case, and also `1`/`0` when
    /// `acceptingDigits` (a column declared boolean); otherwise `nil`.
    func flag(_ field: Field, acceptingDigits: Bool) -> Bool? {
        let start = field.start, end = field.end
        let length = end - start
        func matches(_ word: StaticString) -> Bool {
            guard word.utf8CodeUnitCount == length else { return false }
            for i in 0..<length where bytes[start + i] | 0x20 != word.utf8Start[i] { return false }
            return true
        }
        if matches("true") { return true }
        if matches("false") { return false }
        if acceptingDigits, length == 1 {
            if bytes[start] == UInt8(ascii: "1") { return true }
            if bytes[start] == UInt8(ascii: "0") { return false }
        }
        return nil
    }

    @inline(__always)
    private func digit(_ b: UInt8) -> UInt8? {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") ? b - UInt8(ascii: "0") : nil
    }

    @inline(__always)
    private func isBlank(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
}
