import Foundation

/// The libraries a Swift object file asks to be linked with: the NUL-separated entries of its
/// `.swift1_autolink_entries` ELF section (`-lswiftCore`, `-lFoundation`, ...), which is all
/// `swift-autolink-extract` reads. Reading them here saves a check starting that program (the
/// 200 MB compiler frontend under another name) for a few hundred bytes of work.
enum AutolinkEntries {
    static let sectionName = ".swift1_autolink_entries"

    /// The entries of `files`, each once, ordered as swift-autolink-extract orders them: entries
    /// it does not know first, in the order found, then the runtime libraries in its own fixed
    /// order (`order`, recorded from the tool itself). The order matters: the loader finds
    /// libXCTest's dependencies only when Foundation's libraries come before it.
    static func read(_ files: [URL], order: [String]) throws -> [String] {
        var seen = Set<String>()
        var entries: [String] = []
        for file in files {
            for entry in try read(file) where seen.insert(entry).inserted { entries.append(entry) }
        }
        let known = Set(order)
        return entries.filter { !known.contains($0) } + order.filter(seen.contains)
    }

    /// The entries of one 64-bit little-endian ELF object; none when it has no such section.
    static func read(_ file: URL) throws -> [String] {
        let data = try Data(contentsOf: file, options: .alwaysMapped)
        func fail(_ reason: String) -> CheckEngineError {
            .io("\(file.path) is not an object file the check engine can read (\(reason))")
        }
        guard data.count >= 64, data.prefix(4) == Data([0x7F, 0x45, 0x4C, 0x46]) else { throw fail("no ELF header") }
        guard data[4] == 2, data[5] == 1 else { throw fail("not 64-bit little-endian ELF") }
        return try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [String] in
            func integer<T: FixedWidthInteger>(_ offset: Int, as: T.Type) throws -> T {
                guard offset >= 0, offset + MemoryLayout<T>.size <= raw.count else { throw fail("a field past the end") }
                return T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
            }
            let sectionTable = Int(try integer(0x28, as: UInt64.self))
            let entrySize = Int(try integer(0x3A, as: UInt16.self))
            let count = Int(try integer(0x3C, as: UInt16.self))
            let namesIndex = Int(try integer(0x3E, as: UInt16.self))
            func section(_ index: Int) throws -> (name: Int, offset: Int, size: Int) {
                let header = sectionTable + index * entrySize
                return (Int(try integer(header, as: UInt32.self)), Int(try integer(header + 24, as: UInt64.self)),
                        Int(try integer(header + 32, as: UInt64.self)))
            }
            guard namesIndex < count else { throw fail("no section names") }
            let names = try section(namesIndex)
            let wanted = Array(sectionName.utf8)
            for index in 0..<count {
                let candidate = try section(index)
                let nameStart = names.offset + candidate.name
                guard nameStart + wanted.count < raw.count,
                      raw[nameStart..<nameStart + wanted.count].elementsEqual(wanted), raw[nameStart + wanted.count] == 0 else { continue }
                guard candidate.offset + candidate.size <= raw.count else { throw fail("a section past the end") }
                return raw[candidate.offset..<candidate.offset + candidate.size].split(separator: 0)
                    .map { String(decoding: $0, as: UTF8.self) }
            }
            return []
        }
    }
}
