import Foundation
import XCTest
@testable import FairKit

/// The report of an audit: the JSON contract read field by field (not through our own types, so
/// that the names are checked as docs/audit.md writes them), and the document's sections.
final class AuditReportTests: XCTestCase {
    private func object(_ value: Any?, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try XCTUnwrap(value as? [String: Any], "not an object: \(String(describing: value))", file: file, line: line)
    }

    private func array(_ value: Any?, file: StaticString = #filePath, line: UInt = #line) throws -> [Any] {
        try XCTUnwrap(value as? [Any], "not an array: \(String(describing: value))", file: file, line: line)
    }

    func testTheJSONContractFieldByField() throws {
        let report = AuditReport(audit: try FairnessAuditExample.audit(.init(privileged: ["sex": ["Male"]])))
        let text = try report.json()
        XCTAssertEqual(text, try report.json(), "the same audit prints the same text")
        let root = try object(JSONSerialization.jsonObject(with: Data(text.utf8)))
        XCTAssertEqual(Set(root.keys), ["audit", "flagged", "format_version", "summary"])
        XCTAssertEqual(root["format_version"] as? Int, 1)
        XCTAssertEqual(root["flagged"] as? Int, 5)
        XCTAssertEqual(try array(root["summary"]).count, 6)
        XCTAssertLessThan(try XCTUnwrap(text.range(of: "\"audit\"")).lowerBound, try XCTUnwrap(text.range(of: "\"flagged\"")).lowerBound,
                          "keys are sorted")

        let audit = try object(root["audit"])
        XCTAssertEqual(Set(audit.keys), ["flags", "metrics", "positive_is_harmful", "row_count", "sections", "small_group_flags",
                                         "small_group_rows", "source", "threshold", "uncertainty", "weighted"])
        let uncertainty = try object(audit["uncertainty"])
        XCTAssertEqual(uncertainty["confidence"] as? Double, 0.95)
        XCTAssertEqual(uncertainty["correction"] as? String, "holm")
        XCTAssertEqual(uncertainty["bootstrap_replicates"] as? Int, 1000)
        // Female against Male on 6 metrics, and AIF360's disparate impact: 7 tests.
        XCTAssertEqual(uncertainty["comparisons"] as? Int, 7)
        XCTAssertEqual(audit["row_count"] as? Int, 300)
        XCTAssertEqual(audit["threshold"] as? Double, 0.8)
        XCTAssertEqual(audit["small_group_rows"] as? Int, 30)
        XCTAssertEqual(audit["weighted"] as? Bool, false)
        XCTAssertEqual(audit["positive_is_harmful"] as? Bool, false)
        XCTAssertEqual(try object(audit["source"]) as NSDictionary, ["rows_dropped": 0])
        let metric = try object(try array(audit["metrics"])[0])
        XCTAssertEqual(metric as NSDictionary, ["id": "selection_rate", "display_name": "selection rate",
                                                "formula": "(TP + FP) / n", "direction": "higher_is_favorable"])

        var flag = try object(try array(audit["flags"])[1])
        let interval = try object(flag.removeValue(forKey: "disparity_interval"))
        XCTAssertLessThan(try XCTUnwrap(interval["lower"] as? Double), 0.4)
        XCTAssertGreaterThan(try XCTUnwrap(interval["upper"] as? Double), 0.4)
        // 20/100 against 100/200: statsmodels' proportions_ztest p = 5.733031437583866e-07 (scripts/reference/audit_uncertainty.py),
        // the smallest of the 7 (tied with AIF360's disparate impact, listed after it), so Holm multiplies it by 7.
        let test = try object(flag.removeValue(forKey: "test"))
        XCTAssertEqual(try XCTUnwrap(test["p_value"] as? Double), 5.733031437583866e-07, accuracy: 1e-18)
        XCTAssertEqual(try XCTUnwrap(test["adjusted_p_value"] as? Double), 7 * 5.733031437583866e-07, accuracy: 1e-17)
        XCTAssertEqual(test["distinguishable"] as? Bool, true)
        XCTAssertEqual(flag as NSDictionary, ["convention": "aequitas", "attributes": ["sex"], "metric_id": "selection_rate",
                                              "group": "sex=Female", "reference": "sex=Male", "value": 0.2, "reference_value": 0.5,
                                              "disparity": 0.4, "disadvantaged": "sex=Female", "small_group": false])

        let section = try object(try array(audit["sections"])[0])
        XCTAssertEqual(Set(section.keys), ["aequitas", "aif360", "attributes", "fairlearn", "groups", "overall", "overall_intervals"])
        let female = try object(try array(section["groups"])[0])
        XCTAssertEqual(Set(female.keys), ["intervals", "metrics", "name", "rows", "share", "small", "values", "weight"])
        // Wilson 20/100 at 95%: statsmodels' proportion_confint gives [0.1333669333310325, 0.2888291655931589].
        let wilson = try object(try object(female["intervals"])["selection_rate"])
        XCTAssertEqual(try XCTUnwrap(wilson["lower"] as? Double), 0.1333669333310325, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(wilson["upper"] as? Double), 0.2888291655931589, accuracy: 1e-12)
        XCTAssertEqual(female["name"] as? String, "sex=Female")
        XCTAssertEqual(female["values"] as? [String: String], ["sex": "Female"])
        XCTAssertEqual(female["rows"] as? Int, 100)
        XCTAssertEqual(female["weight"] as? Double, 100)
        XCTAssertEqual(female["small"] as? Bool, false)
        XCTAssertEqual(try object(try object(female["metrics"])["selection_rate"]) as NSDictionary, ["value": 0.2])
        XCTAssertEqual(try object(section["overall"])["ppv"] as? [String: Double], ["value": 0.75])

        let fairlearn = try object(section["fairlearn"])
        let spread = try object(try object(fairlearn["metrics"])["selection_rate"])
        XCTAssertEqual(spread["ratio"] as? [String: Double], ["value": 0.4])
        XCTAssertNotNil(spread["difference_interval"] as? [String: Double])
        XCTAssertNotNil(try object(try object(fairlearn["criteria"])["equalized_odds"])["difference_interval"] as? [String: Double],
                        "the composite criterion has its interval too")
        XCTAssertEqual(Set(try object(fairlearn["criteria"]).keys), ["demographic_parity", "equalized_odds", "equal_opportunity"])

        let aif360 = try object(section["aif360"])
        XCTAssertEqual(Set(aif360.keys), ["disparate_impact_test", "intervals", "metrics", "privileged", "privileged_rows",
                                          "privileged_values", "unprivileged", "unprivileged_rows", "unprivileged_values"])
        XCTAssertEqual(Set(try object(aif360["metrics"]).keys), Set(FairnessAudit.AIF360Comparison.reported.map(\.id)))
        XCTAssertEqual(aif360["privileged"] as? [String], ["sex=Male"])
        XCTAssertEqual(try object(aif360["metrics"])["disparate_impact"] as? [String: Double], ["value": 0.4])

        let aequitas = try object(section["aequitas"])
        XCTAssertEqual(aequitas["reference"] as? [String: String], ["kind": "largest"])
        XCTAssertEqual(aequitas["parity"] as? [String: String], ["selection_rate": "unfair", "tpr": "unfair", "fpr": "unfair",
                                                                 "fnr": "unfair", "ppv": "unfair", "accuracy": "fair"])
        let finding = try object(try array(aequitas["findings"])[0])
        XCTAssertEqual(finding["metric_id"] as? String, "selection_rate")
        XCTAssertEqual(finding["reference_group"] as? String, "sex=Male")
        XCTAssertEqual(finding["favours_group"] as? Bool, false)
        XCTAssertEqual(finding["verdict"] as? String, "unfair")
        XCTAssertEqual(finding["disparity"] as? [String: Double], ["value": 0.4])
        let significance = try object(finding["aequitas_significance"])
        XCTAssertEqual(significance["variance_test"] as? String, "levene", "0/1 samples of 100 and 200 are not normal")
        XCTAssertEqual(significance["significant"] as? Bool, true)
    }

