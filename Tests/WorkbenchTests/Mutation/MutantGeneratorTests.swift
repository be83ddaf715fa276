import XCTest
@testable import Workbench

/// The mutants made from small solutions, written out by hand: each operator's edits, the places
/// left alone (comments, strings, generics, given lines, bindings), and the cap's even spread.
final class MutantGeneratorTests: XCTestCase {
    private func changes(_ solution: String, stub: String? = nil) -> [String] {
        MutantGenerator(solution: solution, stub: stub).mutants.map {
            "\($0.line):\($0.column) \($0.mutation.rawValue) \(SurvivingMutant(file: "", mutant: $0).change)"
        }
    }

    func testArithmeticAndComparisonOperators() {
        let solution = """
            func f(_ a: Int, _ b: Int) -> Bool {
                a + b <= 2
            }
            """
        XCTAssertEqual(changes(solution), [
            "2:7 arithmetic_operator `+` -> `-`",
            "2:11 comparison_boundary `<=` -> `<`",
            "2:11 comparison_swapped `<=` -> `>=`",
            "2:14 off_by_one_literal `2` -> `3`",
            "2:14 off_by_one_literal `2` -> `1`",
        ])
    }

    func testCommentsStringsGenericsAndUnaryMinusAreLeftAlone() {
        let solution = """
            func f(_ xs: Array<Int>) -> String {
                // a + b < c
                let s = "x + 1 < y"
                return s + String(-xs.count)
            }
            """
        // Only the infix `+` of line 4: the comment, the string, `Array<Int>` and the prefix `-` stay.
        XCTAssertEqual(changes(solution), ["4:14 arithmetic_operator `+` -> `-`"])
    }

    func testDenominatorRangeAndNames() {
        let solution = """
            func f(_ xs: [Double], n: Int) -> Double {
                Double(xs.count) / Double(n) + xs[0..<n].max()!
            }
            """
        // Columns: 4 spaces, `Double(xs.count)` 5-20, `/` 22, `Double(n)` 24-32, `+` 34, `xs` 36-37,
        // `[` 38, `0` 39, `..<` 40-42, `n` 43, `]` 44, `.` 45, `max` 46.
        XCTAssertEqual(changes(solution), [
            "2:22 arithmetic_operator `/` -> `*`",
            "2:24 wrong_denominator `Double(n)` -> `(Double(n) + 1)`",
            "2:34 arithmetic_operator `+` -> `-`",
            "2:39 off_by_one_literal `0` -> `1`",
            "2:40 range_bound `..<` -> `...`",
            "2:46 name_swapped `max` -> `min`",
        ])
    }

    func testConditionsAreNegatedClauseByClauseAndBindingsSkipped() {
        let solution = """
            func f(_ x: Int?, y: Bool) -> Int {
                guard let x, y, !y else { return 0 }
                return x
            }
            """
        XCTAssertEqual(changes(solution), [
            "2:18 condition_negated `y` -> `!(y)`",
            "2:21 condition_negated `!y` -> `!(!y)`",
            "2:21 condition_negated deleted `!`",
            "2:38 off_by_one_literal `0` -> `1`",
        ])
    }

    func testStatementsAreDeletedWholeAndCaseBodiesBecomeBreak() {
        let solution = """
            func f(_ pairs: [(Int, Int)]) -> Int {
                var n = 0
                for pair in pairs {
                    switch pair {
                    case (1, 1): n += 2
                    default: break
                    }
                    if pair.0 == 0 { n -= 1 }
                    print(n)
                }
                return n
            }
            """
        let deletions = changes(solution).filter { $0.contains("statement_deleted") }
        XCTAssertEqual(deletions, [
            "5:22 statement_deleted deleted `n += 2`",
            "8:26 statement_deleted deleted `n -= 1`",
            "9:9 statement_deleted deleted `print(n)`",
        ])
    }

    func testLinesTheStubAlreadyHasAreGivenCode() {
        let stub = """
            let limit = 3
            func f() -> Int {
                // TODO
                return 0
            }
            """
        let solution = """
            let limit = 3
            func f() -> Int {
                return limit - 1
            }
            """
        XCTAssertEqual(changes(solution, stub: stub), [
            "3:18 arithmetic_operator `-` -> `+`",
            "3:20 off_by_one_literal `1` -> `2`",
            "3:20 off_by_one_literal `1` -> `0`",
        ])
    }

    func testAppliedEditsKeepTheRestOfTheFile() throws {
        let solution = "let é = 1 + 2 // ünïcode\n"
        let mutant = try XCTUnwrap(MutantGenerator(solution: solution, stub: nil).mutants.first { $0.mutation == .arithmetic })
        XCTAssertEqual(mutant.apply(to: solution), "let é = 1 - 2 // ünïcode\n")
    }

    func testTheCapSpreadsEvenlyAndKeepsOrder() {
        let solution = "let x = [" + (1...10).map { "\($0 * 10)" }.joined(separator: ", ") + "]\n"
        let all = MutantGenerator(solution: solution, stub: nil).mutants
        XCTAssertEqual(all.count, 20)   // 10 literals, each one more and one less
        // In order: 11, 9, 21, 19, ...; index 2m is 10(m+1)+1 and 2m+1 is 10(m+1)-1.
        // Cap 4 of 20 takes indices 0, 5, 10, 15 (i * 20 / 4): 11, 29 (m=2), 61 (m=5), 79 (m=7).
        XCTAssertEqual(MutantGenerator.sample(all, cap: 4).map(\.replacement), ["11", "29", "61", "79"])
        XCTAssertEqual(MutantGenerator.sample(all, cap: 50).count, 20)
    }
}
