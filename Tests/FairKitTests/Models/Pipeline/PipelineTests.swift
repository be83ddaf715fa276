import XCTest
@testable import FairKit

final class PipelineTests: XCTestCase {
    /// age, purpose (categorical), sex (protected), credit (the label), six rows.
    func loans() throws -> Table {
        try Table([
            .numeric("age", [20, 30, 40, 50, 60, 35]),
            .categorical("purpose", ["car", "tv", "car", "tv", "car", "tv"]),
            .categorical("sex", ["F", "M", "F", "M", "F", "M"]),
            .categorical("credit", ["bad", "good", "good", "bad", "good", "good"]),
        ])
    }

    func testProtectedAndLabelColumnsAreLeftOutAndRecorded() throws {
        var pipeline = Pipeline(settings: .init(label: "credit", positive: "good", protected: ["sex"]), classifier: try LogisticRegression())
        try pipeline.fit(loans())
        XCTAssertEqual(pipeline.featureColumns, ["age", "purpose"])
        XCTAssertEqual(pipeline.features.map(\.name), ["age", "purpose=car", "purpose=tv"])
        XCTAssertEqual(pipeline.sourceColumns, ["age", "purpose", "purpose"])
        XCTAssertEqual(pipeline.featureGroups.map(\.column), ["age", "purpose"])
        XCTAssertEqual(pipeline.featureGroups.map(\.features), [[0], [1, 2]])
        XCTAssertEqual(pipeline.excludedColumns, [.init(column: "sex", reason: .protected), .init(column: "credit", reason: .label)])
        // Labels: good is 1.
        XCTAssertEqual(try pipeline.labels(loans()), [0, 1, 1, 0, 1, 1])

        var included = Pipeline(settings: .init(label: "credit", positive: "good", protected: ["sex"], includeProtected: true),
                                classifier: try LogisticRegression())
        try included.fit(loans())
        XCTAssertEqual(included.featureColumns, ["age", "purpose", "sex"])
    }

    /// The pipeline predicts what the encoder and the classifier predict by hand.
    func testPredictionsAreThoseOfTheEncoderAndClassifier() throws {
        var pipeline = Pipeline(settings: .init(label: "credit", positive: "good", protected: ["sex"]), classifier: try LogisticRegression())
        try pipeline.fit(loans())
        var encoder = FeatureEncoder(columns: ["age", "purpose"], standardizeNumeric: true)
        let x = try encoder.fitTransform(loans()).matrix
        var model = try LogisticRegression()
        try model.fit(x, [0, 1, 1, 0, 1, 1])
        XCTAssertEqual(try pipeline.predictProbability(loans()), try model.predictProbability(x))
        XCTAssertEqual(try pipeline.predict(loans()), try model.predict(x))
    }

