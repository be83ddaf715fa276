import XCTest
@testable import FairKit

/// Audits read from a table's columns: binary labels and predictions in their many spellings,
/// scores, weights, missing values, and protected columns as values, bins or a threshold.
final class FairnessAuditTableTests: XCTestCase {
    private func table(_ csv: String) throws -> Table {
        try CSVReader().read(text: csv, source: "test.csv")
    }

    private func make(_ csv: String, label: String = "income", prediction: FairnessAudit.Columns.Prediction = .column("predicted"),
                       positive: String? = nil, weight: String? = nil, protected: [FairnessAudit.ProtectedColumn] = [.init("sex")],
                       dropMissing: Bool = false, options: FairnessAudit.Options = .init(smallGroupRows: 0)) throws -> FairnessAudit {
        try FairnessAudit(table: table(csv), columns: .init(label: label, prediction: prediction, positive: positive, weight: weight,
                                                            protected: protected, dropMissing: dropMissing),
                          options: options, dataName: "test.csv")
    }

    private func error(_ body: () throws -> FairnessAudit) -> String {
        do { _ = try body(); return "no error" } catch { return "\(error)" }
    }

    private static let incomes = """
        income,predicted,sex
        >50K,>50K,M
        >50K,<=50K,M
        <=50K,<=50K,M
        <=50K,>50K,F
        >50K,>50K,F
        <=50K,<=50K,F
        """

