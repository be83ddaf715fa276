import XCTest
@testable import FairKit

final class BoundedGroupLossTests: XCTestCase {
    /// The moment by hand (the `BoundedGroupLoss` example): groups a, a, b, b, labels [1, 0, 1, 0],
    /// h = [1, 1, 1, 1]: each group errs on one row of two, γ = (½, ½). λ = (1, 0) and P(a) = ½
    /// give signed weights λ_g / P(g) = 2 on a's rows, 0 on b's.
    func testMomentByHand() throws {
        let rows = try MitigationInput.rows(labels: [1, 0, 1, 0], sensitive: SensitiveFeature(name: "g", values: ["a", "a", "b", "b"]))
        let moment = try BoundedGroupLoss(upperBound: 0.4, rows: rows)
        XCTAssertEqual(moment.gamma([1, 1, 1, 1]), [0.5, 0.5])
        XCTAssertEqual(moment.gamma([1, 0, 0, 0]), [0, 0.5])
        XCTAssertEqual(moment.signedWeights([1, 0]), [2, 2, 0, 0])
        XCTAssertEqual(moment.project([3, 1]), [3, 1])
        XCTAssertEqual(moment.upperBound, 0.4)
        XCTAssertFalse(moment.relabels)
    }

    /// A negative or infinite bound is refused by name.
    func testBadBoundIsAnError() {
        XCTAssertThrowsError(try ExponentiatedGradient(base: try LogisticRegression(), constraint: .boundedGroupLoss(upperBound: -0.1))) {
            guard case .invalidSetting(name: "upperBound", _, _)? = $0 as? MitigationError else { return XCTFail("\($0)") }
        }
    }

    /// German setup, ζ = 0.22, ε = 0.01 (B = 100): Fairlearn 0.15
    /// (scripts/reference/mitigation_bounded_group_loss.py) ends at iteration 5 with 6 predictors
    /// after 23 oracle calls, weights [0, 0, 0.52, 0, 0.48, 0], training group errors
    /// (age > 25, age <= 25) = (0.2102112676056338, 0.22), test expected accuracy
    /// 0.7782666666666667 and test group errors (0.2046280991735537, 0.29310344827586204).
    func testGermanMatchesFairlearn() throws {
        let setup = try GermanMitigationSetup.load()
        var eg = try ExponentiatedGradient(base: try LogisticRegression(), constraint: .boundedGroupLoss(upperBound: 0.22))
        try eg.fit(setup.xTrain, setup.yTrain, sensitive: setup.ageTrain)
        let report = try XCTUnwrap(eg.fitted?.report)
        XCTAssertEqual(report.nu, 0.007778717909010573, accuracy: 1e-12)
        XCTAssertEqual(report.iterations, 6)        // last_iter 5
        XCTAssertEqual(report.bestIteration, 5)
        XCTAssertEqual(report.oracleCalls, 23)
        XCTAssertEqual(report.predictors.count, 6)
        for (weight, expected) in zip(report.predictors.map(\.weight), [0, 0, 0.52, 0, 0.48, 0]) {
            XCTAssertEqual(weight, expected, accuracy: 1e-6)
        }
        XCTAssertTrue(report.constraintMet)
        XCTAssertEqual(report.constraintBound, 0.22)
        XCTAssertEqual(report.largestViolation, 0.22, accuracy: 1e-9)
        let train = try groupErrors(try eg.predictProbability(setup.xTrain), setup.yTrain, setup.ageTrain)
        XCTAssertEqual(train.groups, [0.2102112676056338, 0.22], accuracy: 1e-9)
        let test = try groupErrors(try eg.predictProbability(setup.xTest), setup.yTest, setup.ageTest)
        XCTAssertEqual(1 - test.overall, 0.7782666666666667, accuracy: 1e-9)
        XCTAssertEqual(test.groups, [0.2046280991735537, 0.29310344827586204], accuracy: 1e-9)
    }

    /// ζ = 0.2 is below what any mixture reaches: no error, the closest mixture comes back (both
    /// groups at 0.21624087591240876 in Fairlearn, weights [0, 0, 0.271898, 0.728102], test
    /// expected accuracy 0.7766666666666666) and the report says the bound is not met.
    func testUnreachableBoundReturnsTheClosestMixture() throws {
        let setup = try GermanMitigationSetup.load()
        var eg = try ExponentiatedGradient(base: try LogisticRegression(), constraint: .boundedGroupLoss(upperBound: 0.2))
        try eg.fit(setup.xTrain, setup.yTrain, sensitive: setup.ageTrain)
        let report = try XCTUnwrap(eg.fitted?.report)
        XCTAssertFalse(report.constraintMet)
        XCTAssertEqual(report.oracleCalls, 19)
        for (weight, expected) in zip(report.predictors.map(\.weight), [0, 0, 0.271898, 0.728102]) {
            XCTAssertEqual(weight, expected, accuracy: 1e-6)
        }
        let train = try groupErrors(try eg.predictProbability(setup.xTrain), setup.yTrain, setup.ageTrain)
        XCTAssertEqual(train.groups, [0.21624087591240876, 0.21624087591240876], accuracy: 1e-6)
        let test = try groupErrors(try eg.predictProbability(setup.xTest), setup.yTest, setup.ageTest)
        XCTAssertEqual(1 - test.overall, 0.7766666666666666, accuracy: 1e-6)
    }

    /// Expected error overall and per group ("age > 25", "age <= 25") of P(positive) `p`.
    private func groupErrors(_ p: [Double], _ y: [Int], _ groups: SensitiveFeature) throws -> (overall: Double, groups: [Double]) {
        let wrong = zip(p, y).map { $1 == 1 ? 1 - $0 : $0 }
        let values = groups.codes.map { groups.levels[Int($0)] }
        let perGroup = ["age > 25", "age <= 25"].map { name -> Double in
            let members = values.indices.filter { values[$0] == name }
            return members.map { wrong[$0] }.reduce(0, +) / Double(members.count)
        }
        return (wrong.reduce(0, +) / Double(wrong.count), perGroup)
    }
}

private func XCTAssertEqual(_ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}
