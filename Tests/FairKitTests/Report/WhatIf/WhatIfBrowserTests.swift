import Foundation
import XCTest
@testable import FairKit

/// The what-if page in headless Chromium: its scripts run without a console message, and for a
/// row and threshold given in the URL fragment the page's probability, decision, selection rates,
/// TPR and FPR equal FairKit's, for each model kind the page ports.
final class WhatIfBrowserTests: XCTestCase {
    static let row = 17, threshold = 0.4

    /// The page's hidden results table as attributes, and its group rows.
    struct Results {
        let attributes: [String: String]
        let groups: [[String: String]]
        /// The whole DOM after the scripts ran.
        let dom: String

        init(dom: String) throws {
            self.dom = dom
            func attributes(_ tag: Substring) -> [String: String] {
                Dictionary(tag.matches(of: /([a-z-]+)="([^"]*)"/).map { (String($0.output.1), String($0.output.2)) }, uniquingKeysWith: { a, _ in a })
            }
            let table = try XCTUnwrap(dom.firstMatch(of: /<table id="whatif-results"[^>]*>/), "no results table in the DOM")
            self.attributes = attributes(table.output)
            let end = try XCTUnwrap(dom.range(of: "</table>", range: table.range.upperBound..<dom.endIndex))
            self.groups = dom[table.range.upperBound..<end.lowerBound].matches(of: /<tr [^>]*>/).map { attributes($0.output) }
        }

        func number(_ key: String) throws -> Double { try XCTUnwrap(attributes[key].flatMap(Double.init), "no \(key) in \(attributes)") }
    }

