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

        // Ada solved add-numbers and nothing else; the grade (scripted checker, as in the other
        // grade tests) is what gets signed, never a progress file the learner could edit.
        try FileManager.default.createDirectory(at: course.url("subs/ada"), withIntermediateDirectories: true)
        try course.write(try course.read("solutions/01-tiny/01_add_numbers.swift"), to: "subs/ada/01_add_numbers.swift")
        let graded = try course.learn("grade", "subs", "--out", "graded", environment: ["FAIRWORK_GRADE_CHECKER": "scripted"])
        XCTAssertEqual(graded.exitCode, 0, graded.stderr)
        let issued = try course.learn("certificate", "issue", "--key", "inst.key", "--grades", "graded", "--learner", "ada",
                                      "--name", "Ada Lovelace", "--out", "ada.cert")
        XCTAssertEqual(issued.exitCode, 0, issued.stderr)
        let certificate = try course.read("ada.cert")
        XCTAssertTrue(certificate.contains(#""learner" : "Ada Lovelace""#))
        XCTAssertTrue(certificate.contains(#""points" : 10,"#), certificate)   // add-numbers is worth 10 in the fixture catalog
        XCTAssertTrue(certificate.contains(#""checker" : "scripted""#), certificate)
        XCTAssertTrue(certificate.contains(#""input_key" : ""#), certificate)

        let unknown = try course.learn("certificate", "issue", "--key", "inst.key", "--grades", "graded", "--learner", "../ada",
                                       "--out", "x.cert")
        XCTAssertEqual(unknown.exitCode, 65)
        XCTAssertTrue(unknown.stderr.contains("has no grade for '../ada' (graded learners: ada)"), unknown.stderr)
        XCTAssertEqual(try course.learn("certificate", "issue", "--key", "inst.key", "--grades", "subs", "--learner", "ada",
                                        "--out", "x.cert").exitCode, 65, "not a grade folder")

        let verified = try course.learn("certificate", "verify", "ada.cert", "--public-key", "inst.key.pub")
        XCTAssertEqual(verified.exitCode, 0, verified.stderr)
        XCTAssertTrue(verified.stdout.contains("Ada Lovelace passed 1 exercises"), verified.stdout)
        XCTAssertTrue(verified.stdout.contains("(10 of 30 points)"), verified.stdout)

        try course.write(certificate.replacingOccurrences(of: #""points" : 10,"#, with: #""points" : 30,"#), to: "edited.cert")
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
        XCTAssertEqual(try course.learn("certificate", "issue", "--key", "inst.key", "--grades", "graded", "--out", "x.cert").exitCode, 64,
                       "no --learner")
    }
}
