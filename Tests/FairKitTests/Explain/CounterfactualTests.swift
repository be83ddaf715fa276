import XCTest
@testable import FairKit

/// Counterfactual search and narratives on a model checkable by hand, and validity on German Credit.
final class CounterfactualTests: XCTestCase {
    /// p = σ(x + 2·[c = B] − 3), columns x (training values 0…5), c ∈ {A, B}, age (immutable).
    /// Row x = 1, c = A: z = −2, declined. One change flips it only with x ≥ 4 (x = 3 gives z = 0,
    /// p = 0.5, not above the threshold; c = B alone also gives z = 0). Two changes: c = B with
    /// x ≥ 2 (z = x − 1 > 0).
    func fixture() throws -> (ExplainedModel, Matrix) {
        let names = ["x", "age", "c=A", "c=B"]
        let groups = try FeatureGroups.sourceColumns(["x", "age", "c"], featureNames: names)
        let model = try ExplainedModel(featureNames: names, groups: groups, space: .probability) { m in
            (0..<m.rows).map { StableFunctions.logistic(m[$0, 0] + 2 * m[$0, 3] - 3) }
        }
        let rows: [[Double]] = (0..<6).map { (i: Int) -> [Double] in
            let v = Double(i)
            let odd = Double(i % 2)
            return [v, 20 + v, 1 - odd, odd]
        }
        let training = Matrix(rows: rows)
        return (model, training)
    }

    /// Moved back towards x = 1, x = 5 becomes 4 and every pair (x ≥ 2, c = B) becomes (2, B):
    /// two distinct options, the single change first.
    func testSmallestChangesFirstThenDiverseOptions() throws {
        let (model, training) = try fixture()
        let search = try CounterfactualSearch(model: model, training: training, constraints: ["age": .immutable], count: 3)
        let result = try search.search(Matrix(rows: [[1, 30, 1, 0]]), row: 0)
        XCTAssertEqual(result.decision, 0)
        XCTAssertEqual(result.options.map(\.changes), [[.init(column: "x", from: "1", to: "4")],
                                                       [.init(column: "x", from: "1", to: "2"), .init(column: "c", from: "A", to: "B")]])
        for option in result.options {
            XCTAssertGreaterThan(option.output, 0.5)
            XCTAssertEqual(option.values[1], 30, "age is immutable")
            XCTAssertEqual(option.values[2] + option.values[3], 1, "one level of c")
        }
        // Size 1 gives only x = 4 and x = 5, so the search went on to pairs.
        XCTAssertEqual(result.maxChangesSearched, 2)
        XCTAssertNotNil(result.diversity)
        XCTAssertEqual(try XCTUnwrap(result.sparsity), 1 - (1.0 / 3 + 2.0 / 3) / 2, accuracy: 1e-12)
    }

    /// p = σ(x − 10.5), training x ∈ {0, 5, 20}: from x = 0 only 20 flips among the training values
    /// (5 gives z = −5.5). Moved back towards 0 in steps of 1, x = 11 is the first that flips
    /// (z = 0.5; 10 gives −0.5), at distance |11 − 0| / MAD = 11 / 5 (median 5, deviations 5, 0,
    /// 15). Without a step the training values between 0 and 20 (5 only) do not flip: it stays 20.
    func testChangesMoveBackTowardsTheRowAsFarAsTheDecisionFlips() throws {
        let groups = try FeatureGroups.sourceColumns(["x"], featureNames: ["x"])
        let model = try ExplainedModel(featureNames: ["x"], groups: groups, space: .probability) { m in
            (0..<m.rows).map { StableFunctions.logistic(m[$0, 0] - 10.5) }
        }
        let training = Matrix(rows: [[0], [5], [20]])
        let stepped = try CounterfactualSearch(model: model, training: training, steps: ["x": 1], count: 1).search(Matrix(rows: [[0]]), row: 0)
        XCTAssertEqual(stepped.options.first?.changes, [.init(column: "x", from: "0", to: "11")])
        XCTAssertEqual(try XCTUnwrap(stepped.options.first).distance, 11.0 / 5, accuracy: 1e-12)
        let plain = try CounterfactualSearch(model: model, training: training, count: 1).search(Matrix(rows: [[0]]), row: 0)
        XCTAssertEqual(plain.options.first?.changes, [.init(column: "x", from: "0", to: "20")])
    }

    /// x may only fall and c is fixed: nothing flips the decision, and the result says so.
    func testNoneFoundIsExplicit() throws {
        let (model, training) = try fixture()
        let search = try CounterfactualSearch(model: model, training: training,
                                              constraints: ["age": .immutable, "x": .decreaseOnly, "c": .immutable])
        let result = try search.search(Matrix(rows: [[1, 30, 1, 0]]), row: 0)
        XCTAssertTrue(result.noneFound)
        let reason = try XCTUnwrap(result.noneFoundReason)
        XCTAssertTrue(reason.hasPrefix("no counterfactual found within these constraints"), reason)
        XCTAssertTrue(reason.contains("keeping age, c fixed"), reason)
        XCTAssertThrowsError(try CounterfactualSearch(model: model, training: training, constraints: ["sex": .immutable]))
    }