    /// age has mean 235/6 and (population) sd √(1025·6 − 235²)/6 ... read back exactly: the
    /// encoded row [0, 0, 1] is age = mean, purpose = tv.
    func testEncodedRowsReadBackAsTableValues() throws {
        var pipeline = Pipeline(settings: .init(label: "credit", positive: "good", protected: ["sex"]), classifier: try LogisticRegression())
        try pipeline.fit(loans())
        let values = try pipeline.readableValues(of: [0, 0, 1])
        XCTAssertEqual(values.map(\.column), ["age", "purpose"])
        XCTAssertEqual(values[0].value.number ?? 0, 235.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(values[1].value, .category("tv"))
        XCTAssertEqual(try pipeline.readableValues(of: [0, 0, 0])[1].value, .missing, "no indicator set: an unknown category")
    }

    /// One rule: 1 exactly when p > t. A tie at t goes to 0, as scikit-learn's predict.
    func testOneDecisionRule() throws {
        var model = try DummyClassifier(strategy: .prior)
        let x = Matrix(rows: [[0], [0]])
        try model.fit(x, [0, 1])   // π = 1/2
        XCTAssertEqual(try model.predict(x), [0, 0])
        XCTAssertEqual(try model.predict(x, threshold: 0.5), [0, 0])
        XCTAssertEqual(try model.predict(x, threshold: 0.4), [1, 1])
        XCTAssertEqual([0.2, 0.5, 0.7].map { DecisionRule.label(probability: $0, threshold: 0.5) }, [0, 0, 1])
    }

    /// Imputation: age mean of (20, 40, 60) = 40; purpose most frequent of (car, tv, tv) = tv.
    func testMissingValuesAreImputedFromTheTrainingRows() throws {
        let table = try Table([
            .numeric("age", [20, nil, 40, 60, nil]),
            .categorical("purpose", [nil, "tv", "car", "tv", nil]),
            .categorical("credit", ["bad", "good", "good", "bad", "good"]),
        ])
        var pipeline = Pipeline(settings: .init(label: "credit", positive: "good"), classifier: try DummyClassifier())
        try pipeline.fit(table)
        XCTAssertEqual(pipeline.fitted?.imputer?.fills, [.number(40), .category("tv")])
        XCTAssertEqual(pipeline.fitted?.training.imputed.map(\.column), ["age", "purpose"])
        XCTAssertEqual(pipeline.fitted?.training.imputed.map(\.count), [2, 2])

        var dropping = Pipeline(settings: .init(label: "credit", positive: "good", missingValues: .dropRows), classifier: try DummyClassifier())
        try dropping.fit(table)
        XCTAssertEqual(dropping.fitted?.training.rowsUsed, 2)
        XCTAssertEqual(dropping.fitted?.training.rowsDropped, 3)
        XCTAssertThrowsError(try dropping.predict(table)) { error in
            XCTAssertEqual(error as? DataError, .missingValue(column: "age", row: 1))
        }
        var refusing = Pipeline(settings: .init(label: "credit", positive: "good", missingValues: .error), classifier: try DummyClassifier())
        XCTAssertThrowsError(try refusing.fit(table)) { error in
            XCTAssertEqual(error as? DataError, .missingValue(column: "age", row: 1))
        }
    }

    /// A most-frequent tie goes to the smallest value; a column with no values cannot be imputed.
    func testImputerTiesAndEmptyColumns() throws {
        let table = try Table([.categorical("c", ["b", "a", nil, "b", "a"]), .boolean("f", [true, false, nil, nil, nil]),
                               .numeric("empty", [nil, nil, nil, nil, nil])])
        var imputer = MissingValueImputer(columns: ["c", "f"])
        try imputer.fit(table)
        XCTAssertEqual(imputer.fills, [.category("a"), .flag(false)])
        XCTAssertEqual(try imputer.transform(table).column("c")[2], .category("a"))
        var empty = MissingValueImputer(columns: ["empty"])
        XCTAssertThrowsError(try empty.fit(table)) { XCTAssertTrue("\($0)".contains("'empty' has no values")) }
    }

    /// Adult as loaded has missing workclass (2,799), occupation (2,809) and native-country (857)
    /// values (UCI's documented counts for the 48,842 rows): a pipeline fits and predicts it by
    /// default, filling them with the most frequent values, Private, Prof-specialty and United-States.
    func testAdultWorksWithAPipelineByDefault() throws {
        let adult = try Dataset.adult()
        var pipeline = Pipeline(settings: .init(dataset: adult), classifier: try LogisticRegression())
        try pipeline.fit(adult.table)
        let training = try XCTUnwrap(pipeline.fitted?.training)
        XCTAssertEqual(training.imputed.map(\.column), ["workclass", "occupation", "native-country"])
        XCTAssertEqual(training.imputed.map(\.count), [2799, 2809, 857])
        let fills = try XCTUnwrap(pipeline.fitted?.imputer)
        XCTAssertEqual(fills.fills[fills.columns.firstIndex(of: "occupation")!], .category("Prof-specialty"))
        XCTAssertEqual(fills.fills[fills.columns.firstIndex(of: "native-country")!], .category("United-States"))
        XCTAssertEqual(pipeline.excludedColumns.map(\.column), ["race", "sex", "income-per-year"], "in table order")
        XCTAssertEqual(try pipeline.predict(adult.table).count, 48842)
    }

    func testLabelProblemsAreNamed() throws {
        let three = try Table([.numeric("x", [1, 2, 3]), .categorical("y", ["a", "b", "c"])])
        var pipeline = Pipeline(settings: .init(label: "y", positive: "a"), classifier: try DummyClassifier())
        XCTAssertThrowsError(try pipeline.fit(three)) { XCTAssertTrue("\($0)".contains("a label has two values"), "\($0)") }
        let two = try Table([.numeric("x", [1, 2]), .categorical("y", ["a", "b"])])
        var typo = Pipeline(settings: .init(label: "y", positive: "A"), classifier: try DummyClassifier())
        XCTAssertThrowsError(try typo.fit(two)) { XCTAssertTrue("\($0)".contains("which holds a, b"), "\($0)") }
        var unnamed = Pipeline(settings: .init(label: "y"), classifier: try DummyClassifier())
        XCTAssertThrowsError(try unnamed.fit(two)) { XCTAssertTrue("\($0)".contains("name the positive value of 'y'"), "\($0)") }
        var unfitted = Pipeline(settings: .init(label: "y"), classifier: try DummyClassifier())
        XCTAssertThrowsError(try unfitted.predict(two))
        unfitted = Pipeline(settings: .init(label: "y", positive: "a", protected: ["sexx"]), classifier: try DummyClassifier())
        XCTAssertThrowsError(try unfitted.fit(two)) { XCTAssertTrue("\($0)".contains("no column named 'sexx'"), "\($0)") }
    }
}
