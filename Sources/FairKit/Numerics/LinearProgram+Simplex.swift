/// The simplex machinery behind `LinearProgram.solve()`: the substitution that turns bounded and
/// free variables into non-negative ones, and the dense tableau the two phases pivot on.

/// A program rewritten over non-negative variables y, with the map back to x.
struct StandardForm {
    /// Constraint rows over y (original constraints first, then one row per finite upper bound).
    var rows: [[Double]] = []
    var relations: [LinearProgram.Relation] = []
    var rightSides: [Double] = []
    /// The objective over y (the constant c·offset is dropped; `solve` re-evaluates c·x).
    var costs: [Double] = []
    var columnCount = 0
    /// xⱼ = offsetⱼ + Σ sign · y[column] over `terms[j]`.
    private var offsets: [Double] = []
    private var terms: [[(column: Int, sign: Double)]] = []

    init(_ program: LinearProgram) {
        var upperRows: [(column: Int, limit: Double)] = []
        for b in program.bounds {
            let column = columnCount
            if b.lower.isFinite {
                offsets.append(b.lower)
                terms.append([(column, 1)])
                columnCount += 1
                if b.upper.isFinite { upperRows.append((column, b.upper - b.lower)) }
            } else if b.upper.isFinite {
                offsets.append(b.upper)
                terms.append([(column, -1)])
                columnCount += 1
            } else {
                offsets.append(0)
                terms.append([(column, 1), (column + 1, -1)])
                columnCount += 2
            }
        }
        costs = substitute(program.objective).row
        for constraint in program.constraints {
            let (row, shift) = substitute(constraint.coefficients)
            rows.append(row)
            relations.append(constraint.relation)
            rightSides.append(constraint.rightSide - shift)
        }
        for (column, limit) in upperRows {
            var row = [Double](repeating: 0, count: columnCount)
            row[column] = 1
            rows.append(row)
            relations.append(.lessOrEqual)
            rightSides.append(limit)
        }
    }

    /// a·x written over y: the row of coefficients and the constant a·offset.
    private func substitute(_ a: [Double]) -> (row: [Double], shift: Double) {
        var row = [Double](repeating: 0, count: columnCount)
        var shift = 0.0
        for (j, coefficient) in a.enumerated() {
            shift += coefficient * offsets[j]
            for term in terms[j] { row[term.column] += term.sign * coefficient }
        }
        return (row, shift)
    }

    /// x from y.
    func recover(_ y: [Double]) -> [Double] {
        offsets.indices.map { j in terms[j].reduce(offsets[j]) { $0 + $1.sign * y[$1.column] } }
    }
}

/// The dense simplex tableau: each row is a constraint with its basic variable, columns are
/// [structural | slack and surplus | artificial], and `reducedCosts` is the objective row.
struct SimplexTableau {
    /// Reduced costs below this are treated as zero (no improving direction).
    static let optimalityTolerance = 1e-9
    /// Pivot elements of at most this size are refused (they would amplify rounding).
    static let pivotTolerance = 1e-9
    /// A safety stop: Bland's rule cannot cycle, so only an enormous problem reaches it.
    static let pivotLimit = 100_000

    private(set) var table: [[Double]]
    private(set) var rightSides: [Double]
    private(set) var basis: [Int]
    private var reducedCosts: [Double] = []
    private var objectiveValue = 0.0
    private let artificialStart: Int
    private let width: Int
    private(set) var pivots = 0

    init(rows: [[Double]], rightSides: [Double], relations: [LinearProgram.Relation], structuralColumns: Int) {
        let slackCount = relations.filter { $0 != .equal }.count
        var normalised: [(row: [Double], rhs: Double, relation: LinearProgram.Relation)] = []
        for (i, row) in rows.enumerated() {
            // Make every right side >= 0 so the slack or artificial basis starts feasible.
            if rightSides[i] < 0 {
                let flipped: LinearProgram.Relation = relations[i] == .lessOrEqual ? .greaterOrEqual
                    : relations[i] == .greaterOrEqual ? .lessOrEqual : .equal
                normalised.append((row.map { -$0 }, -rightSides[i], flipped))
            } else {
                normalised.append((row, rightSides[i], relations[i]))
            }
        }
        let artificialCount = normalised.filter { $0.relation != .lessOrEqual }.count
        artificialStart = structuralColumns + slackCount
        width = artificialStart + artificialCount
        table = []
        basis = []
        self.rightSides = []
        var slack = structuralColumns, artificial = artificialStart
        for (row, rhs, relation) in normalised {
            var full = row + [Double](repeating: 0, count: width - structuralColumns)
            switch relation {
            case .lessOrEqual:
                full[slack] = 1
                basis.append(slack)
                slack += 1
            case .greaterOrEqual:
                full[slack] = -1
                slack += 1
                full[artificial] = 1
                basis.append(artificial)
                artificial += 1
            case .equal:
                full[artificial] = 1
                basis.append(artificial)
                artificial += 1
            }
            table.append(full)
            self.rightSides.append(rhs)
        }
    }

