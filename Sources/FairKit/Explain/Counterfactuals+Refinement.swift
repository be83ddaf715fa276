extension CounterfactualSearch {
    /// The closest `ExplainConstants.counterfactualRefined` options, each numeric change moved
    /// back towards x as far as the decision stays flipped, each distinct row once. Candidates are
    /// quantiles, so a change of month from 24 to 12 may flip the decision already at 19: the
    /// option then changes month to 19, at 5/MAD instead of 12/MAD. DiCE does the same after its
    /// search ("post-hoc sparsity", a linear search towards x in steps of the column's precision).
    /// Refined options replace the found ones: kept beside them, the far originals would win the
    /// diversity term when options are chosen.
    ///
    /// Each column is searched by bisection over its grid between x and the change (`steps`' grid,
    /// or the training values), the smallest move that still flips, which is exact for a model
    /// monotone in the column (a logistic regression) and otherwise still a valid option.
    func refinements(of options: ArraySlice<Counterfactual>, original: [Double], decision: Bool,
                     evaluated: inout Int) throws -> [Counterfactual] {
        var seen = Set<[Double]>()
        var out: [Counterfactual] = []
        for option in options.sorted(by: { $0.distance < $1.distance }).prefix(ExplainConstants.counterfactualRefined) {
            var row = option.values
            var output = option.output
            for (c, column) in columns.enumerated() {
                guard case .numeric(let f) = column.kind, row[f] != original[f] else { continue }
                let grid = self.grid(column: c, from: original[f], to: row[f])
                // The smallest index whose value still flips; `grid.count` keeps the change as found.
                var (low, high) = (0, grid.count)
                while low < high {
                    let middle = (low + high) / 2
                    var probe = row
                    probe[f] = grid.value(middle)
                    let y = try model.evaluate(Matrix(rows: 1, columns: probe.count, storage: probe))[0]
                    evaluated += 1
                    if (y > threshold) != decision {
                        (high, output) = (middle, y)
                        row = probe
                    } else {
                        low = middle + 1
                    }
                }
            }
            if seen.insert(row).inserted { out.append(makeCounterfactual(row, output: output, original: original)) }
        }
        return out
    }

    /// The values between x and a changed value v, nearest x first, ending at v or one step past
    /// it: x ± k·step for k = 1, 2, ... inside the training range, or the training values strictly
    /// between x and v.
    private func grid(column c: Int, from x: Double, to v: Double) -> (count: Int, value: (Int) -> Double) {
        let values = distinct[c]
        let up = v > x
        if let step = steps[columns[c].name], step > 0, let low = values.first, let high = values.last {
            let point = { (k: Int) in x + (up ? 1 : -1) * Double(k + 1) * step }
            var n = Int((abs(v - x) / step).rounded(.up))
            while n > 0, !(low...high).contains(point(n - 1)) { n -= 1 }
            if n <= ExplainConstants.counterfactualGridLimit { return (n, point) }
        }
        let between = values.filter { up ? ($0 > x && $0 < v) : ($0 < x && $0 > v) }
        let ordered = up ? between : between.reversed()
        return (ordered.count, { ordered[$0] })
    }
}
