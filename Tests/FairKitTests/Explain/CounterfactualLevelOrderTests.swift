import XCTest
@testable import FairKit

/// Monotone category columns: the search moves them only along the order of their levels given
/// with `levelOrders`, and orders that do not fit are refused with the reason.
final class CounterfactualLevelOrderTests: XCTestCase {
    /// p = σ(x − 3 + 4·[edu = lo] + 3·[edu = hi]), x immutable, edu's levels (one-hot, sorted) hi,
    /// lo, mid. Row x = 1, edu = mid: z = −2, declined. Changing edu alone: lo gives z = 2 and hi
    /// gives z = 1, both approved.
    private func fixture() throws -> (ExplainedModel, Matrix, Matrix) {
        let names = ["x", "edu=hi", "edu=lo", "edu=mid"]
        let groups = try FeatureGroups.sourceColumns(["x", "edu"], featureNames: names)
        let model = try ExplainedModel(featureNames: names, groups: groups, space: .probability) { m in
            (0..<m.rows).map { StableFunctions.logistic(m[$0, 0] - 3 + 4 * m[$0, 2] + 3 * m[$0, 1]) }
        }
        let training = Matrix(rows: [[0, 1, 0, 0], [1, 0, 1, 0], [2, 0, 0, 1], [3, 1, 0, 0]])
        return (model, training, Matrix(rows: [[1, 0, 0, 1]]))
    }

    private func levels(_ constraint: CounterfactualSearch.Constraint?, order: [String]?) throws -> Set<String> {
        let (model, training, row) = try fixture()
        var constraints: [String: CounterfactualSearch.Constraint] = ["x": .immutable]
        constraints["edu"] = constraint
        let search = try CounterfactualSearch(model: model, training: training, constraints: constraints,
                                              levelOrders: order.map { ["edu": $0] } ?? [:], count: 4)
        return Set(try search.search(row, row: 0).options.flatMap(\.changes).map(\.to))
    }

    func testAMonotoneCategoryMovesOnlyAlongItsOrder() throws {
        XCTAssertEqual(try levels(nil, order: nil), ["lo", "hi"], "free: both other levels flip the decision")
        // lo < mid < hi: from mid, rising reaches hi only, falling lo only.
        XCTAssertEqual(try levels(.increaseOnly, order: ["lo", "mid", "hi"]), ["hi"])
        XCTAssertEqual(try levels(.decreaseOnly, order: ["lo", "mid", "hi"]), ["lo"])
        // hi < mid < lo: rising reaches lo only.
        XCTAssertEqual(try levels(.increaseOnly, order: ["hi", "mid", "lo"]), ["lo"])
        // mid at the top: nothing above it, so nothing flips and the result says so.
        XCTAssertEqual(try levels(.increaseOnly, order: ["lo", "hi", "mid"]), [])
    }

    func testOrdersThatDoNotFitAreRefusedWithTheReason() throws {
        let (model, training, _) = try fixture()
        func refusal(_ constraint: CounterfactualSearch.Constraint?, _ orders: [String: [String]]) -> String {
            var constraints: [String: CounterfactualSearch.Constraint] = [:]
            constraints["edu"] = constraint
            do {
                _ = try CounterfactualSearch(model: model, training: training, constraints: constraints, levelOrders: orders)
                return "accepted"
            } catch {
                return "\(error)"
            }
        }
        let unknown = refusal(.increaseOnly, ["edu": ["lo", "mid", "top", "hi"]])
        XCTAssertTrue(unknown.contains("'top'") && unknown.contains("not a level of edu; its levels are hi, lo, mid"), unknown)
        let twice = refusal(.increaseOnly, ["edu": ["lo", "mid", "mid", "hi"]])
        XCTAssertTrue(twice.contains("'mid' is named twice"), twice)
        let missing = refusal(.increaseOnly, ["edu": ["lo", "hi"]])
        XCTAssertTrue(missing.contains("'mid'") && missing.contains("every level of edu"), missing)
        let unordered = refusal(.increaseOnly, [:])
        XCTAssertTrue(unordered.contains("increase-only edu") && unordered.contains("give the order of its levels, lowest first (hi, lo, mid)"), unordered)
        let free = refusal(nil, ["edu": ["lo", "mid", "hi"]])
        XCTAssertTrue(free.contains("mark it increase-only or decrease-only"), free)
        let numeric = refusal(nil, ["x": ["0", "1"]])
        XCTAssertTrue(numeric.contains("a numeric column is ordered by its values"), numeric)
        let absent = refusal(nil, ["grade": ["a", "b"]])
        XCTAssertTrue(absent.contains("a source column: x, edu"), absent)
    }

    /// German Credit (test rows 0..99, the reference logistic model, every other column fixed):
    /// with employment increase-only along its code book's years, every option moves it to a
    /// longer one; and the search does find such options.
    func testGermanEmploymentOnlyRises() throws {
        let german = try GermanExplainFixture.load()
        let model = try german.model(GermanShapleyReferenceTests.coefficients, GermanShapleyReferenceTests.intercept, space: .probability)
        let order = ["unemployed", "... < 1 year", "1 <= ... < 4 years", "4 <= ... < 7 years", ".. >= 7 years"]
        var constraints = Dictionary(uniqueKeysWithValues: german.groups.names.map { ($0, CounterfactualSearch.Constraint.immutable) })
        constraints["employment"] = .increaseOnly
        let search = try CounterfactualSearch(model: model, training: german.train, constraints: constraints,
                                              levelOrders: ["employment": order], count: 4)
        var moved = 0
        for row in 0..<100 {
            for change in try search.search(german.test, row: row).options.flatMap(\.changes) where change.column == "employment" {
                let (from, to) = (try XCTUnwrap(order.firstIndex(of: change.from)), try XCTUnwrap(order.firstIndex(of: change.to)))
                XCTAssertGreaterThan(to, from, "row \(row): \(change.from) -> \(change.to)")
                moved += 1
            }
        }
        XCTAssertGreaterThan(moved, 0, "no option changed employment")
    }
}
