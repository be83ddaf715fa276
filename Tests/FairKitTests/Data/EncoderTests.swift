import XCTest
@testable import FairKit

/// Expected encodings are derived by hand and agree with pandas/scikit-learn as printed by
/// scripts/reference/data_encoders.py.
final class EncoderTests: XCTestCase {
    private func people() throws -> Table {
        try Table([
            .numeric("age", [30, 45, 22, 60, 38]),
            .categorical("sex", ["M", "F", "F", "M", "F"]),
            .boolean("employed", [true, false, true, true, false]),
            .categorical("color", ["red", "Blue", "green", "red", "blue"]),
        ])
    }

    func testFeatureEncoderMatchesGetDummies() throws {
        var encoder = FeatureEncoder(columns: ["age", "sex", "employed", "color"])
        let encoded = try encoder.fitTransform(try people())
        // pandas.get_dummies(df, columns=["sex", "color"], prefix_sep="="): pass-through columns
        // first, then the sorted indicator blocks ("Blue" < "blue": B is U+0042, b is U+0062).
        XCTAssertEqual(encoded.featureNames, ["age", "employed", "sex=F", "sex=M",
                                              "color=Blue", "color=blue", "color=green", "color=red"])
        XCTAssertEqual(encoded.matrix, Matrix(rows: [
            [30, 1, 0, 1, 0, 0, 0, 1],
            [45, 0, 1, 0, 1, 0, 0, 0],
            [22, 1, 1, 0, 0, 0, 1, 0],
            [60, 1, 0, 1, 0, 0, 0, 1],
            [38, 0, 1, 0, 0, 1, 0, 0],
        ]))
    }

    func testOneHotFitOnTrainingRowsOnly() throws {
        let table = try people()
        // Train on rows 0, 1 (sex M, F; color red, Blue): "green" and "blue" are unseen.
        let train = table.selectingRows([0, 1])
        var encoder = OneHotEncoder()
        try encoder.fit(train, columns: ["color"])
        XCTAssertEqual(encoder.categories, [[.category("Blue"), .category("red")]],
                       "levels the training rows do not use are not categories")
        XCTAssertThrowsError(try encoder.transform(table)) { error in
            // Row 3 (index 2) is the first unseen value, "green".
            XCTAssertEqual(error as? DataError, .unknownCategory(column: "color", value: "green", row: 2, known: ["Blue", "red"]))
        }
        encoder.handleUnknown = .ignore
        let encoded = try encoder.transform(table)
        XCTAssertEqual(encoded.matrix, Matrix(rows: [[0, 1], [1, 0], [0, 0], [0, 1], [0, 0]]))
    }

    func testOneHotIgnoreMatchesScikitLearn() throws {
        var encoder = OneHotEncoder(handleUnknown: .ignore)
        try encoder.fit(try people(), columns: ["sex", "color"])
        let test = try Table([.categorical("sex", ["F", "X"]), .categorical("color", ["purple", "green"])])
        // scikit-learn: [[1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0]].
        XCTAssertEqual(try encoder.transform(test).matrix, Matrix(rows: [[1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0]]))
    }

    func testOneHotOfBooleanAndNumericColumns() throws {
        let table = try Table([.boolean("b", [true, false]), .numeric("n", [3, 1])])
        var encoder = OneHotEncoder()
        let encoded = try encoder.fitTransform(table, columns: ["b", "n"])
        XCTAssertEqual(encoded.featureNames, ["b=false", "b=true", "n=1", "n=3"])
        XCTAssertEqual(encoded.matrix, Matrix(rows: [[0, 1, 0, 1], [1, 0, 1, 0]]))
    }

    func testMissingValueIsAnError() throws {
        let table = try Table([.categorical("c", ["a", nil]), .numeric("x", [1, nil])])
        var oneHot = OneHotEncoder()
        XCTAssertThrowsError(try oneHot.fit(table, columns: ["c"]), "no fitting on missing values")
        try oneHot.fit(table.selectingRows([0]), columns: ["c"])
        XCTAssertThrowsError(try oneHot.transform(table)) { error in
            XCTAssertEqual(error as? DataError, .missingValue(column: "c", row: 1))
            XCTAssertTrue("\(error)".contains("row 2"), "rows are reported 1-based: \(error)")
        }
        var features = FeatureEncoder(columns: ["x"])
        XCTAssertThrowsError(try features.fit(table)) { error in
            XCTAssertEqual(error as? DataError, .missingValue(column: "x", row: 1))
        }
    }

    func testNotFittedAndWrongKind() throws {
        XCTAssertThrowsError(try OneHotEncoder().transform(try people())) { error in
            XCTAssertEqual(error as? DataError, .notFitted("OneHotEncoder"))
        }
        XCTAssertThrowsError(try FeatureEncoder(columns: ["age"]).transform(try people()))
        var encoder = OneHotEncoder()
        try encoder.fit(try people(), columns: ["sex"])
        let other = try Table([.numeric("sex", [1])])
        XCTAssertThrowsError(try encoder.transform(other)) { error in
            XCTAssertEqual(error as? TableError, .wrongKind(column: "sex", expected: [.categorical], actual: .numeric))
        }
    }

