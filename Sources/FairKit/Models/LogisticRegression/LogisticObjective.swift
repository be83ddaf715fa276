import Dispatch
import Foundation

/// The penalised log-likelihood a `LogisticRegression` minimises, with its gradient and Hessian,
/// over a sparse design.
///
/// Parameters θ = (β₁ … β_p, b), the intercept b last and present only when fitted. With margins
/// z_i = x_i·β + b, p_i = σ(z_i), weights w_i, data multiplier c (the setting C, or 1 without a
/// penalty) and ridge factor λ (1 with the L2 penalty, 0 without):
///   f(θ)   = c Σ_i w_i ℓ_i + (λ/2)‖β‖²,  ℓ_i = log(1 + e^(−z_i)) if y_i = 1, log(1 + e^(z_i)) if 0,
///   ∇_β f  = c Xᵀ r + λβ,  ∂f/∂b = c Σ_i r_i,  r_i = w_i (p_i − y_i),
///   ∇²f    = c [X 1]ᵀ diag(w_i p_i (1 − p_i)) [X 1] + λ diag(1, …, 1, 0).
/// (Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, 2nd ed., §4.4.1; the
/// intercept is not penalised, as in scikit-learn.)
///
/// One exponential per row serves all three: with e_i = e^(−|z_i|) ≤ 1,
///   ℓ_i = max(t_i, 0) + log1p(e_i)  (t_i = −z_i if y_i = 1, z_i if 0),
///   σ(|z_i|) = 1/(1 + e_i),  σ(−|z_i|) = e_i/(1 + e_i),  p_i(1 − p_i) = e_i/(1 + e_i)²,
/// and none of them overflows or cancels when the margin is large (p_i − y_i for y_i = 1 is
/// −σ(−z_i), never 1 − p_i). Worked example: z = 2, y = 1: e = e⁻² = 0.135335, ℓ = log1p(e) =
/// 0.126928, p − y = −e/(1 + e) = −0.119203, p(1 − p) = 0.104994.
///
/// The exponentials are taken eight rows at a time with `SIMDExponential.exp` (within 1 ulp of
/// Foundation's `exp`; ~5% of exponentiated gradient's time on Adult); log1p stays Foundation's.
///
/// f is summed with compensation (`CompensatedSum`), so that the line search's comparisons of f
/// at nearby points are not decided by the roundoff of a sum over every row.
///
/// The design holds the intercept as a last column of ones (`SparseRowMatrix(_:appendingOnes:)`),
/// so margins, gradient and Hessian are single sparse products: Xᵀ r and [X 1]ᵀ D [X 1].
struct LogisticObjective {
    /// [X 1] when fitting an intercept, else X.
    let design: SparseRowMatrix
    let labels: [Int]
    let weights: [Double]
    /// c: the multiplier of the data term.
    let dataScale: Double
    /// λ: 1 with the L2 penalty, 0 without.
    let ridge: Double
    let fitIntercept: Bool

    /// θ with what f, ∇f and ∇²f need there that does not depend on labels or weights: the
    /// margins z, e_i = e^(−|z_i|) and log1p(e_i). A fit's last one can start the next fit on
    /// the same rows (`LogisticRefits`).
    struct Margins: Sendable {
        let theta: [Double]
        let margins: [Double]
        let exponentials: [Double]
        let logTerms: [Double]
    }

    /// A point with its value and gradient.
    struct Point {
        let at: Margins
        let value: Double
        let gradient: [Double]
        var theta: [Double] { at.theta }
        var margins: [Double] { at.margins }
    }

    /// p, the number of (penalised) coefficients.
    var featureCount: Int { design.columns - (fitIntercept ? 1 : 0) }

