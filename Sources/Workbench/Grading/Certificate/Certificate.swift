import Foundation

/// A completion certificate: the learner's transcript as JSON, then one line with the
/// instructor's Ed25519 signature of every byte before it.
///
///     {
///       "course" : "Fair and explainable ML", ... the transcript, pretty, keys sorted ...
///     }
///     ed25519-signature <128 hex digits>
///
/// The signed message is exactly the file's bytes up to (not including) the last line, so any
/// edit, even of a space, makes verification fail. Anyone can check it with the public key:
/// `learn certificate verify`, or any Ed25519 tool given `head -n -1 FILE` and the hex.
public enum Certificate {
    static let signaturePrefix = "ed25519-signature "

    /// What a certificate states.
    public struct Transcript: Codable, Sendable, Equatable {
        public static let currentFormatVersion = 1
        public var formatVersion = currentFormatVersion
        public var learner: String
        public var course: String
        /// The day it was issued, `yyyy-MM-dd` in UTC.
        public var issued: String
        public var exercises: [Passed]
        /// The sum of the passed exercises' points.
        public var points: Int
        /// The sum of every exercise's points.
        public var possiblePoints: Int

        /// One passed exercise.
        public struct Passed: Codable, Sendable, Equatable {
            public var id: String
            public var title: String
            public var points: Int
            /// When it first passed, ISO 8601 UTC.
            public var passed: String
        }

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version", learner, course, issued, exercises, points
            case possiblePoints = "possible_points"
        }
    }

    /// The transcript of `learner` in `course` from `state` (exercises the catalog does not know
    /// are left out: they earn nothing).
    public static func transcript(learner: String, course: Catalog, state: ProgressState, at date: Date = Date()) -> Transcript {
        let stamp = ISO8601DateFormatter()
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        let passed = course.exercises.compactMap { exercise -> Transcript.Passed? in
            guard let when = state.passed[exercise.id] else { return nil }
            return .init(id: exercise.id, title: exercise.title, points: exercise.points ?? 0, passed: stamp.string(from: when))
        }
        return Transcript(learner: learner, course: course.title, issued: day.string(from: date), exercises: passed,
                          points: passed.reduce(0) { $0 + $1.points }, possiblePoints: course.exercises.reduce(0) { $0 + ($1.points ?? 0) })
    }

    /// The certificate file's text: `transcript` signed with `seed`.
    public static func signed(_ transcript: Transcript, seed: [UInt8]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let body = String(decoding: try encoder.encode(transcript), as: UTF8.self) + "\n"
        guard let signature = Ed25519.sign(Array(body.utf8), seed: seed) else {
            throw RequestFailure(.badInput, "--key: the private key is not 32 bytes")
        }
        return body + signaturePrefix + SigningKeyFile.hex(signature) + "\n"
    }

    /// What `verify` found.
    public enum Verdict: Sendable, Equatable {
        /// The signature matches: the transcript is as the key's owner signed it.
        case valid(Transcript)
        /// Well formed, but the signature does not match the contents and key (exit 1).
        case mismatch
    }

    /// Checks the certificate `data` (named `name` in errors) against `publicKey`. A file that
    /// is not a certificate at all is bad input (exit 65).
    public static func verify(_ data: Data, name: String, publicKey: [UInt8]) throws -> Verdict {
        guard let text = String(data: data, encoding: .utf8), text.hasSuffix("\n") else {
            throw RequestFailure(.badInput, "\(name): not a certificate (not UTF-8 text ending in a line break)")
        }
        let withoutLast = text.dropLast()
        guard let cut = withoutLast.range(of: "\n", options: .backwards) else {
            throw RequestFailure(.badInput, "\(name): not a certificate: it needs the transcript, then a signature line")
        }
        let body = String(text[..<cut.upperBound])
        let lastLine = text[cut.upperBound...].dropLast()
        guard lastLine.hasPrefix(signaturePrefix),
              let signature = SigningKeyFile.bytes(fromHex: String(lastLine.dropFirst(signaturePrefix.count))),
              signature.count == Ed25519.signatureBytes else {
            throw RequestFailure(.badInput, "\(name): the last line is not '\(signaturePrefix)<128 hex digits>'")
        }
        let transcript: Transcript
        do {
            transcript = try JSONDecoder().decode(Transcript.self, from: Data(body.utf8))
        } catch {
            throw RequestFailure(.badInput, "\(name): the transcript is not valid JSON: \(describe(error))")
        }
        return Ed25519.isValid(signature: signature, message: Array(body.utf8), publicKey: publicKey) ? .valid(transcript) : .mismatch
    }

    /// A decoding error as "path: what is wrong" for a message.
    static func describe(_ error: Error) -> String {
        let problem = JSONProblem(error)
        return problem.path.isEmpty ? problem.message : "\(problem.path): \(problem.message)"
    }
}
