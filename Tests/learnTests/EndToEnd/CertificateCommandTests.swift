import Foundation
import XCTest

/// `learn certificate keygen | issue | verify` as an instructor and a reader run them.
final class CertificateCommandTests: XCTestCase {
    func testKeygenIssueVerifyAndEveryEditIsDetected() throws {
        let course = try CourseCopy.tinyCourse()
        defer { course.remove() }
        XCTAssertEqual(try course.learn("certificate", "keygen", "--out", "inst.key").exitCode, 0)
        let mode = try FileManager.default.attributesOfItem(atPath: course.url("inst.key").path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "the private key is readable by its owner only")
        XCTAssertEqual(try course.learn("certificate", "keygen", "--out", "inst.key").exitCode, 65, "never overwrites a key")

        try course.write(#"{"format_version": 1, "passed": {"add-numbers": "2026-12-01T10:00:00Z"}, "hint_levels": {}, "last_status": {}}"#, to: "state.json")
        let issued = try course.learn("certificate", "issue", "--key", "inst.key", "--learner", "Ada Lovelace",
                                      "--course-progress", "state.json", "--out", "ada.cert")
        XCTAssertEqual(issued.exitCode, 0, issued.stderr)
        let certificate = try course.read("ada.cert")
        XCTAssertTrue(certificate.contains(#""learner" : "Ada Lovelace""#))
        XCTAssertTrue(certificate.contains(#""points" : 10"#))   // add-numbers is worth 10 in the fixture catalog

        let verified = try course.learn("certificate", "verify", "ada.cert", "--public-key", "inst.key.pub")
        XCTAssertEqual(verified.exitCode, 0, verified.stderr)
        XCTAssertTrue(verified.stdout.contains("Ada Lovelace passed 1 exercises"), verified.stdout)

        try course.write(certificate.replacingOccurrences(of: #""points" : 10"#, with: #""points" : 30"#), to: "edited.cert")
        let edited = try course.learn("certificate", "verify", "edited.cert", "--public-key", "inst.key.pub")
        XCTAssertEqual(edited.exitCode, 1)
        XCTAssertTrue(edited.stderr.contains("does not match"), edited.stderr)

        XCTAssertEqual(try course.learn("certificate", "keygen", "--out", "other.key").exitCode, 0)
        XCTAssertEqual(try course.learn("certificate", "verify", "ada.cert", "--public-key", "other.key.pub").exitCode, 1, "another key")

        try course.write("{}\nnot a signature\n", to: "junk.cert")
        XCTAssertEqual(try course.learn("certificate", "verify", "junk.cert", "--public-key", "inst.key.pub").exitCode, 65)
        XCTAssertEqual(try course.learn("certificate", "verify", "ada.cert", "--public-key", "inst.key").exitCode, 65,
                       "a private key file is not a public key")
        XCTAssertEqual(try course.learn("certificate").exitCode, 64)
        XCTAssertEqual(try course.learn("certificate", "issue", "--key", "inst.key", "--out", "x.cert").exitCode, 64, "no --learner")
    }
}
