import Foundation

/// A POSIX ustar archive of regular files: what `learn submit` writes and `learn grade` reads.
///
/// Why tar: instructors can open a submission with any `tar`, and the format is small enough to
/// read and write here without a package. Writing is deterministic (owner 0, mode 0644, time 0,
/// entries in the order given), so the same files give the same bytes and the same digest.
///
/// Reading treats the archive as hostile (a submission is learner-made): only regular files
/// are accepted, paths must be relative without `..`, empty or duplicate names, every header's
/// checksum must hold, and sizes are capped. Anything else is a `TarArchive.Problem` naming the
/// entry, never a crash and never a file written outside the target.
public enum TarArchive {
    /// One file in an archive.
    public struct Entry: Sendable, Equatable {
        /// The relative path, `/`-separated.
        public var path: String
        public var contents: Data

        public init(path: String, contents: Data) {
            self.path = path
            self.contents = contents
        }
    }

    /// Limits on what a read accepts.
    public struct Limits: Sendable, Equatable {
        /// Largest single file.
        public var fileBytes: Int
        /// Largest total of all files.
        public var totalBytes: Int
        /// Most entries.
        public var entries: Int

        public init(fileBytes: Int = 4 << 20, totalBytes: Int = 64 << 20, entries: Int = 2_000) {
            self.fileBytes = fileBytes
            self.totalBytes = totalBytes
            self.entries = entries
        }
    }

    /// Why an archive was refused.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case truncated(offset: Int)
        case badChecksum(offset: Int)
        case notARegularFile(path: String, type: String)
        case unsafePath(String)
        case duplicatePath(String)
        case tooLarge(path: String, bytes: Int, limit: Int)
        case tooManyEntries(limit: Int)
        case nameTooLong(String)