    /// A time limit already spent stops the search before any candidate, and the reason says so.
    func testTimeLimitStopsTheSearchAndSaysSo() throws {
        let (model, training) = try fixture()
        let result = try CounterfactualSearch(model: model, training: training, timeLimit: 1e-12).search(Matrix(rows: [[1, 30, 1, 0]]), row: 0)
        XCTAssertTrue(result.timedOut)
        XCTAssertTrue(result.noneFound)
        XCTAssertTrue(try XCTUnwrap(result.noneFoundReason).hasSuffix("before the time limit stopped the search)"))
    }

    /// The narrative names the columns that pushed towards the decision, the counterfactual, and
    /// the caveat. Exact values with background x = 3, c = B (z = 2): v(∅) = σ(2), for x = 1, c = A
    /// both columns lower the output, so both are reasons for declining.
    func testNarrativeSaysOnlyWhatTheNumbersShow() throws {
        let text = try narrative()
        XCTAssertTrue(text.hasPrefix("Declined (model output 0.12"), text)   // σ(−2) = 0.1192
        XCTAssertTrue(text.contains("mainly because of c (A) and x (1)") || text.contains("mainly because of x (1) and c (A)"), text)
        XCTAssertTrue(text.contains("It would be approved if x were 4 instead of 1."), text)
        XCTAssertTrue(text.hasSuffix("not proof of what caused the outcome."), text)
        XCTAssertFalse(text.contains("age ("), "age did not move the output and must not be named: \(text)")
    }

    /// With a code book, the narrative reads codes as the book's text, in the reasons and in the
    /// counterfactual's change (same game as above: c = A, x goes from 1 to 4).
    func testNarrativeReadsCodesAsTheCodeBook() throws {
        let text = try narrative(codeBook: CodeBook(["c": ["A": "savings below 100 DM"], "x": ["1": "one", "4": "four"]]))
        XCTAssertTrue(text.contains("c (savings below 100 DM)"), text)
        XCTAssertTrue(text.contains("x (one)"), text)
        XCTAssertTrue(text.contains("It would be approved if x were four instead of one."), text)
        XCTAssertFalse(text.contains("c (A)"), text)
    }

    /// With `decimals`, numbers read with their column's precision: x's readable value with binary
    /// noise reads as the whole number its column holds, and the counterfactual's 4 stays 4.
    func testNarrativeShowsNumbersWithTheColumnsPrecision() throws {
        let (model, training) = try fixture()
        let row = Matrix(rows: [[1, 30, 1, 0]])
        let explanation = try ExactShapley(model: model, background: Background(Matrix(rows: [[3, 30, 0, 1]]))).explain(row)
        let counterfactual = try CounterfactualSearch(model: model, training: training, constraints: ["age": .immutable], count: 1)
            .search(row, row: 0)
        let text = Narrative(reasons: 2).text(for: explanation.rows[0], in: explanation, values: row.row(0), model: model,
                                              counterfactual: counterfactual, readable: ["x": "1.0000000000000002", "c": "A"],
                                              decimals: ["x": 0])
        XCTAssertTrue(text.contains("x (1)"), text)
        XCTAssertTrue(text.contains("if x were 4 instead of 1"), text)
        XCTAssertFalse(text.contains("0000"), text)
    }

    /// The narrative of row [x = 1, age 30, c = A] against the background [3, 30, B], with the
    /// first counterfactual that keeps age.
    private func narrative(codeBook: CodeBook? = nil) throws -> String {
        let (model, training) = try fixture()
        let row = Matrix(rows: [[1, 30, 1, 0]])
        let explanation = try ExactShapley(model: model, background: Background(Matrix(rows: [[3, 30, 0, 1]]))).explain(row)
        let counterfactual = try CounterfactualSearch(model: model, training: training, constraints: ["age": .immutable], count: 1)
            .search(row, row: 0)
        return Narrative(reasons: 2).text(for: explanation.rows[0], in: explanation, values: row.row(0), model: model,
                                          counterfactual: counterfactual, codeBook: codeBook)
    }

    /// German test row 0 (approved): every option flips the model, keeps the immutable columns,
    /// sets exactly one level of every one-hot block, and stays within the training range.
    func testGermanOptionsAreValid() throws {
        let german = try GermanExplainFixture.load()
        let model = try german.model(GermanShapleyReferenceTests.coefficients, GermanShapleyReferenceTests.intercept, space: .probability)
        let fixed = ["age", "personal_status", "foreign_worker"]
        let search = try CounterfactualSearch(model: model, training: german.train,
                                              constraints: Dictionary(uniqueKeysWithValues: fixed.map { ($0, .immutable) }), count: 3)
        let result = try search.search(german.test, row: 0)
        XCTAssertEqual(result.decision, 1)
        XCTAssertFalse(result.options.isEmpty)
        let original = german.test.row(0)
        for option in result.options {
            XCTAssertLessThanOrEqual(option.output, 0.5)
            XCTAssertLessThanOrEqual(option.changes.count, 3)
            for (g, name) in german.groups.names.enumerated() {
                let members = german.groups.members[g]
                if fixed.contains(name) { XCTAssertEqual(members.map { option.values[$0] }, members.map { original[$0] }, name) }
                if members.count > 1 { XCTAssertEqual(members.map { option.values[$0] }.reduce(0, +), 1, name) }
                for f in members {
                    let column = german.train.column(f)
                    XCTAssertTrue((column.min()!...column.max()!).contains(option.values[f]), german.featureNames[f])
                }
            }
        }
    }
}
