import XCTest
@testable import FairKit

final class MetricFrameTests: XCTestCase {
    private let labels = FairlearnConventionTests.labels
    private let predictions = FairlearnConventionTests.predictions
    private let groups = FairlearnConventionTests.groups

    func testFairlearnsDocumentationExampleThroughTheFrame() throws {
        let frame = try MetricFrame(metrics: [FrameMetric(.selectionRate), FrameMetric(.count)],
                                    labels: labels, predictions: predictions,
                                    sensitive: [SensitiveFeature(name: "sf", values: groups)])
        let selection = try frame.values("selection_rate")
        XCTAssertEqual(selection.groups, ["sf=a", "sf=b", "sf=c"])
        XCTAssertEqual(selection.values.map(\.number), [0.75, 0.5, 0.5])
        XCTAssertEqual(selection.difference().number, 0.25)
        XCTAssertEqual(try frame.values("count").values.map(\.number), [4, 6, 8])
        XCTAssertEqual(try frame.values("count").overall.number, 18)
    }

    func testControlFeaturesMatchFairlearn() throws {
        // Numbers from scripts/reference/fairness_crosscheck.py (sex groups within race strata, weighted).
        let data = CrossCheckFixture()
        let frame = try MetricFrame(metrics: [FrameMetric(.selectionRate)], labels: data.labels,
                                    predictions: data.predictions, weights: data.weights,
                                    sensitive: [data.sexFeature], control: [data.raceFeature])
        let expected: [String: (f: Double, m: Double, overall: Double, difference: Double, ratioToOverall: Double)] = [
            "race=A": (0.37623762376237624, 0.4230769230769231, 0.4046692607003891, 0.046839299314546834, 0.9297410510281797),
            "race=B": (0.5, 0.5133689839572193, 0.5079872204472844, 0.013368983957219305, 0.9842767295597483),
            "race=C": (0.5375722543352601, 0.48031496062992124, 0.5035128805620609, 0.057257293705338885, 0.936642240185339),
        ]
        let strata = try frame.valuesByStratum("selection_rate")
        XCTAssertEqual(strata.map(\.stratum), ["race=A", "race=B", "race=C"])
        for (stratum, values) in strata {
            let e = try XCTUnwrap(expected[stratum])
            XCTAssertEqual(values.groups, ["sex=F", "sex=M"])
            XCTAssertEqual(values.values[0].number!, e.f, accuracy: 1e-12)
            XCTAssertEqual(values.values[1].number!, e.m, accuracy: 1e-12)
            XCTAssertEqual(values.overall.number!, e.overall, accuracy: 1e-12)
            XCTAssertEqual(values.difference().number!, e.difference, accuracy: 1e-12)
            XCTAssertEqual(values.ratio(method: .toOverall).number!, e.ratioToOverall, accuracy: 1e-12)
        }
        XCTAssertEqual(try frame.values("selection_rate", stratum: "race=B").overall.number!, 0.5079872204472844, accuracy: 1e-12)
        XCTAssertThrowsError(try frame.values("selection_rate")) { error in
            XCTAssertTrue("\(error)".contains("this frame has control features (race); name a stratum: race=A; race=B; race=C"), "\(error)")
        }
        XCTAssertThrowsError(try frame.values("selection_rate", stratum: "race=D"))
    }

    func testSampleMetricsSeeEachGroupsRowsInRowOrder() throws {
        // A closure metric: the mean score, with the rows each group passes in.
        let scores = [0.1, 0.2, 0.3, 0.4, 0.5]
        let mean = FrameMetric(id: "mean_score", displayName: "mean score", direction: .neutral) { sample in
            guard let s = sample.scores, !s.isEmpty else { return .undefined(reason: "no scores") }
            return .value(s.reduce(0, +) / Double(s.count))
        }
        let seen = FrameMetric(id: "first_label", displayName: "first label", direction: .neutral) { sample in
            .value(Double(sample.labels[0] * 10 + sample.predictions[0]))
        }
        let frame = try MetricFrame(metrics: [mean, seen, FrameMetric(.selectionRate)],
                                    labels: [1, 0, 1, 0, 1], predictions: [0, 0, 1, 1, 1], scores: scores,
                                    sensitive: [SensitiveFeature(name: "g", values: ["b", "a", "b", "a", "b"])])
        // Group a = rows 1, 3: scores 0.2, 0.4 -> 0.3. Group b = rows 0, 2, 4: 0.1, 0.3, 0.5 -> 0.3.
        let values = try frame.values("mean_score")
        XCTAssertEqual(values.values[0].number!, 0.3, accuracy: 1e-15)
        XCTAssertEqual(values.values[1].number!, 0.3, accuracy: 1e-15)
        XCTAssertEqual(values.overall.number!, 0.3, accuracy: 1e-15)
        // First row of a is row 1 (y 0, ŷ 0) -> 0; of b row 0 (y 1, ŷ 0) -> 10.
        XCTAssertEqual(try frame.values("first_label").values.map(\.number), [0, 10])
        XCTAssertEqual(try frame.values("selection_rate").values.map(\.number), [0.5, 2.0 / 3])
    }

    func testAbsentIntersectionsAreNotListed() throws {
        let frame = try MetricFrame(metrics: [FrameMetric(.count)], labels: [1, 0, 1], predictions: [1, 0, 0],
                                    sensitive: [SensitiveFeature(name: "sex", values: ["F", "M", "M"]),
                                                SensitiveFeature(name: "race", values: ["X", "X", "Y"])])
        XCTAssertEqual(try frame.values("count").groups, ["sex=F, race=X", "sex=M, race=X", "sex=M, race=Y"])
    }

