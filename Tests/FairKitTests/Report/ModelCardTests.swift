import FairKit
import Foundation
import XCTest

/// The model card on a tiny hand-built example: a logistic regression on one column x with
/// coefficient 10 and intercept 0 (prediction 1 exactly when x > 0), eight rows:
///
///     sex band  x  hired   prediction
///     A   young  1 yes     1   TP
///     A   old    1 no      1   FP
///     A   young -1 no      0   TN
///     A   old   -1 yes     0   FN
///     B   young  1 yes     1   TP
///     B   young -1 no      0   TN
///     B   old   -1 no      0   TN
///     B   old   -1 yes     0   FN
final class ModelCardTests: XCTestCase {
    static let modelFile = """
        {"format_version": 1, "kind": "pipeline",
         "label": {"column": "hired", "positive": "yes", "negative": "no"},
         "encoder": {"kind": "feature_encoder", "standardize": false, "columns": [{"name": "x", "type": "numeric"}]},
         "model": {"kind": "logistic_regression", "hyperparameters": {"penalty": "l2", "C": 0.5, "fit_intercept": true, "max_depth": null},
                   "coefficients": [10], "intercept": 0, "iterations": 7},
         "provenance": {"fairkit_version": "written by hand", "training_rows": 20, "training_file": "train.csv"}}
        """
    static let labels = [1, 0, 0, 1, 1, 0, 0, 1]
    static let predictions = [1, 1, 0, 0, 1, 0, 0, 0]

    static func card(sex: String = "sex", values: [String] = ["A", "A", "A", "A", "B", "B", "B", "B"], file: String = "model.json",
                     answers: WrittenAnswers = WrittenAnswers()) throws -> ModelCard {
        let details = try ModelCard.ModelDetails(modelFileData: Data(modelFile.utf8), file: file)
        let band = ["young", "old", "young", "old", "young", "young", "old", "old"]
        let audit = try FairnessAudit(labels: labels, predictions: predictions,
                                      protected: [SensitiveFeature(name: sex, values: values), SensitiveFeature(name: "band", values: band)],
                                      source: .init(data: "tiny.csv"))
        return ModelCard(model: details, audit: audit, answers: answers, answersFile: nil)
    }

    func testDetailsComeFromTheModelFile() throws {
        let d = try Self.card().model
        XCTAssertEqual(d.classifier, "logistic_regression")
        XCTAssertEqual(d.label, "hired")
        XCTAssertEqual(d.positive, "yes")
        XCTAssertEqual(d.featureColumns, ["x"])
        XCTAssertEqual(d.hyperparameters, [.init("C", "0.5"), .init("fit_intercept", "true"), .init("max_depth", "none"), .init("penalty", "l2")])
        XCTAssertEqual(d.fitDiagnostics, [.init("intercept", "0"), .init("iterations", "7")])
        XCTAssertEqual(d.provenance?.trainingRows, 20)
        XCTAssertEqual(d.provenance?.trainingFile, "train.csv")
    }

