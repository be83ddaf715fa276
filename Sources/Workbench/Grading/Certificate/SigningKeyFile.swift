import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The instructor's Ed25519 key files (`learn certificate keygen`).
///
/// Format, one text line each (lines starting with `#` and blank lines are ignored):
///
///     FAIRWORK-ED25519-PRIVATE-KEY <64 hex digits: the 32-byte RFC 8032 seed>
///     FAIRWORK-ED25519-PUBLIC-KEY <64 hex digits: the 32-byte encoded public key>
///
/// The private key file is created with mode 0600 (owner read/write only); the public key goes
/// next to it as `<file>.pub`, mode 0644, and is what learners and employers verify with.
public enum SigningKeyFile {
    static let privateTag = "FAIRWORK-ED25519-PRIVATE-KEY"
    static let publicTag = "FAIRWORK-ED25519-PUBLIC-KEY"

    /// Makes a new key pair from the system's random generator (getrandom(2) on Linux) and writes
    /// `path` (0600) and `path.pub`; refuses to overwrite either. Returns the public key file's URL.
    public static func generate(at path: String, currentDirectory: URL) throws -> URL {
        let url = URL.resolving(path, from: currentDirectory)
        let publicURL = url.appendingPathExtension("pub")
        for target in [url, publicURL] where FileManager.default.fileExists(atPath: target.path) {
            throw RequestFailure(.badInput, "--out: \(target.path) already exists; keygen never overwrites a key (move it away first)")
        }
        var generator = SystemRandomNumberGenerator()
        let seed = (0..<Ed25519.keyBytes).map { _ in UInt8.random(in: 0 ... .max, using: &generator) }
        guard let publicKey = Ed25519.publicKey(seed: seed) else { throw RequestFailure(.internal, "key generation failed") }
        let privateText = "# Fairwork Ed25519 private key: signs certificates. Keep it secret.\n\(privateTag) \(hex(seed))\n"
        _ = try OutputFile.write(privateText, to: url.path, currentDirectory: currentDirectory, permissions: 0o600)
        _ = try OutputFile.write("\(publicTag) \(hex(publicKey))\n", to: publicURL.path, currentDirectory: currentDirectory)
        return publicURL
    }

    /// The seed in the private key file `path`.
    public static func readPrivate(_ path: String, currentDirectory: URL) throws -> [UInt8] {
        try read(path, tag: privateTag, currentDirectory: currentDirectory)
    }

    /// The public key in the file `text` names, or `text` itself when it is 64 hex digits.
    public static func readPublic(_ text: String, currentDirectory: URL) throws -> [UInt8] {
        if text.count == 64, let key = bytes(fromHex: text) { return key }
        return try read(text, tag: publicTag, currentDirectory: currentDirectory)
    }

    private static func read(_ path: String, tag: String, currentDirectory: URL) throws -> [UInt8] {
        let url = URL.resolving(path, from: currentDirectory)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw RequestFailure(.badInput, "\(path): cannot read the key file; name the file learn certificate keygen wrote")
        }
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let fields = lines.first?.split(separator: " ").map(String.init) ?? []
        guard lines.count == 1, fields.count == 2, fields[0] == tag, let key = bytes(fromHex: fields[1]), key.count == Ed25519.keyBytes else {
            throw RequestFailure(.badInput, "\(path): not a key file: expected one line '\(tag) <64 hex digits>'")
        }
        return key
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    /// Bytes of an even-length hexadecimal string; `nil` for anything else.
    static func bytes(fromHex text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
            out.append(byte)
        }
        return out
    }
}
