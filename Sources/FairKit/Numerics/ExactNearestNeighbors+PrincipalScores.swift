extension ExactNearestNeighbors {
    /// Each row's scores on the first m principal directions of the centred rows, from subspace
    /// iteration with a fixed start (results never depend on chance). The directions need not be
    /// the exact principal ones: any orthonormal set keeps the search exact; good ones make it fast.
    struct PrincipalScores {
        /// How many directions: enough to separate most non-neighbours cheaply.
        static let directions = 8
        /// Subspace iterations: enough for directions near the principal ones on tabular data.
        static let iterations = 6
        /// Per row, its scores (zeros beyond the number of columns).
        let values: [SIMD8<Double>]
        /// The largest squared norm of a centred row: the scale of the rounding in the scores.
        let largestSquaredNorm: Double

        init(_ x: Matrix, mean: [Double]) {
            let n = x.rows, d = x.columns
            let m = min(Self.directions, d)
            // u: d x m, column j a direction; a fixed, full-rank start refined by subspace
            // iteration. Even with d <= m (a rotation) the principal axes split better than the
            // columns: a column of mostly zeros with a long tail (capital gain) has the widest
            // spread, yet splitting it separates little.
            var u = (0..<d * m).map { (i: Int) -> Double in Double((i * 7919 + 13) % 101) / 101 - 0.5 }
            Self.orthonormalize(&u, d: d, m: m)
            for _ in 0..<Self.iterations {
                let rowsOfU = Self.packed(u, d: d, m: m)
                var next = [SIMD8<Double>](repeating: SIMD8(), count: d)
                for r in 0..<n {
                    x.withRow(r) { row in
                        var projected = SIMD8<Double>()
                        for c in 0..<d { projected += (row[c] - mean[c]) * rowsOfU[c] }
                        for c in 0..<d { next[c] += (row[c] - mean[c]) * projected }
                    }
                }
                u = (0..<d * m).map { next[$0 / m][$0 % m] }
                Self.orthonormalize(&u, d: d, m: m)
            }
            let rowsOfU = Self.packed(u, d: d, m: m)
            var largest = 0.0
            values = (0..<n).map { r in
                x.withRow(r) { row in
                    var score = SIMD8<Double>()
                    var norm = 0.0
                    for c in 0..<d {
                        let v = row[c] - mean[c]
                        norm += v * v
                        score += v * rowsOfU[c]
                    }
                    largest = max(largest, norm)
                    return score
                }
            }
            largestSquaredNorm = largest
        }

        /// Row c of the d x m matrix `u` as a vector (zeros beyond m).
        private static func packed(_ u: [Double], d: Int, m: Int) -> [SIMD8<Double>] {
            (0..<d).map { c in
                var row = SIMD8<Double>()
                for j in 0..<m { row[j] = u[c * m + j] }
                return row
            }
        }

        private init(values: [SIMD8<Double>], largestSquaredNorm: Double) {
            self.values = values
            self.largestSquaredNorm = largestSquaredNorm
        }

        /// Modified Gram-Schmidt on the m columns of the d x m matrix `u`; a column that vanishes
        /// (rank-deficient data) becomes a unit coordinate vector made orthogonal to the others,
        /// or zero, which still leaves the bound valid.
        private static func orthonormalize(_ u: inout [Double], d: Int, m: Int) {
            for j in 0..<m {
                for attempt in 0...d {
                    if attempt > 0 {
                        for c in 0..<d { u[c * m + j] = c == attempt - 1 ? 1 : 0 }
                    }
                    for i in 0..<j {
                        var dot = 0.0
                        for c in 0..<d { dot += u[c * m + i] * u[c * m + j] }
                        for c in 0..<d { u[c * m + j] -= dot * u[c * m + i] }
                    }
                    var norm = 0.0
                    for c in 0..<d { norm += u[c * m + j] * u[c * m + j] }
                    norm = norm.squareRoot()
                    if norm > 1e-6 {
                        for c in 0..<d { u[c * m + j] /= norm }
                        break
                    }
                    if attempt == d { for c in 0..<d { u[c * m + j] = 0 } }
                }
            }
        }

        /// The scores with rows in `order`.
        func reordered(_ order: [Int]) -> PrincipalScores {
            PrincipalScores(values: order.map { values[$0] }, largestSquaredNorm: largestSquaredNorm)
        }

        /// Squared distance between two rows' scores: a lower bound of their squared distance.
        @inline(__always) func squaredDistance(_ a: Int, _ b: Int) -> Double {
            let t = values[a] - values[b]
            return (t * t).sum()
        }
    }
}
