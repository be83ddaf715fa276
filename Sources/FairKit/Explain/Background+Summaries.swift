/// Small backgrounds that stand for a large dataset, so that the cost of Kernel SHAP (coalitions
/// x background rows) stays bounded.
extension Background {
    /// `count` rows drawn uniformly without replacement (shap's `sample`), equal weights; all the
    /// rows when `count` ≥ their number.
    public static func sample(_ x: Matrix, count: Int, seed: UInt64) throws -> Background {
        guard count >= 1 else {
            throw ExplainError.invalidSetting(name: "background rows", value: "\(count)", requirement: "at least 1")
        }
        guard count < x.rows else { return try Background(x) }
        var generator = SeededGenerator(seed: seed)
        return try Background(x.selectingRows(generator.permutation(x.rows).prefix(count)))
    }

    /// k centres weighted by how many rows each stands for, as shap's `kmeans(X, k)`: k-means
    /// (Lloyd's algorithm from k-means++ seeds, Arthur & Vassilvitskii 2007; the best of
    /// `ExplainConstants.kmeansRestarts` runs by within-cluster sum of squares, as scikit-learn's
    /// `n_init`), then with `roundValues` every centre coordinate replaced by the nearest value
    /// of that column in the data, so a one-hot or integer column keeps valid values.
    /// scikit-learn's random stream differs, so centres agree with shap's when the clusters are
    /// clear-cut and may differ otherwise.
    ///
    /// Example: rows [0], [0], [10], [10], [10] with k = 2 give centres [0] (weight 2/5) and
    /// [10] (weight 3/5).
    public static func kmeans(_ x: Matrix, k: Int, seed: UInt64 = 0, roundValues: Bool = true) throws -> Background {
        guard k >= 1 else { throw ExplainError.invalidSetting(name: "k", value: "\(k)", requirement: "at least 1") }
        guard x.rows > k else { return try Background(x) }
        var generator = SeededGenerator(seed: seed)
        var best = KMeans.run(x, k: k, generator: &generator)
        for _ in 1..<ExplainConstants.kmeansRestarts {
            let run = KMeans.run(x, k: k, generator: &generator)
            if run.inertia < best.inertia { best = run }
        }
        var centres = best.centres
        let labels = best.labels
        if roundValues {
            for c in 0..<x.columns {
                let values = x.column(c)
                for j in 0..<k {
                    let target = centres[j, c]
                    centres[j, c] = values.min { abs($0 - target) < abs($1 - target) } ?? target
                }
            }
        }
        var counts = [Double](repeating: 0, count: k)
        for label in labels { counts[label] += 1 }
        return try Background(centres, weights: counts)
    }
}

/// Lloyd's k-means from k-means++ seeds.
enum KMeans {
    static func run(_ x: Matrix, k: Int, generator: inout SeededGenerator) -> (centres: Matrix, labels: [Int], inertia: Double) {
        var centres = seeds(x, k: k, generator: &generator)
        var labels = [Int](repeating: 0, count: x.rows)
        var inertia = Double.infinity
        for _ in 0..<ExplainConstants.kmeansIterations {
            var newInertia = 0.0
            for r in 0..<x.rows {
                var (bestJ, bestD) = (0, Double.infinity)
                for j in 0..<k {
                    let d = distance(x, r, centres, j)
                    if d < bestD { (bestJ, bestD) = (j, d) }
                }
                labels[r] = bestJ
                newInertia += bestD
            }
            var sums = Matrix(rows: k, columns: x.columns)
            var counts = [Int](repeating: 0, count: k)
            for r in 0..<x.rows {
                counts[labels[r]] += 1
                for c in 0..<x.columns { sums[labels[r], c] += x[r, c] }
            }
            for j in 0..<k where counts[j] > 0 {
                for c in 0..<x.columns { centres[j, c] = sums[j, c] / Double(counts[j]) }
            }
            let converged = inertia - newInertia <= ExplainConstants.kmeansTolerance * max(newInertia, 1)
            inertia = newInertia
            if converged { break }
        }
        return (centres, labels, inertia)
    }

    /// k-means++: the first centre uniform, each next one drawn with probability proportional to
    /// the squared distance to the nearest centre chosen so far.
    private static func seeds(_ x: Matrix, k: Int, generator: inout SeededGenerator) -> Matrix {
        var chosen = [generator.nextInt(below: x.rows)]
        var nearest = (0..<x.rows).map { r in squared(x, r, chosen[0]) }
        while chosen.count < k {
            let total = nearest.reduce(0, +)
            var pick = 0
            if total > 0 {
                var u = generator.nextDouble() * total
                for (r, d) in nearest.enumerated() {
                    u -= d
                    if u < 0 { pick = r; break }
                }
            } else {
                pick = generator.nextInt(below: x.rows)
            }
            chosen.append(pick)
            for r in 0..<x.rows { nearest[r] = min(nearest[r], squared(x, r, pick)) }
        }
        return x.selectingRows(chosen)
    }

    private static func squared(_ x: Matrix, _ a: Int, _ b: Int) -> Double {
        var s = 0.0
        for c in 0..<x.columns { let t = x[a, c] - x[b, c]; s += t * t }
        return s
    }

    private static func distance(_ x: Matrix, _ r: Int, _ centres: Matrix, _ j: Int) -> Double {
        var s = 0.0
        for c in 0..<x.columns { let t = x[r, c] - centres[j, c]; s += t * t }
        return s
    }
}
