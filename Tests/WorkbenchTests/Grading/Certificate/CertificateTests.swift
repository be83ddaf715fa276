import Foundation
import XCTest
@testable import Workbench

final class CertificateTests: XCTestCase {
    /// RFC 8032 TEST 1's seed and public key, so the key is known independently of keygen.
    private let seed = Ed25519Tests.bytes(Ed25519Tests.vectors[0].seed)
    private let publicKey = Ed25519Tests.bytes(Ed25519Tests.vectors[0].publicKey)

    private func catalog() throws -> Catalog {
        let temporary = try TemporaryWorkspace()
        defer { temporary.remove() }
        try temporary.write(sampleCatalogJSON, to: "lessons/catalog.json")
        return try CatalogLoader.load(from: temporary.workspace)
    }

    /// A graded learner: `first` passed (10 of 10), `second` failed with partial credit (5 of
    /// 10), `third` passed (5 of 5), `retired` (no longer in the catalog) passed; 10% late.
    private func grade() -> LearnerGrade {
        func exercise(_ id: String, _ status: GradeStatus, _ points: Double, _ max: Double) -> ExerciseGrade {
            ExerciseGrade(id: id, status: status, points: points, maxPoints: max, message: "", compileErrors: [], tests: [],
                          durationSeconds: 1)
        }
        return LearnerGrade(learner: "ada", source: "ada.tar", inputKey: "0123456789abcdef0123", submittedAt: "2023-11-14T22:13:20Z",
                            daysLate: 1, latePenaltyPercent: 10,
                            exercises: [exercise("first", .passed, 10, 10), exercise("second", .failed, 5, 10),
                                        exercise("third", .passed, 5, 5), exercise("retired", .passed, 3, 3)],
                            points: 20.7, maxPoints: 28, durationSeconds: 4)   // (10 + 5 + 5 + 3) × 0.9 = 20.7
    }

    func testTheTranscriptListsWhatTheGradeConfirmed() throws {
        let transcript = Certificate.transcript(of: grade(), checker: "isolated", course: try catalog(), name: "Ada Lovelace",
                                                at: Date(timeIntervalSince1970: 1_700_100_000))
        XCTAssertEqual(transcript.exercises.map(\.id), ["first", "third"], "passed only, in catalog order; an unknown id is left out")
        XCTAssertEqual(transcript.exercises.map(\.points), [10, 5])
        XCTAssertEqual(transcript.exercises.map(\.passed), ["2023-11-14T22:13:20Z", "2023-11-14T22:13:20Z"], "the submission time")
        XCTAssertEqual(transcript.points, 20.7, "the grade's total: partial credit and the late penalty included")
        XCTAssertEqual(transcript.possiblePoints, 28)
        XCTAssertEqual(transcript.learner, "Ada Lovelace")
        XCTAssertEqual(transcript.graded, .init(inputKey: "0123456789abcdef0123", checker: "isolated", latePenaltyPercent: 10))
        XCTAssertEqual(transcript.issued, "2023-11-16")  // 1_700_100_000 s is 2023-11-16T02:00Z
        XCTAssertEqual(Certificate.summary(transcript),
                       "Ada Lovelace passed 2 exercises of Sample course (20.7 of 28 points), issued 2023-11-16 from the grade 0123456789ab")
    }

    func testASignedCertificateVerifiesAndAnyByteEditFails() throws {
        let transcript = Certificate.transcript(of: grade(), checker: "isolated", course: try catalog())
        let text = try Certificate.signed(transcript, seed: seed)
        XCTAssertEqual(try Certificate.verify(Data(text.utf8), name: "a.cert", publicKey: publicKey), .valid(transcript))
        // The signature line is over the exact bytes before it: check it with the primitives.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.dropLast(2).joined(separator: "\n") + "\n"
        let signature = try XCTUnwrap(SigningKeyFile.bytes(fromHex: String(lines[lines.count - 2].dropFirst("ed25519-signature ".count))))
        XCTAssertTrue(Ed25519.isValid(signature: signature, message: Array(body.utf8), publicKey: publicKey))

        for edit in [("\"ada\"", "\"eve\""), ("{\n", "{\n "), ("20.7", "27.7")] {
            let edited = text.replacingOccurrences(of: edit.0, with: edit.1)
            XCTAssertNotEqual(edited, text, "the edit \(edit) must change the text")
            XCTAssertEqual(try Certificate.verify(Data(edited.utf8), name: "a.cert", publicKey: publicKey), .mismatch, "\(edit)")
        }
    }

    func testAVersionOneCertificateStillVerifies() throws {
        // The shape stop 14 issued from progress files: whole points, no `graded`.
        let body = """
            {
              "course" : "Sample course",
              "exercises" : [
                {
                  "id" : "first",
                  "passed" : "2023-11-14T22:13:20Z",
                  "points" : 10,
                  "title" : "First"
                }
              ],
              "format_version" : 1,
              "issued" : "2023-11-16",
              "learner" : "Ada",
              "points" : 10,
              "possible_points" : 25
            }

            """
        let signature = try XCTUnwrap(Ed25519.sign(Array(body.utf8), seed: seed))
        let text = body + "ed25519-signature " + SigningKeyFile.hex(signature) + "\n"
        guard case .valid(let transcript) = try Certificate.verify(Data(text.utf8), name: "old.cert", publicKey: publicKey) else {
            return XCTFail("a version 1 certificate no longer verifies")
        }
        XCTAssertEqual(transcript.formatVersion, 1)
        XCTAssertEqual(transcript.points, 10)
        XCTAssertNil(transcript.graded)
        XCTAssertTrue(Certificate.summary(transcript).hasSuffix("from a progress file (format 1)"))
    }

    func testMalformedCertificatesAreBadInput() {
        for text in ["", "{}\n", "{}\ned25519-signature 12\n", "[\ned25519-signature " + String(repeating: "0", count: 128) + "\n"] {
            XCTAssertThrowsError(try Certificate.verify(Data(text.utf8), name: "x.cert", publicKey: publicKey), text) { error in
                XCTAssertEqual((error as? RequestFailure)?.kind, .badInput)
                XCTAssertTrue("\(error)".hasPrefix("x.cert: "), "\(error)")
            }
        }
    }

    func testKeyFilesRoundTripAndThePrivateOneIsOwnerOnly() throws {
        let temporary = try TemporaryWorkspace()
        defer { temporary.remove() }
        let publicURL = try SigningKeyFile.generate(at: "k", currentDirectory: temporary.root)
        let mode = try FileManager.default.attributesOfItem(atPath: temporary.root.appendingPathComponent("k").path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        let seed = try SigningKeyFile.readPrivate("k", currentDirectory: temporary.root)
        XCTAssertEqual(try SigningKeyFile.readPublic(publicURL.path, currentDirectory: temporary.root), Ed25519.publicKey(seed: seed))
        XCTAssertEqual(try SigningKeyFile.readPublic(Ed25519Tests.vectors[0].publicKey, currentDirectory: temporary.root), publicKey,
                       "64 hex digits are a key themselves")
        XCTAssertThrowsError(try SigningKeyFile.readPrivate(publicURL.path, currentDirectory: temporary.root))
    }
}