    static func render(_ page: WhatIfPage, fragment: String) throws -> (Results, HeadlessBrowser.Rendering) {
        let browser = try HeadlessBrowser.require()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("whatif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("whatif.html")
        try page.html().write(to: file, atomically: true, encoding: .utf8)
        let url = try XCTUnwrap(URL(string: file.absoluteString + "#" + fragment))
        let rendering = try browser.render(url)
        XCTAssertEqual(rendering.console, [], "the page logged to the console")
        return (try Results(dom: rendering.dom), rendering)
    }

    /// Renders German Credit's page for `classifier` at row 17 and threshold 0.4 and compares
    /// with FairKit: the probability to 1e-12, the decision, and per sex group the selection rate,
    /// TPR and FPR (FairKit's `GroupedCounts` of the predictions at 0.4).
    func checkAgreement(_ classifier: any Classifier) throws -> (Pipeline, Table, Results) {
        let (pipeline, table) = try WhatIfPageTests.german(classifier)
        let page = try WhatIfPage(pipeline: pipeline, table: table, protected: ["sex", "age_group"], title: "german.csv")
        let (results, _) = try Self.render(page, fragment: "row=\(Self.row)&threshold=\(Self.threshold)")
        let p = try pipeline.predictProbability(table)
        XCTAssertEqual(try results.number("data-row"), Double(Self.row))
        XCTAssertEqual(try results.number("data-probability"), p[Self.row], accuracy: 1e-12)
        XCTAssertEqual(results.attributes["data-decision"], p[Self.row] > Self.threshold ? "1" : "0")
        let labels = try pipeline.labels(table).map { $0 ?? 0 }
        let predictions = p.map { DecisionRule.label(probability: $0, threshold: Self.threshold) }
        let counts = try GroupedCounts(labels: labels, predictions: predictions, groups: try GroupIndex(table: table, columns: ["sex"]))
        for (metric, key) in [(GroupMetric.selectionRate, "data-selection-rate"), (try GroupMetric.named("tpr"), "data-tpr"),
                              (try GroupMetric.named("fpr"), "data-fpr")] {
            let expected = counts.values(of: metric)
            for (name, value) in zip(expected.groups, expected.values) {
                let row = try XCTUnwrap(results.groups.first { "sex=" + ($0["data-level"] ?? "") == name }, "no group \(name) in \(results.groups)")
                XCTAssertEqual(Double(row[key] ?? ""), value.number, "\(key) of \(name)")
            }
        }
        XCTAssertEqual(results.groups.count, expected(counts))
        return (pipeline, table, results)
    }

    private func expected(_ counts: GroupedCounts) -> Int { counts.counts.count }

    func testLogisticRegressionAgreesWithFairKitAndItsLinearShap() throws {
        let (pipeline, table, results) = try checkAgreement(try LogisticRegression())
        // Attributions: FairKit's LinearShapley with every row as the background, summed per column.
        let x = try pipeline.encode(table).matrix
        let shap = try LinearShapley(try XCTUnwrap(pipeline.classifier as? LogisticRegression), background: try Background(x),
                                     featureNames: pipeline.features.map(\.name)).explain(x, rows: [Self.row])
        let phi = try XCTUnwrap(shap.rows.first)
        let perColumn = pipeline.featureGroups.map { group in group.features.reduce(0) { $0 + phi.attributions[$1] } }
        let page = try XCTUnwrap(results.attributes["data-attributions"]).split(separator: " ").compactMap { Double($0) }
        XCTAssertEqual(page.count, perColumn.count)
        for (a, b) in zip(page, perColumn) { XCTAssertEqual(a, b, accuracy: 1e-9) }
        XCTAssertEqual(try results.number("data-base"), phi.baseValue, accuracy: 1e-9)
        try checkCounterfactual(pipeline, table, results)
    }

    func testNaiveBayesAgreesWithFairKit() throws {
        let (pipeline, table, results) = try checkAgreement(try GaussianNaiveBayes())
        // Base + attributions = the row's log-odds, log(p / (1 − p)).
        let p = try pipeline.predictProbability(table)[Self.row]
        let total = try results.number("data-base") + (results.attributes["data-attributions"] ?? "").split(separator: " ").compactMap { Double($0) }.reduce(0, +)
        XCTAssertEqual(total, log(p / (1 - p)), accuracy: 1e-8)
    }

    func testDecisionTreeAgreesWithFairKitAndSaabasSumsToTheLeaf() throws {
        let (pipeline, table, results) = try checkAgreement(try DecisionTree(maxDepth: 6))
        let tree = try XCTUnwrap(pipeline.classifier as? DecisionTree)
        // Saabas: base = the root's share of positives; base + attributions = the leaf's.
        XCTAssertEqual(try results.number("data-base"), tree.nodes[0].value[1])
        let total = try results.number("data-base") + (results.attributions).reduce(0, +)
        XCTAssertEqual(total, try pipeline.predictProbability(table)[Self.row], accuracy: 1e-12)
    }

    /// The nearest row of the other decision, found here by brute force over the same distance:
    /// mean over columns of |a − b| / MAD (numbers) and [a ≠ b] (categories).
    func checkCounterfactual(_ pipeline: Pipeline, _ table: Table, _ results: Results) throws {
        let p = try pipeline.predictProbability(table)
        let decision = p[Self.row] > Self.threshold
        let columns = try pipeline.featureColumns.map { try table.column($0) }
        let mads = columns.map { column in column.numbers.map { WhatIfData.mad($0.map { $0 ?? 0 }) } ?? 1 }
        func distance(_ a: Int, _ b: Int) -> Double {
            zip(columns, mads).reduce(0) { sum, pair in
                let (column, mad) = pair
                if let numbers = column.numbers, column.kind == .numeric { return sum + abs((numbers[a] ?? 0) - (numbers[b] ?? 0)) / mad }
                return sum + (column[a] == column[b] ? 0 : 1)
            } / Double(columns.count)
        }
        let candidates = p.indices.filter { (p[$0] > Self.threshold) != decision }
        let nearest = try XCTUnwrap(candidates.min { (distance(Self.row, $0), $0) < (distance(Self.row, $1), $1) })
        XCTAssertEqual(results.attributes["data-counterfactual-row"], String(nearest))
        // The grouping column (sex, the first protected one) is shown below the features: it is no
        // model input, but it picks each row's threshold.
        let sex = try table.column("sex")
        let (mine, theirs) = (sex[Self.row].description, sex[nearest].description)
        let row = "<th scope=\"row\">sex (group, picks the threshold)</th><td>\(mine)</td><td>\(theirs)</td><td>\(mine == theirs ? "" : "changed")</td>"
        XCTAssertTrue(results.dom.contains(row), "no group row \(row) in the counterfactual table")
    }

    /// Hostile column names and values: after the scripts ran they are text in the DOM (escaped
    /// when serialised), never elements.
    func testHostileLabelsStayTextInTheDOM() throws {
        let (pipeline, table) = try WhatIfPageTests.hostile()
        let page = try WhatIfPage(pipeline: pipeline, table: table, protected: ["group\u{2028}\"'"], title: "<b>t</b>")
        let (results, rendering) = try Self.render(page, fragment: "row=0")
        XCTAssertFalse(rendering.dom.contains("<img"))
        XCTAssertFalse(rendering.dom.contains("<b>t</b>"))
        XCTAssertEqual(rendering.dom.ranges(of: "<script").count, 2)
        XCTAssertTrue(rendering.dom.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
        XCTAssertTrue(rendering.dom.contains("&lt;script&gt;alert(\"name\")&lt;/script&gt;"))
        XCTAssertEqual(Set(results.groups.compactMap { $0["data-level"] }), ["g&lt;1&gt;", "g2"])
        XCTAssertEqual(try results.number("data-probability"), try pipeline.predictProbability(table)[0], accuracy: 1e-12)
    }
}

extension WhatIfBrowserTests.Results {
    var attributions: [Double] { (attributes["data-attributions"] ?? "").split(separator: " ").compactMap { Double($0) } }
}