    func testAStratumListsOnlyTheGroupsItHolds() throws {
        // Stratum old has only sex=M rows (row 2); young has F (row 0) and M (row 1).
        let rows = FrameMetric(id: "rows", displayName: "row indices", direction: .neutral) { sample in
            .value(Double(sample.labels.count))
        }
        let frame = try MetricFrame(metrics: [FrameMetric(.count), rows], labels: [1, 0, 1], predictions: [1, 0, 0],
                                    sensitive: [SensitiveFeature(name: "sex", values: ["F", "M", "M"])],
                                    control: [SensitiveFeature(name: "age", values: ["young", "young", "old"])])
        XCTAssertEqual(frame.strata.map(\.name), ["age=old", "age=young"])
        XCTAssertEqual(try frame.values("count", stratum: "age=old").groups, ["sex=M"])
        XCTAssertEqual(try frame.values("count", stratum: "age=young").groups, ["sex=F", "sex=M"])
        // A sample metric sees each stratum's rows overall and each cell's rows by group.
        XCTAssertEqual(try frame.values("rows", stratum: "age=young").overall.number, 2)
        XCTAssertEqual(try frame.values("rows", stratum: "age=young").values.map(\.number), [1, 1])
        XCTAssertEqual(try frame.values("rows", stratum: "age=old").overall.number, 1)
    }

    func testFromATablesColumns() throws {
        let table = try Table([
            .categorical("income", [">50K", "<=50K", ">50K", "<=50K"]),
            .numeric("predicted", [1, 0, 0, 1]),
            .numeric("w", [1, 2, 1, 1]),
            .categorical("sex", ["F", "F", "M", nil]),
        ])
        let frame = try MetricFrame(table: table, metrics: [FrameMetric(.selectionRate), FrameMetric(.count)],
                                    labels: "income", predictions: "predicted", positive: ">50K", weights: "w",
                                    sensitive: ["sex"])
        let selection = try frame.values("selection_rate")
        // F: predictions 1 (w 1), 0 (w 2) -> 1/3; M: 0 -> 0; missing: 1 -> 1.
        XCTAssertEqual(selection.groups, ["sex=F", "sex=M", "sex=(missing)"])
        XCTAssertEqual(selection.values[0].number!, 1.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(selection.values[1].number, 0)
        XCTAssertEqual(selection.values[2].number, 1)
        XCTAssertEqual(try frame.values("count").values.map(\.number), [3, 1, 1])
    }

    func testTableInputErrorsNameTheColumnRowAndFix() throws {
        let table = try Table([
            .categorical("income", [">50K", nil, "<=50K"]),
            .numeric("predicted", [1, 2, 0]),
            .boolean("ok", [true, false, true]),
            .categorical("sex", ["F", "M", "F"]),
        ])
        func message(_ body: () throws -> Void) -> String {
            do { try body(); return "no error" } catch { return "\(error)" }
        }
        let metrics = [FrameMetric(.selectionRate)]
        XCTAssertEqual(message { _ = try MetricFrame(table: table, metrics: metrics, labels: "income", predictions: "predicted", sensitive: ["sex"]) },
                       "column 'income' holds categories (<=50K, >50K); say which one is the positive outcome")
        XCTAssertEqual(message { _ = try MetricFrame(table: table, metrics: metrics, labels: "income", predictions: "predicted", positive: ">50k", sensitive: ["sex"]) },
                       "column 'income' has no value '>50k'; did you mean '>50K'? (values: <=50K, >50K)")
        XCTAssertEqual(message { _ = try MetricFrame(table: table, metrics: metrics, labels: "income", predictions: "predicted", positive: ">50K", sensitive: ["sex"]) },
                       "column 'income' row 2 is missing; every row needs a value (drop or fill missing rows first)")
        XCTAssertEqual(message { _ = try MetricFrame(table: table, metrics: metrics, labels: "predicted", predictions: "predicted", sensitive: ["sex"]) },
                       "column 'predicted' row 2 is 2; values must be 0 or 1")
        XCTAssertTrue(message { _ = try MetricFrame(table: table, metrics: metrics, labels: "ok", predictions: "ok", sensitive: ["sexx"]) }
            .hasPrefix("no column named 'sexx'; did you mean 'sex'?"))
    }

    func testAskingForAnUnknownOrRepeatedMetricIsAnError() throws {
        let frame = try MetricFrame(metrics: [FrameMetric(.truePositiveRate)], labels: [1], predictions: [1],
                                    sensitive: [SensitiveFeature(name: "g", values: ["a"])])
        XCTAssertThrowsError(try frame.values("tpr_")) { error in
            XCTAssertTrue("\(error)".contains("no metric in this frame 'tpr_'; did you mean 'tpr'?"), "\(error)")
        }
        XCTAssertThrowsError(try MetricFrame(metrics: [FrameMetric(.truePositiveRate), FrameMetric(.truePositiveRate)],
                                             labels: [1], predictions: [1], sensitive: [SensitiveFeature(name: "g", values: ["a"])]))
        XCTAssertThrowsError(try MetricFrame(metrics: [FrameMetric(.truePositiveRate)], labels: [1], predictions: [1],
                                             scores: [.nan], sensitive: [SensitiveFeature(name: "g", values: ["a"])])) { error in
            XCTAssertEqual("\(error)", "score at row 1 is nan; scores must be finite numbers")
        }
        XCTAssertThrowsError(try MetricFrame(metrics: [FrameMetric(.truePositiveRate)], labels: [1, 0], predictions: [1, 0],
                                             sensitive: [SensitiveFeature(name: "g", values: ["a"])])) { error in
            XCTAssertEqual("\(error)", "feature 'g' has 1 values but there are 2 labels; pass one per row")
        }
    }
}
