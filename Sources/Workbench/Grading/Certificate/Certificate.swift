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

    /// What a certificate states: what `learn grade` confirmed for one learner.
    public struct Transcript: Codable, Sendable, Equatable {
        /// 2: points may be fractional (points per test, late penalties) and `graded` says which
        /// grade the transcript comes from. Version 1 certificates (made from progress files)
        /// still verify.
        public static let currentFormatVersion = 2
        public var formatVersion = currentFormatVersion
        public var learner: String
        public var course: String
        /// The day it was issued, `yyyy-MM-dd` in UTC.
        public var issued: String
        public var exercises: [Passed]
        /// The learner's total as graded: every exercise's points (partial credit included) less
        /// the late penalty.
        public var points: Double
        /// The most the graded exercises could earn.
        public var possiblePoints: Double
        /// The grade behind the transcript; absent in version 1.
        public var graded: Graded?

        /// One passed exercise.
        public struct Passed: Codable, Sendable, Equatable {
            public var id: String
            public var title: String
            public var points: Double
            /// When it was submitted (version 2) or first passed (version 1), ISO 8601 UTC.
            public var passed: String?
        }

        /// Which grade confirmed the transcript, so a reader holding the grader's output can
        /// match it to `submissions/<learner>.json`.
        public struct Graded: Codable, Sendable, Equatable {
            /// The grade's `input_key`: SHA-256 over the submitted files, the suites, the lab and
            /// the checker.
            public var inputKey: String
            /// The checker that graded (`isolated` for `learn grade`).
            public var checker: String
            public var latePenaltyPercent: Double

            enum CodingKeys: String, CodingKey {
                case inputKey = "input_key", checker, latePenaltyPercent = "late_penalty_percent"
            }
        }

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version", learner, course, issued, exercises, points, graded
            case possiblePoints = "possible_points"
        }
    }

    /// "Ada passed 3 exercises of Course (27.5 of 40 points), issued 2026-12-07": what the
    /// commands print about a transcript.
    public static func summary(_ transcript: Transcript) -> String {
        "\(transcript.learner) passed \(transcript.exercises.count) exercises of \(transcript.course) "
            + "(\(GradePoints.text(transcript.points)) of \(GradePoints.text(transcript.possiblePoints)) points), issued \(transcript.issued)"
            + (transcript.graded.map { " from the grade \(String($0.inputKey.prefix(12)))" } ?? ", from a progress file (format 1)")
    }

    /// The transcript of `grade` in `course`, graded by `checker`: its passed exercises in course
    /// order (an exercise the catalog no longer has is left out), named `name`.
    public static func transcript(of grade: LearnerGrade, checker: String, course: Catalog, name: String? = nil,
                                  at date: Date = Date()) -> Transcript {
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        let graded = Dictionary(grade.exercises.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let passed = course.exercises.compactMap { exercise -> Transcript.Passed? in
            guard let result = graded[exercise.id], result.status == .passed else { return nil }
            return .init(id: exercise.id, title: exercise.title, points: result.points, passed: grade.submittedAt)
        }
        return Transcript(learner: name ?? grade.learner, course: course.title, issued: day.string(from: date), exercises: passed,
                          points: grade.points, possiblePoints: grade.maxPoints,
                          graded: .init(inputKey: grade.inputKey, checker: checker, latePenaltyPercent: grade.latePenaltyPercent))
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
