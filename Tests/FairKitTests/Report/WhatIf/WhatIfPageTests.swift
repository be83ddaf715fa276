import Foundation
import XCTest
@testable import FairKit

/// The what-if page as a file: its data block parses and holds every row, it names no network
/// address, hostile column names and values stay text, and 1,000 rows fit in 2 MB.
final class WhatIfPageTests: XCTestCase {
    /// German Credit (1,000 rows, 20 feature columns, 59 encoded features) with a fitted pipeline.
    static func german(_ classifier: any Classifier) throws -> (Pipeline, Table) {
        let german = try Dataset.germanCredit()
        var pipeline = Pipeline(settings: .init(dataset: german), classifier: classifier)
        try pipeline.fit(german.table)
        return (pipeline, german.table)
    }

    /// The JSON block the page embeds, parsed by Foundation (as the browser's JSON.parse would).
    static func embedded(_ html: String) throws -> [String: Any] {
        let open = #"<script type="application/json" id="whatif-data">"#
        let start = try XCTUnwrap(html.range(of: open)), end = try XCTUnwrap(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let object = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8))
        return try XCTUnwrap(object as? [String: Any])
    }

    func testThePageEmbedsEveryRowAndTheModelAndFetchesNothing() throws {
        let (pipeline, table) = try Self.german(try LogisticRegression())
        let html = try WhatIfPage(pipeline: pipeline, table: table, protected: ["sex", "age_group"], title: "german.csv").html()
        let data = try Self.embedded(html)
        XCTAssertEqual((data["rows"] as? [Int])?.count, 1000)
        let columns = try XCTUnwrap(data["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["name"] as? String }, pipeline.featureColumns)
        for column in columns { XCTAssertEqual((column["values"] as? [Any])?.count, 1000, "\(column["name"] ?? "")") }
        // One feature entry per encoded feature (German Credit's design has 59 columns).
        XCTAssertEqual((data["features"] as? [Any])?.count, 59)
        XCTAssertEqual(((data["model"] as? [String: Any])?["coefficients"] as? [Double])?.count, 59)
        XCTAssertEqual((data["groups"] as? [[String: Any]])?.map { $0["column"] as? String }, ["sex", "age_group"])
        // The first row's duration (6 months in german.data's first line) is there as written.
        XCTAssertEqual((columns.first { $0["name"] as? String == "month" }?["values"] as? [Int])?.first, 6)
        // The only http(s) text is the SVG namespace name, which is never fetched; the CSP forbids fetching anyway.
        let addresses = html.ranges(of: /https?:\/\/[^\s"'<>)]*/).map { String(html[$0]) }
        XCTAssertEqual(Set(addresses), ["http://www.w3.org/2000/svg"])
        XCTAssertTrue(html.contains("default-src 'none'"))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertFalse(html.contains(" src="))
    }

    func testEveryNumberReadsBackToTheSameDouble() throws {
        // Coefficients with 17 significant digits must survive the page's JSON exactly.
        let (pipeline, table) = try Self.german(try LogisticRegression())
        // Read as text with Double(_:) (correctly rounded, as JSON.parse): Foundation's JSON reader
        // on Linux may be off in the last bit.
        let html = try WhatIfPage(pipeline: pipeline, table: table, protected: ["sex"], title: "g").html()
        let list = try XCTUnwrap(html.firstMatch(of: /"coefficients":\[([^\]]*)\]/)).output.1
        let written = list.split(separator: ",").compactMap { Double($0) }
        let fitted = try XCTUnwrap((pipeline.classifier as? LogisticRegression)?.fitted)
        XCTAssertEqual(written, fitted.coefficients)
        XCTAssertEqual(WhatIfJSON.number(39), "39")
        XCTAssertEqual(WhatIfJSON.number(-0.0), "-0.0")
        XCTAssertEqual(WhatIfJSON.number(1e-05), "1e-05")
    }

    func testAThousandRowsFitInTwoMegabytes() throws {
        let (pipeline, table) = try Self.german(try DecisionTree(maxDepth: 8))
        let bytes = try WhatIfPage(pipeline: pipeline, table: table, protected: ["sex", "age_group"], title: "german.csv").html().utf8.count
        XCTAssertEqual(table.rowCount, 1000)
        XCTAssertLessThan(bytes, 2_000_000)
    }

    /// A table whose column names and values are markup.
    static func hostile() throws -> (Pipeline, Table) {
        let name = #"<script>alert("name")</script>"#, level = "</script><img src=x onerror=alert(1)>"
        let table = try Table([
            .numeric("x & <y>", [1, 2, 3, 4, 5, 6, 7, 8]),
            .categorical(name, [level, "b", level, "b", level, "b", level, "b"]),
            .categorical("group\u{2028}\"'", ["g<1>", "g2", "g<1>", "g2", "g2", "g<1>", "g2", "g<1>"]),
            .categorical("y", ["yes", "no", "yes", "no", "no", "yes", "no", "yes"]),
        ])
        var pipeline = Pipeline(settings: .init(label: "y", positive: "yes", protected: ["group\u{2028}\"'"]), classifier: try LogisticRegression())
        try pipeline.fit(table)
        return (pipeline, table)
    }

    func testHostileNamesAndValuesStayInsideTheDataBlock() throws {
        let (pipeline, table) = try Self.hostile()
        let html = try WhatIfPage(pipeline: pipeline, table: table, protected: ["group\u{2028}\"'"], title: "<b>title</b>").html()
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("alert(\"name\")</script>"))
        XCTAssertFalse(html.contains("<b>title"))
        XCTAssertTrue(html.contains("What if: &lt;b&gt;title&lt;/b&gt;"))
        // Exactly the page's own two script elements.
        XCTAssertEqual(html.ranges(of: "<script").count, 2)
        let data = try Self.embedded(html)
        let columns = try XCTUnwrap(data["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["name"] as? String }, ["x & <y>", #"<script>alert("name")</script>"#])
        XCTAssertEqual(columns[1]["levels"] as? [String], ["</script><img src=x onerror=alert(1)>", "b"])
    }

    func testTheSampleIsSeededSortedAndWithoutRepeats() {
        let a = WhatIfPage.sample(count: 10, of: 100, seed: 7), b = WhatIfPage.sample(count: 10, of: 100, seed: 7)
        XCTAssertEqual(a, b)
        XCTAssertEqual(a, a.sorted())
        XCTAssertEqual(Set(a).count, 10)
        XCTAssertNotEqual(a, WhatIfPage.sample(count: 10, of: 100, seed: 8))
        XCTAssertEqual(WhatIfPage.sample(count: 5, of: 3, seed: 0), [0, 1, 2])
    }

    func testMissingLabelsAndUnknownProtectedColumnsAreRefused() throws {
        let (pipeline, table) = try Self.german(try LogisticRegression())
        XCTAssertThrowsError(try WhatIfPage(pipeline: pipeline, table: table, protected: ["gender"], title: "g")) {
            XCTAssertEqual($0 as? WhatIfError, .missingProtected("gender"))
        }
        let unlabelled = try table.adding(.categorical("credit", (0..<table.rowCount).map { $0 == 3 ? nil : "good" }))
        XCTAssertThrowsError(try WhatIfPage(pipeline: pipeline, table: unlabelled, protected: ["sex"], title: "g")) {
            XCTAssertEqual($0 as? WhatIfError, .missingLabel(column: "credit", row: 3))
        }
        XCTAssertThrowsError(try WhatIfPage.requireSupported(try DummyClassifier()))
    }

    func testMADIsTheMedianAbsoluteDeviationAndOneWhenZero() {
        // [1, 2, 3, 4, 100]: median 3, deviations [2, 1, 0, 1, 97], median deviation 1.
        XCTAssertEqual(WhatIfData.mad([1, 2, 3, 4, 100]), 1)
        // [0, 0, 0, 10]: median 0, deviations [0, 0, 0, 10], median (0 + 0) / 2 = 0, so 1.
        XCTAssertEqual(WhatIfData.mad([0, 0, 0, 10]), 1)
        // [2, 4, 6, 8]: median 5, deviations [3, 1, 1, 3], median 2.
        XCTAssertEqual(WhatIfData.mad([2, 4, 6, 8]), 2)
    }
}