    func testOrdinalEncoder() throws {
        var encoder = OrdinalEncoder()
        let encoded = try encoder.fitTransform(try people(), columns: ["sex", "color"])
        // scikit-learn: sex F = 0, M = 1; color Blue 0, blue 1, green 2, red 3.
        XCTAssertEqual(encoded.matrix, Matrix(rows: [[1, 3], [0, 0], [0, 2], [1, 3], [0, 1]]))
        XCTAssertEqual(encoded.featureNames, ["sex", "color"])

        let risk = try Table([.categorical("risk", ["low", "high", "medium"])])
        var ordered = OrdinalEncoder(order: ["risk": ["low", "medium", "high"]])
        XCTAssertEqual(try ordered.fitTransform(risk, columns: ["risk"]).matrix, Matrix(rows: [[0], [2], [1]]))
        let unseen = try Table([.categorical("risk", ["extreme"])])
        XCTAssertThrowsError(try ordered.transform(unseen))
        ordered.unknownValue = -1
        XCTAssertEqual(try ordered.transform(unseen).matrix, Matrix(rows: [[-1]]))
        // An order that leaves out a value present in the data is an error at fit time.
        var partial = OrdinalEncoder(order: ["risk": ["low", "high"]])
        XCTAssertThrowsError(try partial.fit(risk, columns: ["risk"]))
    }

    func testStandardScalerMatchesScikitLearn() throws {
        let x = Matrix(columns: [[30, 45, 22, 60, 38]])
        var scaler = StandardScaler()
        let z = try scaler.fitTransform(x)
        // μ = 195/5 = 39; σ² = (81 + 36 + 289 + 441 + 1)/5 = 169.6 (population, ddof 0).
        XCTAssertEqual(scaler.mean, [39])
        XCTAssertEqual(scaler.scale[0], 169.6.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(scaler.scale[0], 13.023056476879765, accuracy: 1e-12)
        let expected = [-0.6910820064381951, 0.4607213376254634, -1.3053771232721463, 1.6125246816891219, -0.0767868896042439]
        for (a, b) in zip(z.column(0), expected) { XCTAssertEqual(a, b, accuracy: 1e-12) }

        // Weighted: Σw = 7.5, Σwx = 30 + 90 + 11 + 60 + 114 = 305, μ = 40.6667.
        var weighted = StandardScaler()
        try weighted.fit(x, sampleWeight: [1, 2, 0.5, 1, 3])
        XCTAssertEqual(weighted.mean[0], 305.0 / 7.5, accuracy: 1e-12)
        XCTAssertEqual(weighted.scale[0], 9.802494013713494, accuracy: 1e-12)
    }

    func testStandardScalerConstantColumnScalesByOne() throws {
        var scaler = StandardScaler()
        let z = try scaler.fitTransform(Matrix(columns: [[0.1, 0.1, 0.1], [5, 5, 5]]))
        XCTAssertEqual(scaler.scale, [1, 1])
        // scikit-learn gives -1.3877787807814457e-17 for 0.1: the mean's rounding error, not NaN.
        for value in z.storage { XCTAssertEqual(value, 0, accuracy: 1e-16) }
        XCTAssertThrowsError(try scaler.transform(Matrix(rows: [[1]])))
        var fresh = StandardScaler()
        XCTAssertThrowsError(try fresh.fit(Matrix(rows: [[.nan]])))
        XCTAssertThrowsError(try fresh.fit(Matrix(rows: [[1], [2]]), sampleWeight: [0, 0]))
        XCTAssertThrowsError(try fresh.fit(Matrix(rows: [[1], [2]]), sampleWeight: [1]))
    }

    func testFeatureEncoderStandardizesOnlyNumericColumnsWithTrainingStatistics() throws {
        let table = try people()
        var encoder = FeatureEncoder(columns: ["sex", "age", "employed"], standardizeNumeric: true)
        try encoder.fit(table.selectingRows([0, 1, 2, 3, 4]))
        let test = try Table([.numeric("age", [39, 52.023056476879765]), .categorical("sex", ["F", "M"]),
                              .boolean("employed", [false, true])])
        let encoded = try encoder.transform(test)
        XCTAssertEqual(encoded.featureNames, ["age", "employed", "sex=F", "sex=M"])
        // Age 39 is the training mean -> 0; 39 + σ -> 1. The flag and indicators are untouched.
        XCTAssertEqual(encoded.matrix[0, 0], 0, accuracy: 1e-12)
        XCTAssertEqual(encoded.matrix[1, 0], 1, accuracy: 1e-12)
        XCTAssertEqual(Array(encoded.matrix.row(1)[1...]), [1, 0, 1])
    }
}
