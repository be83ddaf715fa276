import XCTest
@testable import FairKit

final class DummyClassifierTests: XCTestCase {
    let x = Matrix(rows: [[0], [0], [0], [0]])

    /// Labels [1, 0, 1, 1]: π = 3/4. With weights [1, 3, 1, 1]: π = 3/6 = ½.
    func testPriorAndMostFrequentByHand() throws {
        var prior = try DummyClassifier(strategy: .prior)
        try prior.fit(x, [1, 0, 1, 1])
        XCTAssertEqual(try prior.predictProbability(x), [0.75, 0.75, 0.75, 0.75])
        XCTAssertEqual(try prior.predict(x), [1, 1, 1, 1])
        var frequent = try DummyClassifier(strategy: .mostFrequent)
        try frequent.fit(x, [1, 0, 1, 1])
        XCTAssertEqual(try frequent.predictProbability(x), [1, 1, 1, 1])
        try frequent.fit(x, [1, 0, 1, 1], sampleWeight: [1, 3, 1, 1])
        XCTAssertEqual(frequent.positiveRate, 0.5)
        XCTAssertEqual(try frequent.predictProbability(x), [0, 0, 0, 0], "a tie goes to class 0, as numpy's argmax")
    }

    func testConstantMustBeASeenLabel() throws {
        var constant = try DummyClassifier(strategy: .constant(0))
        try constant.fit(x, [1, 0, 1, 1])
        XCTAssertEqual(try constant.predict(x), [0, 0, 0, 0])
        XCTAssertThrowsError(try constant.fit(x, [1, 1, 1, 1])) { error in
            XCTAssertTrue("\(error)".contains("present in the training data"), "\(error)")
        }
        XCTAssertThrowsError(try DummyClassifier(strategy: .constant(2)))
    }

    /// Stratified draws are 0/1, repeat across calls, follow the seed's generator (row r is 1 when
    /// the r-th nextDouble() < π), and over many rows approach π.
    func testStratifiedDrawsAreSeededAndFollowThePrior() throws {
        var model = try DummyClassifier(strategy: .stratified(seed: 42))
        try model.fit(x, [1, 0, 1, 1])
        let many = Matrix(rows: 10_000, columns: 1)
        let first = try model.predictProbability(many)
        XCTAssertEqual(first, try model.predictProbability(many))
        var generator = SeededGenerator(seed: 42)
        XCTAssertEqual(first.prefix(20).map { $0 }, (0..<20).map { _ in generator.nextDouble() < 0.75 ? 1.0 : 0.0 })
        let share = first.reduce(0, +) / 10_000
        // Binomial(10 000, 3/4): standard deviation √(10 000 · 3/16) ≈ 43 rows, 0.0043 of the share.
        XCTAssertEqual(share, 0.75, accuracy: 0.02)
    }

    func testNotFitted() throws {
        XCTAssertThrowsError(try DummyClassifier().predictProbability(x)) { error in
            XCTAssertEqual(error as? ModelError, .notFitted(model: "DummyClassifier"))
        }
    }
}
