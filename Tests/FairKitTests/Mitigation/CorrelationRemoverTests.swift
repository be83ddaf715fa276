import XCTest
@testable import FairKit

final class CorrelationRemoverTests: XCTestCase {
    /// The doc comment's example: s = [0, 0, 1, 1], x = [1, 3, 5, 7]: β = 4, x' = [3, 5, 3, 5];
    /// at α = ½, x' = ½[3, 5, 3, 5] + ½[1, 3, 5, 7] = [2, 4, 4, 6].
    func testWorkedExampleByHand() throws {
        let x = Matrix(rows: [[1, 0], [3, 0], [5, 1], [7, 1]])
        var remover = try CorrelationRemover()
        try remover.fit(x, sensitiveColumns: [1])
        XCTAssertEqual(try XCTUnwrap(remover.fitted).coefficients[0, 0], 4, accuracy: 1e-12)
        XCTAssertEqual(try remover.transform(x).storage, [3, 5, 3, 5])
        var half = try CorrelationRemover(alpha: 0.5)
        try half.fit(x, sensitiveColumns: [1])
        XCTAssertEqual(try half.transform(x).storage, [2, 4, 4, 6])
    }

    /// Linearly dependent sensitive columns (both one-hot levels): the second gets β = 0 and the
    /// transform is the same as with one level.
    func testDependentSensitiveColumns() throws {
        let x = Matrix(rows: [[1, 1, 0], [3, 1, 0], [5, 0, 1], [7, 0, 1]])
        var remover = try CorrelationRemover()
        try remover.fit(x, sensitiveColumns: [1, 2])
        XCTAssertEqual(try remover.transform(x).storage, [3, 5, 3, 5])
    }

    /// German training design with a 0/1 "age > 25" column appended (index 59): Fairlearn 0.15
    /// (scripts/reference/mitigation_correlation_remover.py).
    func testGermanEqualsFairlearn() throws {
        let setup = try GermanMitigationSetup.load()
        var x = Matrix(rows: setup.xTrain.rows, columns: 60)
        for r in 0..<x.rows {
            for c in 0..<59 { x[r, c] = setup.xTrain[r, c] }
            x[r, 59] = setup.ageTrain.levels[Int(setup.ageTrain.codes[r])] == "age > 25" ? 1 : 0
        }
        let expected: [(Double, [Double])] = [
            (1.0, [-1.1790740143445642, -0.7509526207604045, 0.8749462878135973, 1.0717249248021312, 2.54658470732333]),
            (0.5, [-1.1865937215097198, -0.7451157735651931, 0.8948733799190498, 1.0707222997144528, 2.673479484230165]),
        ]
        for (alpha, firstRow) in expected {
            var remover = try CorrelationRemover(alpha: alpha)
            try remover.fit(x, sensitiveColumns: [59])
            let out = try remover.transform(x)
            XCTAssertEqual(out.columns, 59)
            for j in 0..<5 { XCTAssertEqual(out[0, j], firstRow[j], accuracy: 1e-10, "alpha \(alpha), column \(j)") }
            XCTAssertEqual(try XCTUnwrap(remover.fitted).coefficients[0, 4], 1.3458536944664299, accuracy: 1e-10)
        }
    }

    func testBadSettingsAreNamed() throws {
        XCTAssertThrowsError(try CorrelationRemover(alpha: 2))
        var remover = try CorrelationRemover()
        XCTAssertThrowsError(try remover.fit(Matrix(rows: [[1, 2]]), sensitiveColumns: [5]))
        XCTAssertThrowsError(try remover.fit(Matrix(rows: [[1, 2], [3, 2]]), sensitiveColumns: [1]))   // constant column
    }
}