    func testUndefinedValuesAreNullWithTheReason() throws {
        let rows = FairnessAuditExample.rows("M", tp: 40, fp: 10, tn: 40, fn: 10) + FairnessAuditExample.rows("F", tp: 0, fp: 10, tn: 40, fn: 0)
        let audit = try FairnessAudit(labels: rows.map(\.label), predictions: rows.map(\.prediction),
                                      protected: [SensitiveFeature(name: "sex", values: rows.map(\.group))])
        let root = try object(JSONSerialization.jsonObject(with: Data(try AuditReport(audit: audit).json().utf8)))
        let section = try object(try array(try object(root["audit"])["sections"])[0])
        let tpr = try object(try object(try object(try array(section["groups"])[0])["metrics"])["tpr"])
        XCTAssertTrue(tpr["value"] is NSNull)
        XCTAssertEqual(tpr["undefined"] as? String, "group 'sex=F' has no positive labels (TP + FN = 0), so its true positive rate is undefined")
    }

    func testTheDocumentHasTheSameSectionsInEveryFormat() throws {
        let report = AuditReport(audit: try FairnessAuditExample.audit(.init(privileged: ["sex": ["Male"]])))
        let headings = report.document.blocks.compactMap { block -> String? in
            if case let .heading(_, text) = block { return text } else { return nil }
        }
        XCTAssertEqual(headings, ["Summary", "sex", "Groups", "Fairlearn: spread between groups", "AIF360: unprivileged against privileged",
                                  "Aequitas: disparity against the reference group"])
        let markdown = report.document.markdown(), html = report.document.html()
        for heading in headings {
            XCTAssertTrue(markdown.contains(MarkdownText.escape(heading)), heading)
            XCTAssertTrue(html.contains(">" + HTMLNode.escape(heading) + "</h"), heading)
        }
        for sentence in report.summary {
            XCTAssertTrue(html.contains(HTMLNode.escape(sentence)), sentence)
        }
        // The Aequitas row of Female: flagged ratios marked "!" in both, each followed by its bootstrap interval;
        // FPR 10/70 against 20/100 is not distinguishable from parity (statsmodels p = 0.336, the largest of 7: Holm keeps it).
        let row = markdown.split(separator: "\n").last { $0.hasPrefix("| Female ") }.map(String.init) ?? ""
        let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(cells.map { $0.replacingOccurrences(of: #" \\\[[0-9.]+, [0-9.]+\\\]"#, with: "", options: .regularExpression) },
                       ["Female", "**0.40 !**", "**0.42 !**", "**0.71 ! n.s.**", "**3.33 !**", "**0.62 !**", "0.87"])
        XCTAssertTrue(cells.dropFirst().allSatisfy { $0.contains(" \\[") }, "every disparity has its interval: \(cells)")
        XCTAssertTrue(html.contains("<td class=\"num flag\">0.40 ! ["))
    }

    func testHostileValuesFromTheDataStayText() throws {
        let csv = "y,p,gr|oup\n" + (0..<60).map { i in "\(i % 2),\(i % 3 == 0 ? 1 : 0),\(i < 30 ? "<script>alert(1)</script>" : "a|b *c*")" }
            .joined(separator: "\n")
        let table = try CSVReader().read(text: csv, source: "hostile.csv")
        let audit = try FairnessAudit(table: table, columns: .init(label: "y", prediction: .column("p"), protected: [.init("gr|oup")]),
                                      dataName: "<b>hostile</b>.csv")
        let report = AuditReport(audit: audit)
        let html = report.document.html()
        XCTAssertFalse(html.contains("<script>"), "a value is never markup")
        XCTAssertFalse(html.contains("<b>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("<title>Fairness audit of &lt;b&gt;hostile&lt;/b&gt;.csv</title>"))
        let markdown = report.document.markdown()
        XCTAssertFalse(markdown.contains("<script>"))
        XCTAssertTrue(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        // Every table line of the Markdown keeps its column count: the group header and values' pipes are escaped.
        for line in markdown.split(separator: "\n") where line.hasPrefix("| gr") {
            XCTAssertTrue(line.hasPrefix("| gr\\|oup "), String(line))
        }
        XCTAssertTrue(markdown.contains("| a\\|b \\*c\\* "), markdown)
    }
}