    /// Phase 1: minimises the sum of the artificial variables, then pivots every artificial
    /// variable still basic (at value 0) out of the basis, or drops its row when the row is a
    /// combination of the others.
    mutating func findFeasibleBasis() throws {
        guard artificialStart < width else { return }
        var costs = [Double](repeating: 0, count: width)
        for j in artificialStart..<width { costs[j] = 1 }
        try run(costs: costs, columns: width)
        let scale = 1 + (rightSides.map(abs).max() ?? 0)
        if objectiveValue > 1e-8 * scale { throw LinearProgramError.infeasible(violation: objectiveValue) }
        var i = 0
        while i < table.count {
            if basis[i] >= artificialStart {
                if let j = (0..<artificialStart).first(where: { abs(table[i][$0]) > Self.pivotTolerance }) {
                    pivot(row: i, column: j)
                } else {
                    table.remove(at: i)
                    rightSides.remove(at: i)
                    basis.remove(at: i)
                    continue
                }
            }
            i += 1
        }
    }

    /// Phase 2: minimises `costs` (over the structural columns; slack columns cost 0) without
    /// letting artificial variables back in.
    mutating func minimise(_ costs: [Double]) throws {
        try run(costs: costs + [Double](repeating: 0, count: width - costs.count), columns: artificialStart)
    }

    /// The value of each of the first `columns` variables at the current basis.
    func basicSolution(columns: Int) -> [Double] {
        var y = [Double](repeating: 0, count: columns)
        for (i, j) in basis.enumerated() where j < columns { y[j] = max(0, rightSides[i]) }
        return y
    }

    /// Simplex iterations with Bland's rule over columns `0..<columns` until no reduced cost is
    /// negative.
    private mutating func run(costs: [Double], columns: Int) throws {
        reducedCosts = costs
        objectiveValue = 0
        for (i, j) in basis.enumerated() where costs[j] != 0 {
            for k in 0..<width { reducedCosts[k] -= costs[j] * table[i][k] }
            objectiveValue += costs[j] * rightSides[i]
        }
        while let entering = (0..<columns).first(where: { reducedCosts[$0] < -Self.optimalityTolerance }) {
            // Ratio test; among ties (within rounding) Bland's rule takes the lowest basic variable.
            var leaving: Int?
            var bestRatio = Double.infinity
            for i in table.indices where table[i][entering] > Self.pivotTolerance {
                let ratio = rightSides[i] / table[i][entering]
                if let current = leaving, ratio > bestRatio - 1e-12 {
                    if ratio <= bestRatio + 1e-12, basis[i] < basis[current] { leaving = i }
                    bestRatio = min(bestRatio, ratio)
                } else {
                    leaving = i
                    bestRatio = ratio
                }
            }
            guard let leaving else { throw LinearProgramError.unbounded }
            pivot(row: leaving, column: entering)
            guard pivots < Self.pivotLimit else { throw LinearProgramError.pivotLimit(pivots) }
        }
    }

    /// Makes `column` basic in `row`: scales the row to a unit pivot and eliminates the column
    /// from every other row and from the objective row.
    private mutating func pivot(row r: Int, column c: Int) {
        let p = table[r][c]
        for k in 0..<width { table[r][k] /= p }
        rightSides[r] /= p
        table[r][c] = 1
        for i in table.indices where i != r {
            let factor = table[i][c]
            guard factor != 0 else { continue }
            for k in 0..<width { table[i][k] -= factor * table[r][k] }
            table[i][c] = 0
            rightSides[i] -= factor * rightSides[r]
        }
        if !reducedCosts.isEmpty {
            let factor = reducedCosts[c]
            if factor != 0 {
                for k in 0..<width { reducedCosts[k] -= factor * table[r][k] }
                reducedCosts[c] = 0
                objectiveValue += factor * rightSides[r]
            }
        }
        basis[r] = c
        pivots += 1
    }
}
