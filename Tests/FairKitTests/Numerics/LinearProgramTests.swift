import XCTest
@testable import FairKit

/// Textbook linear programs whose optima are checked by hand (vertex arithmetic in the comments).
final class LinearProgramTests: XCTestCase {
    /// The doc comment's Wyndor Glass problem (Hillier & Lieberman, Introduction to Operations
    /// Research, §3.1): maximise 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → (2, 6), 3·2 + 5·6 = 36.
    func testWyndorGlass() throws {
        let program = LinearProgram(minimise: [-3, -5], constraints: [
            .init([1, 0], .lessOrEqual, 4), .init([0, 2], .lessOrEqual, 12), .init([3, 2], .lessOrEqual, 18),
        ])
        let solution = try program.solve()
        XCTAssertEqual(solution.x[0], 2, accuracy: 1e-12)
        XCTAssertEqual(solution.x[1], 6, accuracy: 1e-12)
        XCTAssertEqual(solution.objective, -36, accuracy: 1e-12)
    }

    /// A diet-style minimum with ≥ rows (phase 1 needed): minimise x + y s.t. x + 2y ≥ 4,
    /// 3x + y ≥ 6. Vertices (0, 6): 6, (4, 0): 4, and where both bind: x + 2y = 4, 3x + y = 6
    /// → x = 8/5, y = 6/5, objective 14/5 = 2.8, the smallest.
    func testGreaterOrEqualRowsNeedPhaseOne() throws {
        let solution = try LinearProgram(minimise: [1, 1], constraints: [
            .init([1, 2], .greaterOrEqual, 4), .init([3, 1], .greaterOrEqual, 6),
        ]).solve()
        XCTAssertEqual(solution.x[0], 1.6, accuracy: 1e-12)
        XCTAssertEqual(solution.x[1], 1.2, accuracy: 1e-12)
        XCTAssertEqual(solution.objective, 2.8, accuracy: 1e-12)
    }

    /// Beale's example (Beale 1955), on which the largest-coefficient rule cycles forever:
    /// minimise −¾x₁ + 20x₂ − ½x₃ + 6x₄ s.t. ¼x₁ − 8x₂ − x₃ + 9x₄ ≤ 0, ½x₁ − 12x₂ − ½x₃ + 3x₄ ≤ 0,
    /// x₃ ≤ 1. Optimum at (1, 0, 1, 0): rows −¾ ≤ 0, 0 ≤ 0, 1 ≤ 1; objective −¾ − ½ = −5/4.
    func testBealesCyclingExampleTerminates() throws {
        let solution = try LinearProgram(minimise: [-0.75, 20, -0.5, 6], constraints: [
            .init([0.25, -8, -1, 9], .lessOrEqual, 0), .init([0.5, -12, -0.5, 3], .lessOrEqual, 0),
            .init([0, 0, 1, 0], .lessOrEqual, 1),
        ]).solve()
        XCTAssertEqual(solution.objective, -1.25, accuracy: 1e-12)
        XCTAssertEqual(solution.x[0], 1, accuracy: 1e-12)
        XCTAssertEqual(solution.x[2], 1, accuracy: 1e-12)
    }

    /// x ≤ 1 and x ≥ 2 cannot both hold: phase 1 ends with violation 1 (x = 1 misses 2 by 1).
    func testInfeasibleIsReportedAsSuch() {
        let program = LinearProgram(minimise: [1], constraints: [.init([1], .lessOrEqual, 1), .init([1], .greaterOrEqual, 2)])
        XCTAssertThrowsError(try program.solve()) { error in
            guard case .infeasible(let violation) = error as? LinearProgramError else { return XCTFail("\(error)") }
            XCTAssertEqual(violation, 1, accuracy: 1e-12)
        }
    }

    /// Minimise −x s.t. x − y ≤ 1: x = 1 + t, y = t is feasible for every t ≥ 0 and −x → −∞.
    func testUnboundedIsReportedAsSuch() {
        let program = LinearProgram(minimise: [-1, 0], constraints: [.init([1, -1], .lessOrEqual, 1)])
        XCTAssertThrowsError(try program.solve()) { XCTAssertEqual($0 as? LinearProgramError, .unbounded) }
    }

    /// A redundant equality (the second row is twice the first) is dropped after phase 1:
    /// minimise x − y s.t. x + y = 1, 2x + 2y = 2 → (0, 1), objective −1.
    func testRedundantEqualityRow() throws {
        let solution = try LinearProgram(minimise: [1, -1], constraints: [
            .init([1, 1], .equal, 1), .init([2, 2], .equal, 2),
        ]).solve()
        XCTAssertEqual(solution.x, [0, 1])
        XCTAssertEqual(solution.objective, -1, accuracy: 1e-12)
    }

    /// Bounds of every kind: x free with x ≥ −3 as a constraint, y in [−2, 5] maximised,
    /// z ≤ 4 with no lower end and cost −1 (so it goes to 4). Minimise x − y − z →
    /// x = −3, y = 5, z = 4: −3 − 5 − 4 = −12.
    func testFreeShiftedAndUpperOnlyBounds() throws {
        let solution = try LinearProgram(minimise: [1, -1, -1], constraints: [.init([1, 0, 0], .greaterOrEqual, -3)],
                                         bounds: [.free, .init(lower: -2, upper: 5), .init(lower: -.infinity, upper: 4)]).solve()
        XCTAssertEqual(solution.x[0], -3, accuracy: 1e-12)
        XCTAssertEqual(solution.x[1], 5, accuracy: 1e-12)
        XCTAssertEqual(solution.x[2], 4, accuracy: 1e-12)
        XCTAssertEqual(solution.objective, -12, accuracy: 1e-12)
    }

    /// A negative right side flips its row: minimise x + y s.t. −x − y ≤ −3 (x + y ≥ 3),
    /// x − y = 1 → x = 2, y = 1, objective 3.
    func testNegativeRightSide() throws {
        let solution = try LinearProgram(minimise: [1, 1], constraints: [
            .init([-1, -1], .lessOrEqual, -3), .init([1, -1], .equal, 1),
        ]).solve()
        XCTAssertEqual(solution.x[0], 2, accuracy: 1e-12)
        XCTAssertEqual(solution.x[1], 1, accuracy: 1e-12)
    }

    func testMalformedProgramsAreNamed() {
        XCTAssertThrowsError(try LinearProgram(minimise: [1, 1], constraints: [.init([1], .lessOrEqual, 1)]).solve()) {
            XCTAssertEqual("\($0)", "invalid linear program: constraint 1 has 1 coefficients for 2 variables")
        }
        XCTAssertThrowsError(try LinearProgram(minimise: [1], constraints: [], bounds: [.init(lower: 2, upper: 1)]).solve()) {
            XCTAssertEqual("\($0)", "invalid linear program: variable 1 has bounds [2.0, 1.0]; the lower must not exceed the upper")
        }
    }
}
