/// A linear program in the form scipy's `linprog` takes, and its solution by the simplex method:
///
///   minimise  c·x  subject to  aᵢ·x ≤ bᵢ, aᵢ·x = bᵢ or aᵢ·x ≥ bᵢ (one relation per constraint),
///             lⱼ ≤ xⱼ ≤ uⱼ  (default 0 ≤ xⱼ < ∞; either end may be infinite).
///
/// The mitigation algorithms need small ones: exponentiated gradient's final mixture over at most
/// fifty predictors and its dual, the four mixing rates of equalized-odds post-processing.
///
/// Algorithm: the bounds are removed by substitution (xⱼ = lⱼ + yⱼ, or uⱼ − yⱼ when only the upper
/// end is finite, or yⱼ⁺ − yⱼ⁻ when neither is; a finite upper bound on a shifted variable becomes
/// the row yⱼ ≤ uⱼ − lⱼ), then the dense two-phase simplex method with Bland's rule runs on the
/// tableau (Dantzig, "Linear Programming and Extensions", 1963; Bland, "New finite pivoting rules
/// for the simplex method", Math. Oper. Res. 2, 1977: the entering column is the lowest-numbered
/// one with a negative reduced cost, the leaving row the lowest-numbered basic variable among the
/// ratio-test ties — which never cycles, so degenerate problems terminate). Phase 1 minimises the
/// sum of artificial variables; a positive minimum means no point satisfies the constraints.
///
/// Worked example (Hillier & Lieberman's Wyndor Glass problem): maximise 3x + 5y, i.e. minimise
/// −3x − 5y, subject to x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18, x, y ≥ 0. The optimum is the vertex where
/// 2y = 12 and 3x + 2y = 18 meet: y = 6, x = 2, objective −(6 + 30) = −36.
public struct LinearProgram: Sendable, Equatable {
    /// How a constraint's left side relates to its right side.
    public enum Relation: Sendable, Equatable {
        case lessOrEqual, equal, greaterOrEqual
    }

    /// One constraint: coefficients · x (relation) rightSide.
    public struct Constraint: Sendable, Equatable {
        public var coefficients: [Double]
        public var relation: Relation
        public var rightSide: Double

        public init(_ coefficients: [Double], _ relation: Relation, _ rightSide: Double) {
            self.coefficients = coefficients
            self.relation = relation
            self.rightSide = rightSide
        }
    }

    /// The bounds of one variable; `-infinity` / `infinity` for an open end.
    public struct Bounds: Sendable, Equatable {
        public var lower: Double
        public var upper: Double

        public init(lower: Double = 0, upper: Double = .infinity) {
            self.lower = lower
            self.upper = upper
        }

        /// 0 ≤ x < ∞, scipy's default.
        public static let nonNegative = Bounds()
        /// −∞ < x < ∞.
        public static let free = Bounds(lower: -.infinity, upper: .infinity)
    }

    /// What `solve` found at the optimum.
    public struct Solution: Sendable, Equatable {
        /// The optimal x (one of them, when the optimum is not unique).
        public let x: [Double]
        /// c·x at the optimum.
        public let objective: Double
        /// Simplex pivots taken in both phases.
        public let pivots: Int
    }

    /// c: the objective to minimise, one coefficient per variable.
    public var objective: [Double]
    /// The constraints, each with one coefficient per variable.
    public var constraints: [Constraint]
    /// One entry per variable.
    public var bounds: [Bounds]

    /// A program over `objective.count` variables; `bounds` nil means every variable ≥ 0.
    public init(minimise objective: [Double], constraints: [Constraint], bounds: [Bounds]? = nil) {
        self.objective = objective
        self.constraints = constraints
        self.bounds = bounds ?? Array(repeating: .nonNegative, count: objective.count)
    }

    /// The optimum. Throws `LinearProgramError.infeasible` when no x satisfies the constraints,
    /// `.unbounded` when c·x decreases without end, `.invalid` for malformed input (a coefficient
    /// row of the wrong length, a NaN, a lower bound above its upper one).
    public func solve() throws -> Solution {
        try validate()
        let standard = StandardForm(self)
        var tableau = SimplexTableau(rows: standard.rows, rightSides: standard.rightSides,
                                     relations: standard.relations, structuralColumns: standard.columnCount)
        try tableau.findFeasibleBasis()
        try tableau.minimise(standard.costs)
        let y = tableau.basicSolution(columns: standard.columnCount)
        let x = standard.recover(y)
        let value = zip(objective, x).reduce(0) { $0 + $1.0 * $1.1 }
        return Solution(x: x, objective: value, pivots: tableau.pivots)
    }

    private func validate() throws {
        let n = objective.count
        guard n > 0 else { throw LinearProgramError.invalid("a linear program needs at least one variable") }
        guard bounds.count == n else {
            throw LinearProgramError.invalid("bounds has \(bounds.count) entries for \(n) variables; give one per variable")
        }
        if let j = objective.firstIndex(where: { !$0.isFinite }) {
            throw LinearProgramError.invalid("objective coefficient \(j + 1) is \(objective[j]); coefficients must be finite")
        }
        for (i, constraint) in constraints.enumerated() {
            guard constraint.coefficients.count == n else {
                throw LinearProgramError.invalid("constraint \(i + 1) has \(constraint.coefficients.count) coefficients for \(n) variables")
            }
            guard constraint.rightSide.isFinite, constraint.coefficients.allSatisfy(\.isFinite) else {
                throw LinearProgramError.invalid("constraint \(i + 1) has a NaN or infinite number; coefficients and right sides must be finite")
            }
        }
        for (j, b) in bounds.enumerated() {
            guard !b.lower.isNaN, !b.upper.isNaN, b.lower <= b.upper, b.lower < .infinity, b.upper > -.infinity else {
                throw LinearProgramError.invalid("variable \(j + 1) has bounds [\(b.lower), \(b.upper)]; the lower must not exceed the upper")
            }
        }
    }
}

/// Why a linear program has no optimum, or could not be read.
public enum LinearProgramError: Error, Equatable, CustomStringConvertible {
    /// No point satisfies every constraint and bound; `violation` is phase 1's minimal total violation.
    case infeasible(violation: Double)
    /// The objective decreases without bound along a feasible ray.
    case unbounded
    /// The simplex method stopped after this many pivots (it cannot cycle under Bland's rule, so
    /// this means a problem far larger than the method is meant for).
    case pivotLimit(Int)
    /// Malformed input; the message names the constraint or variable.
    case invalid(String)

    public var description: String {
        switch self {
        case .infeasible(let violation):
            return "the linear program is infeasible: no point satisfies every constraint (smallest total violation \(violation))"
        case .unbounded:
            return "the linear program is unbounded: the objective decreases without limit"
        case .pivotLimit(let pivots):
            return "the simplex method stopped after \(pivots) pivots without reaching the optimum"
        case .invalid(let message):
            return "invalid linear program: \(message)"
        }
    }
}
