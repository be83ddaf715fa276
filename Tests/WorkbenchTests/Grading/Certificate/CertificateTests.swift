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

    func testTheTranscriptListsPassedExercisesWithTheirPoints() throws {
        var state = ProgressState()
        state.passed = ["first": Date(timeIntervalSince1970: 1_700_000_000), "third": Date(timeIntervalSince1970: 1_700_000_060),
                        "retired": Date(timeIntervalSince1970: 0)]
        let transcript = Certificate.transcript(learner: "Ada", course: try catalog(), state: state,
                                                at: Date(timeIntervalSince1970: 1_700_100_000))
        XCTAssertEqual(transcript.exercises.map(\.id), ["first", "third"], "catalog order; an unknown id earns nothing")
        XCTAssertEqual(transcript.exercises.map(\.passed), ["2023-11-14T22:13:20Z", "2023-11-14T22:14:20Z"])
        XCTAssertEqual(transcript.points, 15)            // first 10 + third 5 in the sample catalog
        XCTAssertEqual(transcript.possiblePoints, 25)    // 10 + 10 + 5
        XCTAssertEqual(transcript.issued, "2023-11-16")  // 1_700_100_000 s is 2023-11-16T02:00Z
    }

    func testASignedCertificateVerifiesAndAnyByteEditFails() throws {
        let transcript = Certificate.transcript(learner: "Ada", course: try catalog(), state: ProgressState())
        let text = try Certificate.signed(transcript, seed: seed)
        XCTAssertEqual(try Certificate.verify(Data(text.utf8), name: "a.cert", publicKey: publicKey), .valid(transcript))
        // The signature line is over the exact bytes before it: check it with the primitives.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.dropLast(2).joined(separator: "\n") + "\n"
        let signature = try XCTUnwrap(SigningKeyFile.bytes(fromHex: String(lines[lines.count - 2].dropFirst("ed25519-signature ".count))))
        XCTAssertTrue(Ed25519.isValid(signature: signature, message: Array(body.utf8), publicKey: publicKey))

        for edit in [("\"Ada\"", "\"Eve\""), ("{\n", "{\n ")] {
            let edited = text.replacingOccurrences(of: edit.0, with: edit.1)
            XCTAssertEqual(try Certificate.verify(Data(edited.utf8), name: "a.cert", publicKey: publicKey), .mismatch, "\(edit)")
        }
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