    /// f and ∇f at θ, in one pass over the rows: margin, exponential, loss, residual and its
    /// share of Xᵀ r for each row in turn.
    ///
    /// The rows go in `SparseRowMatrix.weightedGram`'s blocks (`SparseRowMatrix.rowBlock`) on every
    /// core (`DispatchQueue.concurrentPerform`): each block sums its loss with compensation and its
    /// share of the gradient into its own slots, and the blocks are combined in block order. The
    /// blocks depend on the row count alone, so f and ∇f are the same, bit for bit, on any number
    /// of cores; `concurrently: false` runs the same blocks one after another (the tests' check).
    func evaluate(_ theta: [Double], concurrently: Bool = true) -> Point {
        let n = design.rows, p = design.columns
        let blocks = SparseRowMatrix.rowBlockCount(rows: n)
        var z = [Double](repeating: 0, count: n), e = z, logs = z
        // At least one slot, so that a design without columns still has a buffer to pass.
        var partialGradients = [Double](repeating: 0, count: max(1, blocks * p))
        var partialLosses = [CompensatedSum](repeating: CompensatedSum(), count: blocks)
        design.rowStarts.withUnsafeBufferPointer { starts in
            design.columnIndices.withUnsafeBufferPointer { indices in
                design.values.withUnsafeBufferPointer { entries in
                    theta.withUnsafeBufferPointer { t in
                        labels.withUnsafeBufferPointer { y in
                            weights.withUnsafeBufferPointer { w in
                                let rows = BlockInputs(starts: starts, indices: indices, entries: entries, theta: t, labels: y, weights: w)
                                z.withUnsafeMutableBufferPointer { z in
                                    e.withUnsafeMutableBufferPointer { e in
                                        logs.withUnsafeMutableBufferPointer { logs in
                                            partialGradients.withUnsafeMutableBufferPointer { g in
                                                partialLosses.withUnsafeMutableBufferPointer { losses in
                                                    let out = UnsafeSendable((z, e, logs, g, losses))
                                                    let run: @Sendable (Int) -> Void = { block in
                                                        let (z, e, logs, g, losses) = out.value
                                                        evaluateBlock(block, rows, z: z, e: e, logs: logs,
                                                                      gradient: g.baseAddress.map { $0 + block * p }, loss: &losses[block])
                                                    }
                                                    if concurrently {
                                                        DispatchQueue.concurrentPerform(iterations: blocks) { run($0) }
                                                    } else {
                                                        for block in 0..<blocks { run(block) }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var loss = CompensatedSum()
        var gradient = [Double](repeating: 0, count: p)
        for block in 0..<blocks {
            loss.add(partialLosses[block].value)
            for j in 0..<p { gradient[j] += partialGradients[block * p + j] }
        }
        let margins = Margins(theta: theta, margins: z, exponentials: e, logTerms: logs)
        return Point(at: margins, value: dataScale * loss.value + 0.5 * ridge * penaltyNorm(theta),
                     gradient: addingRidge(to: gradient, theta))
    }

    /// The design, θ, labels and weights as buffers, handed to every block's task.
    private struct BlockInputs: @unchecked Sendable {
        let starts: UnsafeBufferPointer<Int>
        let indices: UnsafeBufferPointer<Int32>
        let entries: UnsafeBufferPointer<Double>
        let theta: UnsafeBufferPointer<Double>
        let labels: UnsafeBufferPointer<Int>
        let weights: UnsafeBufferPointer<Double>
    }

    /// One block of `evaluate`: the rows' margins, exponentials and log terms into `z`, `e` and
    /// `logs`, their loss into `loss` and their share of Xᵀ r into the block's `gradient` slots.
    @inline(__always)
    private func evaluateBlock(_ block: Int, _ rows: BlockInputs, z: UnsafeMutableBufferPointer<Double>,
                               e: UnsafeMutableBufferPointer<Double>, logs: UnsafeMutableBufferPointer<Double>,
                               gradient g: UnsafeMutablePointer<Double>?, loss: inout CompensatedSum) {
        guard let g else { return }   // never nil: `evaluate` allocates at least one slot
        let (starts, indices, entries, t) = (rows.starts, rows.indices, rows.entries, rows.theta)
        let range = SparseRowMatrix.rowBlock(block, rows: z.count)
        let width = SIMDExponential.Lanes.scalarCount
        for first in stride(from: range.lowerBound, to: range.upperBound, by: width) {
            let count = min(width, range.upperBound - first)
            var negativeMagnitudes = SIMDExponential.Lanes()   // padding lanes: e⁰, unused
            for lane in 0..<count {
                let i = first + lane
                var zi = 0.0
                for k in starts[i]..<starts[i + 1] { zi += entries[k] * t[Int(indices[k])] }
                z[i] = zi
                negativeMagnitudes[lane] = -abs(zi)
            }
            let exponentials = SIMDExponential.exp(negativeMagnitudes)
            for lane in 0..<count {
                let i = first + lane
                let zi = z[i], ei = exponentials[lane], li = log1p(ei)
                (e[i], logs[i]) = (ei, li)
                let w = rows.weights[i]
                guard w != 0 else { continue }
                let positive = rows.labels[i] == 1
                loss.add(w * (max(positive ? -zi : zi, 0) + li))
                let r = dataScale * w * Self.residual(margin: zi, exponential: ei, positive: positive)
                for k in starts[i]..<starts[i + 1] { g[Int(indices[k])] += entries[k] * r }
            }
        }
    }

    /// f alone at stored margins (no pass over the design): how a warm start is chosen. Summed
    /// in `evaluate`'s blocks, so that f at a point `evaluate` returned is its value, bit for bit.
    func value(at m: Margins) -> Double {
        var loss = CompensatedSum()
        for block in 0..<SparseRowMatrix.rowBlockCount(rows: m.margins.count) {
            var part = CompensatedSum()
            for i in SparseRowMatrix.rowBlock(block, rows: m.margins.count) where weights[i] != 0 {
                part.add(weights[i] * (max(labels[i] == 1 ? -m.margins[i] : m.margins[i], 0) + m.logTerms[i]))
            }
            loss.add(part.value)
        }
        return dataScale * loss.value + 0.5 * ridge * penaltyNorm(m.theta)
    }

    /// f and ∇f at stored margins: one Xᵀ r product.
    func point(at m: Margins) -> Point {
        let residuals = m.margins.indices.map { i -> Double in
            guard weights[i] != 0 else { return 0 }
            return dataScale * weights[i] * Self.residual(margin: m.margins[i], exponential: m.exponentials[i], positive: labels[i] == 1)
        }
        return Point(at: m, value: value(at: m), gradient: addingRidge(to: design.transposeMultiplied(by: residuals), m.theta))
    }

    /// The margins of a θ that is zero but for the intercept b: z_i = b for every row, as the
    /// sparse product gives it (0·x + … + 1·b = b exactly), without the pass.
    func constantMargins(_ theta: [Double]) -> Margins {
        let b = fitIntercept ? theta[featureCount] : 0
        let e = exp(-abs(b))
        let n = design.rows
        return Margins(theta: theta, margins: [Double](repeating: b, count: n), exponentials: [Double](repeating: e, count: n),
                       logTerms: [Double](repeating: log1p(e), count: n))
    }

    /// ∇²f at a point, as a dense symmetric matrix: the weighted Gram matrix of [X 1] plus λ on
    /// the coefficients' diagonal.
    func hessian(at m: Margins) -> Matrix {
        let curvature = m.exponentials.indices.map { i -> Double in
            let e = m.exponentials[i]
            return dataScale * weights[i] * (e / ((1 + e) * (1 + e)))
        }
        var h = design.weightedGram(weights: curvature)
        for j in 0..<featureCount { h[j, j] += ridge }
        return h
    }

    /// p_i − y_i from the margin and e = e^(−|z|): σ(z) for y = 0, −σ(−z) for y = 1.
    @inline(__always)
    private static func residual(margin z: Double, exponential e: Double, positive: Bool) -> Double {
        let large = 1 / (1 + e), small = e / (1 + e)   // σ(|z|), σ(−|z|)
        if positive { return -(z >= 0 ? small : large) }
        return z >= 0 ? large : small
    }

    private func penaltyNorm(_ theta: [Double]) -> Double {
        var sum = 0.0
        for j in 0..<featureCount { sum += theta[j] * theta[j] }
        return sum
    }

    private func addingRidge(to gradient: [Double], _ theta: [Double]) -> [Double] {
        var g = gradient
        for j in 0..<featureCount { g[j] += ridge * theta[j] }
        return g
    }
}

// MARK: - The compensated sum

/// A running sum with Neumaier's compensation (Neumaier, "Rundungsfehleranalyse einiger
/// Verfahren zur Summation endlicher Summen", ZAMM 54, 1974; Kahan's algorithm, also correct when
/// a term is larger than the sum so far): the rounding error of every addition is kept in
/// `compensation` and added back at the end, so the sum of n terms is off by about one rounding
/// of the result instead of up to n.
///
/// Why: a logistic regression's line search compares f at two nearby points, f a sum over every
/// row; summed plainly over Adult's 32,561 rows, f carries ~100 units of roundoff, more than the
/// decrease the last Newton steps predict, and the search then rejects every step.
///
/// Example: 1 + 1e-16 + 1e-16 sums plainly to 1 (each 1e-16 is below half an ulp of 1), and with
/// the compensation to 1.0000000000000002 (1 + 2e-16 rounded).
struct CompensatedSum {
    private(set) var sum = 0.0
    private var compensation = 0.0

    /// The sum so far, its compensation added.
    var value: Double { sum + compensation }

    /// Inlined: it runs once per row in the logistic objective's hot loop. That is why this type
    /// lives in the objective's file: FairKit compiles without `-wmo` (see Package.swift), and
    /// the optimiser inlines only bodies from the same file; from its own file in Numerics, every
    /// add was a call, ~9% of exponentiated gradient's CPU time on Adult.
    @inline(__always)
    mutating func add(_ term: Double) {
        let t = sum + term
        compensation += abs(sum) >= abs(term) ? (sum - t) + term : (term - t) + sum
        sum = t
    }
}