    func testNumbersAreTheHandDerivedOnes() throws {
        let card = try Self.card()
        let overall = Dictionary(card.overall.map { ($0.id, $0.value.number ?? .nan) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(overall["selection_rate"] ?? .nan, 0.375, accuracy: 1e-12)  // 3 predicted yes of 8
        XCTAssertEqual(overall["accuracy"] ?? .nan, 0.625, accuracy: 1e-12)        // TP 2 + TN 3 of 8
        XCTAssertEqual(overall["tpr"] ?? .nan, 0.5, accuracy: 1e-12)               // 2 of 4 yes
        XCTAssertEqual(overall["fpr"] ?? .nan, 0.25, accuracy: 1e-12)              // 1 of 4 no
        let json = try JSONSerialization.jsonObject(with: Data(try card.json().utf8)) as? [String: Any]
        XCTAssertEqual(((json?["overall"] as? [String: Any])?["selection_rate"] as? [String: Any])?["value"] as? Double ?? .nan, 0.375, accuracy: 1e-12)
        XCTAssertEqual(json?["kind"] as? String, "model_card")
        let sex = try XCTUnwrap(card.audit.sections.first)
        // A: 2 of 4 selected, B: 1 of 4; Fairlearn difference 0.5 − 0.25, ratio 0.25 / 0.5.
        XCTAssertEqual(sex.group("sex=A")?.metrics["selection_rate"]?.number ?? .nan, 0.5, accuracy: 1e-12)
        XCTAssertEqual(sex.group("sex=B")?.metrics["accuracy"]?.number ?? .nan, 0.75, accuracy: 1e-12)  // TP 1 + TN 2 of 4
        XCTAssertEqual(sex.fairlearn.metrics["selection_rate"]?.difference.number ?? .nan, 0.25, accuracy: 1e-12)
        XCTAssertEqual(sex.fairlearn.metrics["selection_rate"]?.ratio.number ?? .nan, 0.5, accuracy: 1e-12)
        // The card shows them: 0.375 overall, and the spread row.
        let markdown = card.document.markdown()
        let rows = markdown.split(separator: "\n").map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        XCTAssertTrue(rows.contains(["selection\\_rate", "0.375"]), markdown)
        XCTAssertTrue(rows.contains(["selection\\_rate", "0.250", "0.500"]), markdown)
        // Unitary and intersectional: sex, band, and sex x band (A, old: 1 of 2 selected).
        XCTAssertTrue(markdown.contains("### Unitary: sex") && markdown.contains("### Unitary: band") && markdown.contains("### Intersectional: sex x band"))
        XCTAssertEqual(card.audit.sections[2].group("sex=A, band=old")?.metrics["selection_rate"]?.number ?? .nan, 0.5, accuracy: 1e-12)
    }

    /// Every unanswered field is its heading, then "To be written" with the question, then the
    /// next heading: no other text is ever put there.
    func testUnansweredFieldsAreMarkedNeverInvented() throws {
        let answers = WrittenAnswers(["developers": .text("A. Student"), "out_of_scope_uses": .list(["hiring"])])
        let card = try Self.card(answers: answers)
        let blocks = card.document.blocks
        for field in ModelCard.writtenFields {
            let at = try XCTUnwrap(blocks.firstIndex(of: .heading(level: 3, text: field.title)), field.key)
            let body = blocks[(at + 1)...].prefix { if case .heading = $0 { return false } else { return true } }
            switch field.key {
            case "developers": XCTAssertEqual(Array(body), [.paragraph(["A. Student"])])
            case "out_of_scope_uses": XCTAssertEqual(Array(body), [.list([["hiring"]])])
            default:
                XCTAssertEqual(body.count, 1, field.key)
                guard case .paragraph(let spans)? = body.first else { return XCTFail(field.key) }
                XCTAssertEqual(spans.first, ReportSpan("To be written", .caution), field.key)
                XCTAssertEqual(spans.dropFirst().map(\.text).joined(), " (\(field.key)\(field.isRequired ? ", required" : "")): \(field.prompt)")
            }
        }
        let json = try JSONSerialization.jsonObject(with: Data(try card.json().utf8)) as? [String: Any]
        let completeness = json?["completeness"] as? [String: Any]
        XCTAssertEqual(completeness?["complete"] as? Bool, false)
        XCTAssertEqual(completeness?["written"] as? [String], ["developers", "out_of_scope_uses"])
        let ethics = (json?["fields"] as? [String: Any])?["ethical_considerations"] as? [String: Any]
        XCTAssertEqual(ethics?["written"] as? Bool, false)
        XCTAssertTrue(ethics?["text"] is NSNull)
    }

    func testSectionsFollowMitchellEtAl() throws {
        let markdown = try Self.card().document.markdown()
        var last = markdown.startIndex
        for section in ["Model details", "Intended use", "Factors", "Metrics", "Evaluation data", "Training data",
                        "Quantitative analyses", "Ethical considerations", "Caveats and recommendations"] {
            let found = try XCTUnwrap(markdown.range(of: "\n## \(section)\n", range: last..<markdown.endIndex), section)
            last = found.upperBound
        }
    }

    func testHostileNamesAreEscapedAndThePageIsSelfContained() throws {
        let hostile = "<script>alert('x')</script>"
        let card = try Self.card(sex: hostile, values: ["\"><img src=x onerror=alert(1)>", "a", "a", "a", "b", "b", "b", "b"],
                                 file: "<b>model</b>.json", answers: WrittenAnswers(["developers": .text("<iframe src=\"https://evil.example\">")]))
        let html = card.document.html()
        XCTAssertFalse(html.contains("<script"), "a column name became markup")
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("<iframe"))
        XCTAssertFalse(html.contains("<b>model"))
        XCTAssertTrue(html.contains("&lt;script&gt;"))
        // The URL stays text in a paragraph; nothing is loaded from it.
        ReportPageChecks.assertSelfContained(html)
    }

    func testRendersInAHeadlessBrowser() throws {
        try ReportPageChecks.assertRendersInBrowser(try Self.card().document, name: "model-card")
    }
}
