import XCTest
@testable import FairKit

/// AIF360's AdversarialDebiasing needs TensorFlow, which the reference environment does not have:
/// these tests check behaviour, not numbers. Against the same network trained without the
/// adversary's pull (same seed, same batches), debiasing must narrow the demographic parity gap
/// on held-out rows, on German (age) and Adult (sex), and on Adult, where the adversary has steps
/// enough to learn, leave the adversary's final loss higher.
final class AdversarialDebiasingTests: XCTestCase {
    /// The doc comment's projection example: ∇L_P = (1, 1), ∇L_A = (1, 0), α = 0.1 → (−0.1, 1).
    func testProjectionTermByHand() {
        let step = AdversarialDebiasing.debiased([1, 1], adversary: [1, 0], weight: 0.1)
        XCTAssertEqual(step[0], -0.1, accuracy: 1e-12)
        XCTAssertEqual(step[1], 1, accuracy: 1e-12)
    }

    /// The backward pass is the forward pass's derivative: with keep probability 1 (no dropout),
    /// central differences of Σ ℓ_i · e_i match `backward(e)` for a few weights.
    func testBackwardMatchesFiniteDifferences() {
        let x = Matrix(rows: [[0.5, -1, 2], [1.5, 0.2, 0], [-0.3, 0.7, 1]])
        let net = AdversarialDebiasing.Network(w1: [0.3, -0.2, 0.5, 0.1, -0.4, 0.6, 0.2, 0.3, -0.1, 0.4, 0.2, -0.3],
                                               b1: [0.1, 0, -0.05, 0.2], w2: [0.5, -0.3, 0.8, 0.1], b2: 0.05)
        let e = [0.7, -0.2, 0.4]
        func value(_ n: AdversarialDebiasing.Network) -> Double {
            var random = SeededGenerator(seed: 0)
            return zip(DebiasingPass(net: n, x: x, rows: [0, 1, 2], keep: 1, random: &random).logits, e).reduce(0) { $0 + $1.0 * $1.1 }
        }
        var random = SeededGenerator(seed: 0)
        let g = DebiasingPass(net: net, x: x, rows: [0, 1, 2], keep: 1, random: &random).backward(e)
        for k in [0, 5, 11] {
            var up = net, down = net
            up.w1[k] += 1e-6
            down.w1[k] -= 1e-6
            XCTAssertEqual(g[0][k], (value(up) - value(down)) / 2e-6, accuracy: 1e-7, "W1[\(k)]")
        }
        for j in 0..<4 {
            var up = net, down = net
            up.w2[j] += 1e-6
            down.w2[j] -= 1e-6
            XCTAssertEqual(g[2][j], (value(up) - value(down)) / 2e-6, accuracy: 1e-7, "w2[\(j)]")
        }
        XCTAssertEqual(g[3][0], e.reduce(0, +), accuracy: 1e-12)   // ∂Σ e_i ℓ_i / ∂b₂ = Σ e_i
    }

    /// German, AIF360's defaults (50 epochs, 128 rows a batch, α = 0.1), seed 1. 700 rows make
    /// only 250 steps, in which the adversary, from its random start, never does better than a
    /// coin (its loss stays above ln 2 in both runs), so only the gap is asserted here.
    func testGermanDebiasingNarrowsTheGap() throws {
        let setup = try GermanMitigationSetup.load()
        let (plain, debiased) = try fitBoth(setup.xTrain, setup.yTrain, setup.ageTrain, privileged: "age > 25")
        try assertMovesTheRightWay(plain, debiased, setup.xTest, setup.yTest, setup.ageTest, privileged: "age > 25")
        // Reproducible: the same seed gives the same network.
        let again = try fitBoth(setup.xTrain, setup.yTrain, setup.ageTrain, privileged: "age > 25").debiased
        XCTAssertEqual(again.fitted?.network, debiased.fitted?.network)
    }

    /// Adult (sex, Male privileged), training rows 0..3999 and held-out rows 4000..7999 of
    /// adult.data (a subset to keep the test quick), AIF360's defaults, seed 1.
    func testAdultDebiasingNarrowsTheGapAndFoolsTheAdversary() throws {
        let adult = try Dataset.adult(.train)
        var pipeline = Pipeline(settings: .init(dataset: adult), classifier: try LogisticRegression())
        let train = adult.table.selectingRows(Array(0..<4000)), test = adult.table.selectingRows(Array(4000..<8000))
        try pipeline.fit(adult.table)   // only its encoding is used: every category known
        let (plain, debiased) = try fitBoth(try pipeline.encode(train).matrix, try pipeline.labels(train).map { $0 ?? 0 },
                                            SensitiveFeature(try train.column("sex")), privileged: "Male")
        try assertMovesTheRightWay(plain, debiased, try pipeline.encode(test).matrix, try pipeline.labels(test).map { $0 ?? 0 },
                                   SensitiveFeature(try test.column("sex")), privileged: "Male")
        // 1,550 steps: the adversary learns (below ln 2 ≈ 0.693, the loss of a coin, against the
        // plain classifier), and debiasing keeps its final loss higher.
        let plainLoss = try XCTUnwrap(plain.fitted?.report?.adversaryLoss.last), debiasedLoss = try XCTUnwrap(debiased.fitted?.report?.adversaryLoss.last)
        XCTAssertGreaterThan(debiasedLoss, plainLoss, "the adversary does worse against the debiased classifier")
    }

    func testBadSettingsAreErrors() {
        XCTAssertThrowsError(try AdversarialDebiasing(privilegedValues: []))
        XCTAssertThrowsError(try AdversarialDebiasing(privilegedValues: ["a"], adversaryLossWeight: -1))
        XCTAssertThrowsError(try AdversarialDebiasing(privilegedValues: ["a"], epochs: 0))
        XCTAssertThrowsError(try AdversarialDebiasing(privilegedValues: ["a"]).predictProbability(Matrix(rows: 1, columns: 1)))
    }

    private func fitBoth(_ x: Matrix, _ y: [Int], _ sensitive: SensitiveFeature, privileged: String) throws
        -> (plain: AdversarialDebiasing, debiased: AdversarialDebiasing) {
        var plain = try AdversarialDebiasing(privilegedValues: [privileged], debias: false, seed: 1)
        try plain.fit(x, y, sensitive: sensitive)
        var debiased = try AdversarialDebiasing(privilegedValues: [privileged], seed: 1)
        try debiased.fit(x, y, sensitive: sensitive)
        return (plain, debiased)
    }

    private func assertMovesTheRightWay(_ plain: AdversarialDebiasing, _ debiased: AdversarialDebiasing, _ x: Matrix, _ y: [Int],
                                        _ sensitive: SensitiveFeature, privileged: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let values = sensitive.codes.map { sensitive.levels[Int($0)] }
        func gap(_ labels: [Int]) -> Double {
            let rate = { (inGroup: Bool) -> Double in
                let rows = values.indices.filter { (values[$0] == privileged) == inGroup }
                return Double(rows.filter { labels[$0] == 1 }.count) / Double(rows.count)
            }
            return abs(rate(true) - rate(false))
        }
        let plainGap = gap(try plain.predict(x)), debiasedGap = gap(try debiased.predict(x))
        XCTAssertLessThan(debiasedGap, plainGap, "the demographic parity gap narrows", file: file, line: line)
    }
}
