import FairKit
import Foundation
import XCTest
@testable import Workbench

/// `learn audit`'s options as text, parsed into FairKit's columns and options, and every problem
/// with them a usage error naming the option and the form it takes.
final class AuditRequestTests: XCTestCase {
    private func request(protected: String = "sex", prediction: String? = "p", score: String? = nil, threshold: String? = nil,
                         privileged: String? = nil, bins: String? = nil, reference: String? = nil, metrics: String? = nil,
                         tau: String? = nil) -> AuditRequest {
        AuditRequest(data: "data.csv", label: "y", prediction: prediction, score: score, threshold: threshold, protected: protected,
                     privileged: privileged, bins: bins, reference: reference, metrics: metrics, tau: tau)
    }

    /// The usage error `request` gives, as printed.
    private func usage(_ request: AuditRequest, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try request.resolved()
            XCTFail("no error", file: file, line: line)
            return ""
        } catch let failure as RequestFailure {
            XCTAssertEqual(failure.kind, .usage, file: file, line: line)
            return failure.description
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return ""
        }
    }

    func testPrivilegedValuesAndThresholds() throws {
        let (columns, options) = try request(protected: "sex, race,age", privileged: "sex=Male,race=White,Asian-Pac-Islander,age>25").resolved()
        XCTAssertEqual(options.privileged, ["sex": ["Male"], "race": ["White", "Asian-Pac-Islander"]])
        XCTAssertEqual(columns.protected, [.init("sex"), .init("race"), .init("age", grouping: .split(.init(.greater, 25)))])
        for (rule, comparison) in [("age>=26", FairnessAudit.NumericSplit.Comparison.greaterOrEqual), ("age<25", .less), ("age<=25", .lessOrEqual)] {
            XCTAssertEqual(try request(protected: "age", privileged: rule).resolved().columns.protected[0].grouping,
                           .split(.init(comparison, rule.hasSuffix("26") ? 26 : 25)), rule)
        }
        // A value may itself start with a comparison sign: everything after "=" is the value.
        XCTAssertEqual(try request(protected: "income", privileged: "income=>50K").resolved().options.privileged, ["income": [">50K"]])
    }

    func testBinsReferencesMetricsAndSettings() throws {
        let (columns, options) = try request(protected: "age,hours", bins: "age=18-25,26-40,41-,hours=-39,40-", reference: "age=18-25",
                                             metrics: "selection_rate, tpr", tau: "0.75").resolved()
        XCTAssertEqual(columns.protected[0].grouping, .bins([try .init(lower: 18, upper: 25), try .init(lower: 26, upper: 40),
                                                             try .init(lower: 41, upper: nil)]))
        XCTAssertEqual(columns.protected[1].grouping, .bins([try .init(lower: nil, upper: 39), try .init(lower: 40, upper: nil)]))
        XCTAssertEqual(options.reference, .values(["age": "18-25"]))
        XCTAssertEqual(options.metrics.map(\.id), ["selection_rate", "tpr"])
        XCTAssertEqual(options.threshold, 0.75)
        XCTAssertEqual(try request(reference: "min").resolved().options.reference, .minimumMetric)
        XCTAssertEqual(try request(reference: "majority").resolved().options.reference, .largest)
        XCTAssertEqual(try request().resolved().options.metrics.map(\.id), ["selection_rate", "tpr", "fpr", "fnr", "ppv", "accuracy"])
        XCTAssertEqual(try request(prediction: nil, score: "s").resolved().columns.prediction, .score("s", threshold: 0.5))
        XCTAssertEqual(try request(prediction: nil, score: "s", threshold: "0.7").resolved().columns.prediction, .score("s", threshold: 0.7))
    }

    func testEveryUnusableValueIsAUsageErrorShowingTheForm() {
        XCTAssertEqual(usage(request(protected: " , ")), "--protected: name at least one column, e.g. --protected sex,race")
        XCTAssertEqual(usage(request(metrics: "selection_rate,tpt")),
                       "--metrics: no group metric 'tpt'; did you mean 'tpr'? (known: selection_rate, base_rate, tpr, tnr, fpr, fnr, "
                       + "ppv, npv, fdr, for, accuracy, error_rate, predicted_positive_share, count, tp, fp, tn, fn)")
        XCTAssertEqual(usage(request(tau: "1.5")), "--tau: 1.5 is not in (0, 1]; Aequitas and the four-fifths rule use 0.8")
        XCTAssertEqual(usage(request(tau: "high")), "--tau: 'high' is not a number in (0, 1], such as 0.8")
        XCTAssertEqual(usage(request(threshold: "0.5")), "--threshold: applies to --score only; drop it, or give --score instead of --prediction")
        XCTAssertEqual(usage(request(prediction: nil)), "--prediction: give the column of predictions (--prediction COL) or of scores (--score COL)")
        XCTAssertEqual(usage(request(score: "s")), "--score: give either --prediction or --score, not both")
        XCTAssertEqual(usage(request(privileged: "race=White")),
                       "--privileged: 'race' is not one of the protected columns (sex); add it to --protected or correct the name")
        XCTAssertEqual(usage(request(privileged: "Male")),
                       "--privileged: 'Male' names no column; write COLUMN=VALUE (several: sex=Male,race=White) or COLUMN>NUMBER (also >=, <, <=)")
        XCTAssertEqual(usage(request(protected: "age", privileged: "age>old")),
                       "--privileged: 'age>old' needs a number after '>'; write COLUMN=VALUE (several: sex=Male,race=White) or COLUMN>NUMBER (also >=, <, <=)")
        XCTAssertEqual(usage(request(protected: "age", privileged: "age>25", bins: "age=18-25,26-")),
                       "--privileged: 'age' has --bins, so name a bin as its privileged group (e.g. --privileged age=18-25) instead of a threshold")
        XCTAssertEqual(usage(request(protected: "age", bins: "age=18to25")),
                       "--bins: '18to25' (for 'age') is not a range; write COLUMN=LOW-HIGH,LOW-HIGH,LOW- (LOW- is LOW or over, -HIGH is "
                       + "HIGH or under), e.g. age=18-25,26-40,41-")
        XCTAssertEqual(usage(request(protected: "age", bins: "age=40-20")),
                       "--bins: the bin 40-20 starts above its end; write the smaller bound first (for 'age')")
        XCTAssertEqual(usage(request(protected: "age", bins: "18-25")),
                       "--bins: '18-25' names no column; write COLUMN=LOW-HIGH,LOW-HIGH,LOW- (LOW- is LOW or over, -HIGH is HIGH or under), "
                       + "e.g. age=18-25,26-40,41-")
        XCTAssertEqual(usage(request(reference: "biggest")), "--reference: 'biggest' is not majority, min, or COLUMN=VALUE (several: sex=Male,race=White)")
    }

    func testProblemsWithTheFileAreBadInputNamingTheFileAndTheFix() throws {
        let folder = try TemporaryWorkspace()
        defer { folder.remove() }
        try folder.write("income,predicted,sex,age\n>50K,>50K,M,30\n<=50K,<=50K,F,41\n>50K,,F,52\n", to: "data.csv")
        func failure(_ request: AuditRequest) -> RequestFailure? {
            do { _ = try request.run(currentDirectory: folder.root); return nil } catch { return error as? RequestFailure }
        }
        func audit(protected: String = "sex", positive: String? = ">50K", data: String = "data.csv") -> AuditRequest {
            AuditRequest(data: data, label: "income", prediction: "predicted", positive: positive, protected: protected)
        }
        let missingFile = failure(audit(data: "nope.csv"))
        XCTAssertEqual(missingFile?.kind, .badInput)
        XCTAssertEqual(missingFile?.description, folder.root.appendingPathComponent("nope.csv").path
                       + ": cannot read the file: no such file. Fix: check the path and that the file exists and is readable.")
        XCTAssertEqual(failure(audit(protected: "sx"))?.description,
                       "data.csv: no column named 'sx'; did you mean 'sex'? (columns: income, predicted, sex, age)")
        XCTAssertEqual(failure(audit(positive: nil))?.description,
                       "data.csv: column 'income' (the label) holds <=50K, >50K; say which value is the positive outcome with --positive VALUE")
        XCTAssertEqual(failure(audit())?.description,
                       "data.csv: column 'predicted' (the prediction) is missing in 1 row (row 3); fill in the missing values or drop those rows "
                       + "(--drop-missing leaves them out and reports how many)")
        try folder.write("y,p,age\n" + (0..<20).map { "\($0 % 2),1,\(20 + $0)" }.joined(separator: "\n"), to: "ages.csv")
        XCTAssertEqual(failure(AuditRequest(data: "ages.csv", label: "y", prediction: "p", protected: "age"))?.description,
                       "ages.csv: column 'age' is numeric with 20 distinct values, too many to take each as a group; group it into ranges "
                       + "or split it at a threshold: --bins age=LOW-HIGH,...,LOW- (e.g. --bins age=18-25,26-40,41-) or --privileged 'age>NUMBER'")
        try folder.write("y,p,sex\n1,1,M\n0,1\n", to: "ragged.csv")
        XCTAssertEqual(failure(AuditRequest(data: "ragged.csv", label: "y", prediction: "p", protected: "sex"))?.description,
                       folder.root.appendingPathComponent("ragged.csv").path + ":3: line 3 has 2 fields, the header has 3. Fix: look for a "
                       + "missing or extra delimiter on that line; quote fields that contain the delimiter (\"a,b\").")
        let audited = try AuditRequest(data: "data.csv", label: "income", prediction: "predicted", positive: ">50K", protected: "sex",
                                       dropMissing: true).run(currentDirectory: folder.root)
        XCTAssertEqual(audited.rowCount, 2)
        XCTAssertEqual(audited.source.rowsDropped, 1)
    }
}
