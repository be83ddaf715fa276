import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn project run lending-audit --reference` end to end: the artifacts, their numbers against
/// FairKit computed directly here, the model files, and the HTML in a headless browser.
final class LendingAuditRunTests: XCTestCase {
    func testTheRunWritesEveryArtifactWithTheModelCard() throws {
        let (_, result, out) = try ReferenceRuns.shared.run("lending-audit")
        XCTAssertTrue(result.reference)
        for file in ["report.html", "report.md", "numbers.json", "model.json", "boundary-model.json", "model-card.md", "model-card.html",
                     "model-card.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), file)
        }
        XCTAssertEqual(result.artifacts.filter(\.pending).map(\.file), [])
        let images = result.files.filter { $0.hasSuffix(".svg") }
        XCTAssertEqual(images.count, 6, "two approval charts, errors, boundary, two proxy charts")
        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        for image in images { XCTAssertTrue(markdown.contains("(<\(image)>)"), "report.md shows \(image)") }
        XCTAssertTrue(markdown.contains("Computed by the reference solution."))
    }

    func testKeyNumbersEqualFairKitsOwnComputation() throws {
        let (_, result, _) = try ReferenceRuns.shared.run("lending-audit")
        let numbers = result.numbers
        // The same model, fitted here with FairKit alone.
        let german = try Dataset.germanCredit()
        let split = try DataSplit.trainTest(rowCount: german.table.rowCount, testSize: .fraction(0.3), seed: 21, stratifyBy: german.labels)
        let (train, test) = german.split(split)
        var model = Pipeline(settings: .init(dataset: german), classifier: try LogisticRegression())
        try model.fit(train.table)
        let predictions = try model.predict(test.table)
        for (key, column, privileged) in [("sex", "sex", "male"), ("age", "age_group", "age > 25")] {
            let comparison = try PrivilegedComparison(labels: test.labels, predictions: predictions,
                                                      features: [SensitiveFeature(try test.table.column(column))],
                                                      privileged: .attribute(column, in: [privileged]))
            let di = try XCTUnwrap(AIF360Metric.disparateImpact.value(on: comparison).number)
            let spd = try XCTUnwrap(AIF360Metric.statisticalParityDifference.value(on: comparison).number)
            XCTAssertEqual(try XCTUnwrap(numbers["disparate_impact_\(key)"]), di, accuracy: 1e-12, key)
            XCTAssertEqual(try XCTUnwrap(numbers["statistical_parity_difference_\(key)"]), spd, accuracy: 1e-12, key)
        }
        let ages = try test.table.column("age_group"), sexes = try test.table.column("sex")
        let youngWomen = test.labels.indices.filter { ages[$0].text == "age <= 25" && sexes[$0].text == "female" }
        let counts = try ConfusionCounts(labels: test.labels, predictions: predictions, rows: youngWomen)
        XCTAssertEqual(try XCTUnwrap(numbers["false_negative_rate_female_young"]), try XCTUnwrap(counts.falseNegativeRate.number), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(numbers["error_rate_female_young"]), (counts.falsePositives + counts.falseNegatives) / counts.total, accuracy: 1e-12)
        let accuracy = Double(zip(predictions, test.labels).filter { $0 == $1 }.count) / Double(test.labels.count)
        XCTAssertEqual(try XCTUnwrap(numbers["accuracy"]), accuracy, accuracy: 1e-12)

        // The boundary of the two-feature model: x2 = (logit(0.5) - w0 - w1 x1) / w2, logit(0.5) = 0.
        var small = try LogisticRegression()
        try small.fit(Matrix(columns: [try XCTUnwrap(try train.table.column("month").numbers).map { $0 ?? 0 },
                                       try XCTUnwrap(try train.table.column("credit_amount").numbers).map { ($0 ?? 0) / 1000 }]), train.labels)
        let fitted = try XCTUnwrap(small.fitted)
        XCTAssertEqual(try XCTUnwrap(numbers["boundary_slope"]), -fitted.coefficients[0] / fitted.coefficients[1], accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(numbers["boundary_intercept"]), -fitted.intercept / fitted.coefficients[1], accuracy: 1e-12)

        // The proxies: FairKit's own scan (uncorrected Cramér's V) finds the same strongest stand-in for age.
        let scan = try XCTUnwrap(try DataBiasReport(dataset: german).proxies.first { $0.protectedColumn == "age_group" })
        let housing = try XCTUnwrap(scan.features.first { $0.feature == "housing" })
        XCTAssertEqual(try XCTUnwrap(numbers["proxy_age_v"]), try XCTUnwrap(housing.value.number), accuracy: 1e-12)
    }

    func testTheModelCardIsTheModelFilesOnTheTestRows() throws {
        let (_, result, out) = try ReferenceRuns.shared.run("lending-audit")
        let model = try Pipeline(modelFileData: try Data(contentsOf: out.appendingPathComponent("model.json")))
        let german = try Dataset.germanCredit()
        let split = try DataSplit.trainTest(rowCount: german.table.rowCount, testSize: .fraction(0.3), seed: 21, stratifyBy: german.labels)
        let test = german.split(split).test
        let rates = try ProjectModelCard.assertCard(out, modelFile: "model.json", predictions: try model.predict(test.table),
                                                    groups: [("sex", try ProjectModelCard.texts(test.table, "sex")),
                                                             ("age_group", try ProjectModelCard.texts(test.table, "age_group"))])
        // numbers.json's disparate impact is the card's unprivileged over privileged selection rate.
        XCTAssertEqual(try XCTUnwrap(result.numbers["disparate_impact_sex"]),
                       try XCTUnwrap(rates["sex"]?["female"]) / XCTUnwrap(rates["sex"]?["male"]), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(result.numbers["disparate_impact_age"]),
                       try XCTUnwrap(rates["age_group"]?["age <= 25"]) / XCTUnwrap(rates["age_group"]?["age > 25"]), accuracy: 1e-12)
    }

    func testTheModelFilesReloadAndPredictAsTheRunDid() throws {
        let (_, _, out) = try ReferenceRuns.shared.run("lending-audit")
        let model = try Pipeline(modelFileData: try Data(contentsOf: out.appendingPathComponent("model.json")))
        let german = try Dataset.germanCredit()
        XCTAssertEqual(try model.predict(german.table).count, 1000)
        XCTAssertEqual(try ModelFile.kind(of: try Data(contentsOf: out.appendingPathComponent("boundary-model.json"))), .logisticRegression)
    }

    func testTheReportRendersInABrowserWithoutConsoleErrors() throws {
        let (_, _, out) = try ReferenceRuns.shared.run("lending-audit")
        let dom = try ReferenceRuns.assertRendersInBrowser(out, screenshot: "lending-audit",
                                                          headings: ["Who is approved", "Errors by subgroup", "The decision boundary",
                                                                     "Proxies: the postal-code question", "Findings"])
        XCTAssertTrue(dom.contains("class=\"boundary\""), "the boundary line is drawn")
    }

    func testTheModelCardRendersInABrowserWithoutConsoleErrors() throws {
        let (_, _, out) = try ReferenceRuns.shared.run("lending-audit")
        let rendering = try HeadlessBrowser.require().render(out.appendingPathComponent("model-card.html"))
        XCTAssertEqual(rendering.console, [], "no console messages")
        for heading in ["Model details", "Intended use", "Quantitative analyses", "Caveats and recommendations"] {
            XCTAssertTrue(rendering.dom.contains(heading), heading)
        }
    }
}
