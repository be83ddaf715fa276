/// Gives each distinct field text a small integer code, comparing raw bytes, so that a categorical
/// column of 32,561 rows with 9 distinct values creates 9 strings rather than 32,561.
///
/// An open-addressing hash table (linear probing, FNV-1a hashes, load factor at most 1/2) over
/// byte ranges of the source buffer. Two fields with different bytes but the same text (a quoted
/// `"a""b"` and an unquoted `a"b`) get two codes; the caller's level merge joins them.
struct FieldInterner {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Per slot: the code stored there, or -1 when empty.
    private var slots: [Int32]
    private var mask: Int
    /// Per code: its bytes and hash.
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Per code: the first field that had it (to decode its text once).
    private(set) var firstField: [Field] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        slots = [Int32](repeating: -1, count: 64)
        mask = 63
    }

    var count: Int { firstField.count }

    /// The code of `field`'s bytes, adding it if new.
    mutating func code(_ field: Field) -> Int32 {
        let start = field.start, end = field.end
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start ..< end { hash = (hash ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3 }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let code = slots[slot]
            if code < 0 { break }
            if hashes[Int(code)] == hash, sameBytes(Int(code), start, end) { return code }
            slot = (slot + 1) & mask
        }
        let code = Int32(count)
        starts.append(start)
        ends.append(end)
        hashes.append(hash)
        firstField.append(field)
        slots[slot] = code
        if count * 2 > slots.count { grow() }
        return code
    }

    private func sameBytes(_ code: Int, _ start: Int, _ end: Int) -> Bool {
        let otherStart = starts[code]
        guard ends[code] - otherStart == end - start else { return false }
        for i in 0 ..< (end - start) where bytes[otherStart + i] != bytes[start + i] { return false }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for code in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[code]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }
}
