import Foundation
import XCTest

/// `learn similarity` over a folder of learner folders, as an instructor runs it.
final class SimilarityCommandTests: XCTestCase {
    func testRanksACopyAndWritesAnHTMLReport() throws {
        let course = try CourseCopy.tinyCourse()
        defer { course.remove() }
        let path = "exercises/01-tiny/02_count_positives.swift"
        let original = """
            func countPositives(_ numbers: [Int]) -> Int {
                var count = 0
                for number in numbers where number > 0 {
                    count += 1
                }
                if count < 0 { print("impossible") }
                return count
            }
            """
        let copy = original.replacingOccurrences(of: "count", with: "tally").replacingOccurrences(of: "    ", with: "  ")
        for (learner, text) in [("ada", original), ("bob", copy), ("cy", "func countPositives(_ n: [Int]) -> Int { n.filter { $0 > 0 }.count }\n")] {
            try FileManager.default.createDirectory(at: course.url("class/\(learner)/exercises/01-tiny"), withIntermediateDirectories: true)
            try course.write(text, to: "class/\(learner)/" + path)
        }
        let json = try course.learn("similarity", "class", "--exercise", "count-positives", "--format", "json")
        XCTAssertEqual(json.exitCode, 0, json.stderr)
        let pairs = try XCTUnwrap(try jsonObject(json)["pairs"] as? [[String: Any]])
        XCTAssertEqual(pairs.count, 1)
        XCTAssertEqual(pairs.first?["learner_a"] as? String, "ada")
        XCTAssertEqual(pairs.first?["learner_b"] as? String, "bob")
        XCTAssertEqual(pairs.first?["score"] as? Double, 1)

        let html = try course.learn("similarity", "class", "--format", "html", "--out", "report.html")
        XCTAssertEqual(html.exitCode, 0, html.stderr)
        XCTAssertTrue(try course.read("report.html").contains("<h2 id=\"pair-1\">1. count-positives: ada and bob, 100%</h2>"))

        XCTAssertEqual(try course.learn("similarity", "class", "--threshold", "2").exitCode, 64)
        XCTAssertEqual(try course.learn("similarity", "nowhere").exitCode, 65)
    }
}
