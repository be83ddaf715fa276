import Foundation
import XCTest
@testable import FairKit

/// The what-if page's link (the URL fragment, docs/whatif.md "Links") in headless Chromium: a link
/// naming a row, a threshold per group and edited values restores exactly that state (the shown
/// probability of the edited row and each group's selection rate equal FairKit's, computed here
/// from the model), the page writes the same link back and rewrites it as the reader moves, and a
/// malformed link is ignored field by field with a visible notice and no console message.
final class WhatIfFragmentBrowserTests: XCTestCase {
    /// German Credit's logistic-regression page grouped by sex and age_group.
    func germanPage() throws -> (Pipeline, Table, WhatIfPage) {
        let (pipeline, table) = try WhatIfPageTests.german(try LogisticRegression())
        let page = try WhatIfPage(pipeline: pipeline, table: table, protected: ["sex", "age_group"], title: "german.csv")
        return (pipeline, table, page)
    }

    /// The text of the element with `id` in the DOM (no nested tags).
    func text(of id: String, in dom: String) throws -> String {
        let match = try XCTUnwrap(dom.firstMatch(of: try Regex(#"id="\#(id)"[^>]*>([^<]*)<"#)), "no #\(id) in the DOM")
        return String(try XCTUnwrap(match.output[1].substring))
    }

    /// The shown metrics table's rows: group name -> its cells (rows, threshold, selection rate, ...).
    func shownMetrics(_ dom: String) throws -> [String: [String]] {
        let start = try XCTUnwrap(dom.range(of: #"<tbody id="metrics-body">"#))
        let end = try XCTUnwrap(dom.range(of: "</tbody>", range: start.upperBound..<dom.endIndex))
        var rows: [String: [String]] = [:]
        for row in dom[start.upperBound..<end.lowerBound].matches(of: /<tr>(.*?)<\/tr>/) {
            let cells = row.output.1.matches(of: /<t[hd][^>]*>([^<]*)<\/t[hd]>/).map { String($0.output.1) }
            if let name = cells.first { rows[name] = Array(cells.dropFirst()) }
        }
        return rows
    }

    /// The link the page wrote (`data-fragment`), its `&` unescaped from the serialised attribute.
    func writtenFragment(_ results: WhatIfBrowserTests.Results) throws -> String {
        try XCTUnwrap(results.attributes["data-fragment"], "no data-fragment").replacingOccurrences(of: "&amp;", with: "&")
    }

    func testALinkWithTwoGroupThresholdsAndEditsShowsFairKitsNumbers() throws {
        let (pipeline, table, page) = try germanPage()
        // The two age_group levels are "age <= 25" and "age > 25": URLSearchParams writes a space
        // as + and escapes <, =, >, ( and ), so this is the form the page writes back.
        let fragment = "row=17&group=age_group&t.age+%3C%3D+25=0.3&t.age+%3E+25=0.55&x.month=42&x.purpose=car+%28used%29"
        let thresholds = ["age <= 25": 0.3, "age > 25": 0.55]
        let row = 17
        XCTAssertNotEqual(try table.column("month")[row], .number(42), "the edit must change the row")
        XCTAssertNotEqual(try table.column("purpose")[row], .category("car (used)"), "the edit must change the row")
        let (results, rendering) = try WhatIfBrowserTests.render(page, fragment: fragment)

        // The edited row, scored by FairKit.
        let edited = try table.selectingRows([row]).adding(.numeric("month", [42])).adding(.categorical("purpose", ["car (used)"]))
        let p = try pipeline.predictProbability(edited)[0]
        XCTAssertNotEqual(p, try pipeline.predictProbability(table)[row], "the edits must change the probability")
        XCTAssertEqual(try results.number("data-row"), Double(row))
        XCTAssertEqual(try results.number("data-probability"), p, accuracy: 1e-12)
        XCTAssertEqual(try text(of: "probability", in: rendering.dom), String(format: "%.6f", p))
        let group = try XCTUnwrap(try table.column("age_group")[row].text)
        let threshold = try XCTUnwrap(thresholds[group])
        XCTAssertEqual(try results.number("data-threshold"), threshold)
        XCTAssertEqual(results.attributes["data-decision"], p > threshold ? "1" : "0")

        // Each group's selection rate at its own threshold, counted here from FairKit's scores of
        // the unedited rows (edits never change the group metrics): #{score > t_g} / n_g.
        let scores = try pipeline.predictProbability(table)
        let groups = try table.column("age_group")
        let shown = try shownMetrics(rendering.dom)
        XCTAssertEqual(results.groups.count, 2)
        for (level, t) in thresholds {
            let members = (0..<table.rowCount).filter { groups[$0].text == level }
            let rate = Double(members.filter { scores[$0] > t }.count) / Double(members.count)
            // The serialised DOM escapes < and > in text and attributes alike.
            let escaped = level.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            let row = try XCTUnwrap(results.groups.first { $0["data-level"] == escaped }, "no \(level) in \(results.groups)")
            XCTAssertEqual(Double(row["data-selection-rate"] ?? ""), rate, "selection rate of \(level)")
            let cells = try XCTUnwrap(shown[escaped], "no shown row for \(level) in \(shown)")
            XCTAssertEqual(cells[0], String(members.count))
            XCTAssertEqual(cells[1], String(format: "%.2f", t))
            XCTAssertEqual(cells[2], String(format: "%.4f", rate))
        }
        // The page writes back the link it was given, field for field, and shows no notice.
        XCTAssertEqual(try writtenFragment(results), fragment)
        XCTAssertTrue(rendering.dom.contains(#"<div id="fragment-notice" class="notice" role="status" hidden=""></div>"#))
    }

    /// A reader's moves, played by a script added to the page: the address follows them (one
    /// coalesced `history.replaceState` after the last, no reload) and names only what changed
    /// from the row's own values.
    func testMovingASliderAndEditingRewriteTheAddress() throws {
        let (_, _, page) = try germanPage()
        let browser = try HeadlessBrowser.require()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("whatif-moves-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // threshold-1 is sex = male (levels sorted: female, male); feature-1 is month (the second feature column).
        let moves = """
            <script>
            window.addEventListener("load", function () {
              const slider = document.getElementById("threshold-1");
              for (const v of ["0.6", "0.7", "0.73"]) { slider.value = v; slider.dispatchEvent(new Event("input")); }
              const month = document.getElementById("feature-1");
              month.value = "48"; month.dispatchEvent(new Event("change"));
              setTimeout(function () { document.body.setAttribute("data-address", location.hash); }, 1000);
            });
            </script>
            </body>
            """
        let file = folder.appendingPathComponent("whatif.html")
        try page.html().replacingOccurrences(of: "</body>", with: moves).write(to: file, atomically: true, encoding: .utf8)
        let rendering = try browser.render(try XCTUnwrap(URL(string: file.absoluteString + "#row=5")), virtualTimeBudget: 5000)
        XCTAssertEqual(rendering.console, [], "the page logged to the console")
        let address = try XCTUnwrap(rendering.dom.firstMatch(of: /data-address="([^"]*)"/), "the moves did not run").output.1
        XCTAssertEqual(address.replacingOccurrences(of: "&amp;", with: "&"), "#row=5&group=sex&t.female=0.5&t.male=0.73&x.month=48")
    }

    func testAMalformedLinkIsIgnoredFieldByFieldWithANotice() throws {
        let (pipeline, table, page) = try germanPage()
        // Only threshold=0.4 (every group) is valid; each other field is wrong in its own way (x.age=30
        // is valid but repeats x.age, whose first value is the one read, and refused).
        let fragment = "row=abc&group=nope&threshold=0.4&t.male=2&t.martian=0.3&x.month=abc&x.colour=red&x.age=999"
            + "&x.age=30&x.purpose=A999&zzz=1&x.telephone=%E0%A4%A"
        let (results, rendering) = try WhatIfBrowserTests.render(page, fragment: fragment)
        let notice = try XCTUnwrap(rendering.dom.firstMatch(of: /<div id="fragment-notice"[^>]*>(.*?)<\/div>/)).output.1
        let items = notice.matches(of: /<li>([^<]*)<\/li>/).map { String($0.output.1) }
        XCTAssertEqual(items.count, 11, "\(items)")
        // One notice per bad field, in the link's order.
        let fields = ["row=abc", "group=nope", "t.male=2", "t.martian=0.3", "x.month=abc", "x.colour=red", "x.age=999",
                      "x.age=30: given again", "x.purpose=A999", "zzz", "x.telephone="]
        for (item, field) in zip(items, fields) { XCTAssertTrue(item.hasPrefix(field), "\(item) is not the notice for \(field)") }
        XCTAssertFalse(notice.isEmpty)
        XCTAssertFalse(rendering.dom.contains(#"id="fragment-notice" class="notice" role="status" hidden"#))
        // What applies: row 0 (the default), grouping sex (the first), every threshold 0.4, x.age=999 was
        // refused and its repeat ignored, so row 0 unedited.
        let p = try pipeline.predictProbability(table)
        XCTAssertEqual(try results.number("data-row"), 0)
        XCTAssertEqual(try results.number("data-probability"), p[0], accuracy: 1e-12)
        let sex = try table.column("sex")
        for level in ["female", "male"] {
            let members = (0..<table.rowCount).filter { sex[$0].text == level }
            let rate = Double(members.filter { p[$0] > 0.4 }.count) / Double(members.count)
            XCTAssertEqual(results.groups.first { $0["data-level"] == level }.flatMap { Double($0["data-selection-rate"] ?? "") }, rate)
        }
        XCTAssertEqual(try writtenFragment(results), "row=0&group=sex&t.female=0.4&t.male=0.4")
    }
}