    func testTextLabelsAndPredictionsWithAPositiveValue() throws {
        let audit = try make(Self.incomes, positive: ">50K")
        // M: TP 1, FN 1, TN 1 -> selection rate 1/3, TPR 1/2. F: FP 1, TP 1, TN 1 -> selection rate 2/3, TPR 1.
        let section = audit.sections[0]
        XCTAssertEqual(section.group("sex=M")?.metrics["selection_rate"]?.number ?? .nan, 1.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(section.group("sex=M")?.metrics["tpr"]?.number, 0.5)
        XCTAssertEqual(section.group("sex=F")?.metrics["selection_rate"]?.number ?? .nan, 2.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(section.group("sex=F")?.metrics["tpr"]?.number, 1)
        XCTAssertEqual(audit.source, FairnessAudit.Source(data: "test.csv", rowsRead: 6, label: "income", labelPositive: ">50K",
                                                          prediction: "predicted", predictionPositive: ">50K"))
    }

    func testZeroOneAndTrueFalseColumnsNeedNoPositiveValue() throws {
        let audit = try make("y,p,sex\n1,true,M\n0,false,M\n1,false,F\n0,true,F\n", label: "y", prediction: .column("p"))
        XCTAssertEqual(audit.source.labelPositive, "1")
        XCTAssertEqual(audit.source.predictionPositive, "true")
        // M: TP 1, TN 1 -> accuracy 1; F: FN 1, FP 1 -> accuracy 0.
        XCTAssertEqual(audit.sections[0].group("sex=M")?.metrics["accuracy"]?.number, 1)
        XCTAssertEqual(audit.sections[0].group("sex=F")?.metrics["accuracy"]?.number, 0)
    }

    func testTwoValuesOtherThanZeroAndOneNeedAPositiveValue() throws {
        let csv = "credit,p,sex\n1,1,M\n2,2,M\n1,2,F\n2,2,F\n"
        XCTAssertEqual(error { try make(csv, label: "credit", prediction: .column("p")) },
                       "column 'credit' (the label) holds 1, 2; say which value is the positive outcome")
        // "1.0" names the number 1. Label 1 on rows 1 and 3; predicted 1 on row 1 only: M TPR 1, F TPR 0.
        let audit = try make(csv, label: "credit", prediction: .column("p"), positive: "1.0")
        XCTAssertEqual(audit.source.labelPositive, "1")
        XCTAssertEqual(audit.sections[0].group("sex=M")?.metrics["tpr"]?.number, 1)
        XCTAssertEqual(audit.sections[0].group("sex=F")?.metrics["tpr"]?.number, 0)
    }

    func testALabelOfMoreThanTwoValuesIsAnError() {
        let csv = Self.incomes + "\n>50K.,>50K,F"
        XCTAssertEqual(error { try make(csv, positive: ">50K") },
                       "column 'income' has 3 values (<=50K, >50K, >50K.); a binary label needs 2")
    }

    func testAPositiveValueThatNoColumnHoldsIsAnErrorWithASuggestion() {
        XCTAssertEqual(error { try make(Self.incomes, positive: ">50k") },
                       "column 'income' has no value '>50k'; did you mean '>50K'? (values: <=50K, >50K)")
    }

    func testAModelThatNeverPredictsThePositiveClass() throws {
        let audit = try make("income,predicted,sex\n>50K,<=50K,M\n<=50K,<=50K,F\n", positive: ">50K")
        XCTAssertEqual(audit.source.predictionPositive, ">50K")
        XCTAssertEqual(audit.sections[0].overall["selection_rate"]?.number, 0)
    }

    func testScoresAreCutAtTheThresholdInclusive() throws {
        // Predictions score >= 0.5: rows 1 (0.9), 2 (0.5) positive; rows 3 (0.49), 4 (0.1) not.
        let audit = try make("y,score,sex\n1,0.9,M\n0,0.5,M\n1,0.49,F\n0,0.1,F\n", label: "y",
                              prediction: .score("score", threshold: 0.5))
        XCTAssertEqual(audit.sections[0].group("sex=M")?.metrics["selection_rate"]?.number, 1)
        XCTAssertEqual(audit.sections[0].group("sex=F")?.metrics["selection_rate"]?.number, 0)
        XCTAssertEqual(audit.source.score, "score")
        XCTAssertEqual(audit.source.scoreThreshold, 0.5)
        XCTAssertNil(audit.source.prediction)
    }

    private static let withMissing = """
        income,predicted,sex
        >50K,>50K,M
        ,<=50K,M
        <=50K,<=50K,M
        NA,>50K,F
        >50K,,F
        <=50K,<=50K,F
        """

    func testMissingLabelsAndPredictionsAreAnErrorNamingTheRows() throws {
        XCTAssertEqual(error { try make(Self.withMissing, positive: ">50K") },
                       "column 'income' (the label) is missing in 2 rows (rows 2, 4); column 'predicted' (the prediction) is "
                       + "missing in 1 row (row 5); fill in the missing values or drop those rows")
        let audit = try make(Self.withMissing, positive: ">50K", dropMissing: true)
        XCTAssertEqual(audit.rowCount, 3)
        XCTAssertEqual(audit.source.rowsRead, 6)
        XCTAssertEqual(audit.source.rowsDropped, 3)
        XCTAssertEqual(audit.sections[0].groups.map(\.rows), [1, 2], "F keeps row 6, M rows 1 and 3")
    }

    func testDroppingRowsMustNotSilentlyEmptyAGroup() {
        let csv = Self.incomes + "\n,>50K,X"
        XCTAssertEqual(error { try make(csv, positive: ">50K", dropMissing: true) },
                       "after dropping 1 row with missing values, the group sex=X has no rows left (every row of it lacked a value); "
                       + "fill in its missing values, or remove the group from the data if it should not be audited")
    }

    func testMissingProtectedValuesAreAGroupOfTheirOwn() throws {
        let csv = Self.incomes + "\n>50K,>50K,"
        let audit = try make(csv, positive: ">50K", options: .init(privileged: ["sex": ["M"]], smallGroupRows: 0))
        XCTAssertEqual(audit.sections[0].groups.map(\.name), ["sex=F", "sex=M", "sex=(missing)"])
        // AIF360: the row of unknown sex is on neither side.
        XCTAssertEqual(audit.sections[0].aif360?.unprivileged, ["sex=F"])
        XCTAssertEqual(audit.sections[0].aif360.map { $0.privilegedRows + $0.unprivilegedRows }, 6)
    }

    private static let ages = "y,p,age\n" + (0..<24).map { "\($0 % 2),\($0 % 3 == 0 ? 1 : 0),\(18 + 2 * $0)" }.joined(separator: "\n")

    func testNumericProtectedColumnsAreGroupedByBinsOrAThreshold() throws {
        let p = FairnessAudit.Columns.Prediction.column("p")
        // Ages 18, 20, ..., 64: 24 distinct values.
        XCTAssertEqual(error { try make(Self.ages, label: "y", prediction: p, protected: [.init("age")]) },
                       "column 'age' is numeric with 24 distinct values, too many to take each as a group; "
                       + "group it into ranges or split it at a threshold")
        let bins = try [FairnessAudit.NumericBin(lower: 18, upper: 25), .init(lower: 26, upper: 40), .init(lower: 41, upper: nil)]
        let binned = try make(Self.ages, label: "y", prediction: p, protected: [.init("age", grouping: .bins(bins))])
        // 18..24 (4 ages), 26..40 (8), 42..64 (12); groups sorted as text.
        XCTAssertEqual(binned.sections[0].groups.map(\.name), ["age=18-25", "age=26-40", "age=41 or over"])
        XCTAssertEqual(binned.sections[0].groups.map(\.rows), [4, 8, 12])

        let split = try make(Self.ages, label: "y", prediction: p,
                              protected: [.init("age", grouping: .split(.init(.greater, 25)))])
        XCTAssertEqual(split.sections[0].groups.map(\.name), ["age=25 or under", "age=over 25"])
        XCTAssertEqual(split.sections[0].aif360?.privileged, ["age=over 25"], "the side where age > 25 holds is privileged")
    }

    func testBinsMustCoverEveryValueAndEachHoldRows() throws {
        let p = FairnessAudit.Columns.Prediction.column("p")
        let young = try FairnessAudit.NumericBin(lower: 20, upper: 40)
        XCTAssertEqual(error { try make(Self.ages, label: "y", prediction: p, protected: [.init("age", grouping: .bins([young]))]) },
                       "column 'age' is 18 at row 1, which falls in none of the bins (20-40); add a bin that covers it")
        let all = try FairnessAudit.NumericBin(lower: nil, upper: 100), old = try FairnessAudit.NumericBin(lower: 101, upper: nil)
        XCTAssertEqual(error { try make(Self.ages, label: "y", prediction: p, protected: [.init("age", grouping: .bins([all, old]))]) },
                       "no row of column 'age' falls in the bin 101 or over, which would be a group of size 0; remove the bin or widen it")
        let overlapping = try FairnessAudit.NumericBin(lower: 30, upper: nil)
        XCTAssertEqual(error { try make(Self.ages, label: "y", prediction: p, protected: [.init("age", grouping: .bins([all, overlapping]))]) },
                       "the bins 100 or under and 30 or over of column 'age' overlap; make each value fall in one bin")
        XCTAssertThrowsError(try FairnessAudit.NumericBin(lower: 5, upper: 1))
        XCTAssertEqual(error { try make(Self.incomes, positive: ">50K", protected: [.init("sex", grouping: .bins([all]))]) },
                       "column 'sex' is categorical; bins and thresholds need a numeric column (name its values instead)")
    }

    func testANumericCodeOfFewValuesIsTakenValueByValue() throws {
        let audit = try make("y,p,sex\n1,1,0\n0,1,1\n1,0,1\n", label: "y", prediction: .column("p"))
        XCTAssertEqual(audit.sections[0].groups.map(\.name), ["sex=0", "sex=1"])
    }

    func testWeightsEnterEveryCount() throws {
        // M: selected (w 3) and not (w 1): selection rate 3/4. F: selected (w 1) and not (w 1): 1/2.
        let csv = "y,p,sex,w\n1,1,M,3\n0,0,M,1\n1,1,F,1\n0,0,F,1\n"
        let audit = try make(csv, label: "y", prediction: .column("p"), weight: "w")
        XCTAssertTrue(audit.weighted)
        XCTAssertEqual(audit.sections[0].group("sex=M")?.metrics["selection_rate"]?.number, 0.75)
        XCTAssertEqual(audit.sections[0].group("sex=M")?.weight, 4)
        XCTAssertEqual(audit.sections[0].group("sex=F")?.share ?? .nan, 2.0 / 6, accuracy: 1e-15)
        XCTAssertEqual(error { try make(csv.replacingOccurrences(of: "M,3", with: "M,-3"), label: "y", prediction: .column("p"), weight: "w") },
                       "column 'w' (the weight) is -3 at row 1; weights must be finite and >= 0")
    }

    func testColumnsThatDoNotFitAreErrors() {
        XCTAssertEqual(error { try make(Self.incomes, positive: ">50K", protected: [.init("sx")]) },
                       "no column named 'sx'; did you mean 'sex'? (columns: income, predicted, sex)")
        XCTAssertEqual(error { try make(Self.incomes, positive: ">50K", protected: [.init("income")]) },
                       "the label column 'income' cannot also be a protected attribute")
        XCTAssertEqual(error { try make(Self.incomes, positive: ">50K", protected: [.init("sex"), .init("sex")]) },
                       "the protected column 'sex' is listed twice; list each once")
        XCTAssertEqual(error { try make("income,predicted,sex\n", positive: ">50K") }, "the data has no rows to audit")
    }

    func testTheDataBiasReportSeesTheRowsAndGroupsTheAuditSees() throws {
        // Ages split at 25; the weight and the prediction are not features; row 4 is dropped.
        let csv = "y,p,age,w,job\n1,1,20,1,a\n0,0,30,1,b\n1,0,40,2,b\n,1,50,1,a\n0,1,22,1,a\n"
        let audit = try FairnessAudit(table: table(csv), columns: .init(label: "y", prediction: .column("p"), weight: "w",
                                                                         protected: [.init("age", grouping: .split(.init(.greater, 25)))],
                                                                         dropMissing: true),
                                      dataBias: true)
        let report = try XCTUnwrap(audit.dataBias)
        XCTAssertEqual(report.rowCount, 4)
        XCTAssertEqual(report.protectedColumns, ["age"])
        XCTAssertEqual(report.featureColumns, ["job"])
        XCTAssertEqual(report.favorableLabel, "1")
        XCTAssertEqual(report.representation[0].groups.map(\.group), ["age=25 or under", "age=over 25"])
        // Weighted label rates: 25 or under: rows 1 (y 1, w 1) and 5 (y 0, w 1) -> 1/2; over 25: rows 2 (0, w 1), 3 (1, w 2) -> 2/3.
        XCTAssertEqual(report.labelBaseRates[0].groups.map { $0.rate.number ?? .nan }, [0.5, 2.0 / 3])
        XCTAssertNil(try make("y,p,sex\n1,1,a\n0,0,b\n", label: "y", prediction: .column("p")).dataBias, "only when asked for")
        // With a harmful positive the favorable label is the other value.
        let harmful = try FairnessAudit(table: table(csv), columns: .init(label: "y", prediction: .column("p"), protected: [.init("job")],
                                                                          dropMissing: true),
                                        options: .init(positiveIsHarmful: true), dataBias: true)
        XCTAssertEqual(harmful.dataBias?.favorableLabel, "0")
    }
}