        public var description: String {
            switch self {
            case .truncated(let offset): return "the archive ends in the middle of an entry (byte \(offset))"
            case .badChecksum(let offset): return "the header at byte \(offset) is damaged (checksum mismatch); this is not a tar archive, or it was cut"
            case let .notARegularFile(path, type): return "\(path) is a \(type), not a regular file; submissions hold files only"
            case .unsafePath(let path): return "'\(path)' is absolute, empty or climbs out with '..'; entries must stay inside the submission"
            case .duplicatePath(let path): return "\(path) appears twice"
            case let .tooLarge(path, bytes, limit): return "\(path) has \(bytes) bytes, more than the \(limit) allowed"
            case .tooManyEntries(let limit): return "more than \(limit) entries"
            case .nameTooLong(let path): return "'\(path)' is too long for a tar header (255 bytes, split at a '/')"
            }
        }
    }

    static let blockSize = 512

    /// The archive of `entries`, in order. Throws `Problem.unsafePath` / `.nameTooLong` for names
    /// that could not be read back.
    public static func write(_ entries: [Entry]) throws(Problem) -> Data {
        var data = Data()
        for entry in entries {
            guard isSafe(entry.path) else { throw .unsafePath(entry.path) }
            data += try header(for: entry)
            data += entry.contents
            data += Data(count: padding(entry.contents.count))
        }
        data += Data(count: 2 * blockSize)
        return data
    }

    /// The files of `archive`, checked against `limits`.
    public static func read(_ archive: Data, limits: Limits = Limits()) throws(Problem) -> [Entry] {
        let bytes = [UInt8](archive)
        var entries: [Entry] = []
        var seen: Set<String> = []
        var total = 0
        var offset = 0
        while offset + blockSize <= bytes.count {
            let header = bytes[offset ..< offset + blockSize]
            if header.allSatisfy({ $0 == 0 }) { return entries }   // end-of-archive marker
            guard checksumHolds(header) else { throw .badChecksum(offset: offset) }
            let name = field(header, 0, 100), prefix = field(header, 345, 155)
            let path = prefix.isEmpty ? name : prefix + "/" + name
            let size = octal(header, 124, 12)
            let type = header[header.startIndex + 156]
            switch type {
            case UInt8(ascii: "0"), 0: break
            case UInt8(ascii: "5"):   // a folder: implied by its files' paths
                offset += blockSize
                continue
            default: throw .notARegularFile(path: path, type: typeName(type))
            }
            guard let size, size >= 0 else { throw .badChecksum(offset: offset) }
            guard isSafe(path) else { throw .unsafePath(path) }
            guard seen.insert(path).inserted else { throw .duplicatePath(path) }
            guard size <= limits.fileBytes else { throw .tooLarge(path: path, bytes: size, limit: limits.fileBytes) }
            total += size
            guard total <= limits.totalBytes else { throw .tooLarge(path: path, bytes: total, limit: limits.totalBytes) }
            guard entries.count < limits.entries else { throw .tooManyEntries(limit: limits.entries) }
            let start = offset + blockSize
            guard start + size <= bytes.count else { throw .truncated(offset: bytes.count) }
            entries.append(Entry(path: path, contents: Data(bytes[start ..< start + size])))
            offset = start + size + padding(size)
        }
        throw .truncated(offset: offset)
    }

    /// Whether `path` stays inside the folder it is extracted to.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0") else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.contains { $0 == ".." || $0.isEmpty || $0 == "." }
    }

    private static func padding(_ size: Int) -> Int { (blockSize - size % blockSize) % blockSize }

    private static func header(for entry: Entry) throws(Problem) -> Data {
        var header = [UInt8](repeating: 0, count: blockSize)
        let (prefix, name) = try splitName(entry.path)
        put(name, into: &header, at: 0, width: 100)
        put("0000644\0", into: &header, at: 100, width: 8)
        put("0000000\0", into: &header, at: 108, width: 8)
        put("0000000\0", into: &header, at: 116, width: 8)
        put(String(format: "%011o\0", entry.contents.count), into: &header, at: 124, width: 12)
        put("00000000000\0", into: &header, at: 136, width: 12)
        put("        ", into: &header, at: 148, width: 8)   // spaces while the checksum is summed
        header[156] = UInt8(ascii: "0")
        put("ustar\0" + "00", into: &header, at: 257, width: 8)
        put(prefix, into: &header, at: 345, width: 155)
        let sum = header.reduce(0) { $0 + Int($1) }
        put(String(format: "%06o\0 ", sum), into: &header, at: 148, width: 8)
        return Data(header)
    }

    /// ustar keeps 100 bytes of name and 155 of prefix, split at a `/`.
    private static func splitName(_ path: String) throws(Problem) -> (prefix: String, name: String) {
        let utf8 = Array(path.utf8)
        if utf8.count <= 100 { return ("", path) }
        for index in utf8.indices.reversed() where utf8[index] == UInt8(ascii: "/") {
            let prefix = utf8[..<index], name = utf8[(index + 1)...]
            if prefix.count <= 155, name.count <= 100, !name.isEmpty {
                return (String(decoding: prefix, as: UTF8.self), String(decoding: name, as: UTF8.self))
            }
        }
        throw .nameTooLong(path)
    }

    private static func put(_ text: String, into header: inout [UInt8], at offset: Int, width: Int) {
        for (index, byte) in text.utf8.prefix(width).enumerated() { header[offset + index] = byte }
    }

    private static func field(_ header: ArraySlice<UInt8>, _ offset: Int, _ width: Int) -> String {
        let start = header.startIndex + offset
        let raw = header[start ..< start + width].prefix { $0 != 0 }
        return String(decoding: raw, as: UTF8.self)
    }

    private static func octal(_ header: ArraySlice<UInt8>, _ offset: Int, _ width: Int) -> Int? {
        let text = field(header, offset, width).trimmingCharacters(in: CharacterSet(charactersIn: " \0"))
        return text.isEmpty ? 0 : Int(text, radix: 8)
    }

    private static func checksumHolds(_ header: ArraySlice<UInt8>) -> Bool {
        guard let stored = octal(header, 148, 8) else { return false }
        var sum = 0
        for (index, byte) in header.enumerated() { sum += (148 ..< 156).contains(index) ? 32 : Int(byte) }
        return sum == stored
    }

    private static func typeName(_ type: UInt8) -> String {
        switch type {
        case UInt8(ascii: "1"): return "hard link"
        case UInt8(ascii: "2"): return "symbolic link"
        case UInt8(ascii: "3"), UInt8(ascii: "4"): return "device"
        case UInt8(ascii: "6"): return "FIFO"
        case UInt8(ascii: "x"), UInt8(ascii: "g"): return "pax extended header"
        default: return "entry of type '\(Character(Unicode.Scalar(type)))'"
        }
    }
}
