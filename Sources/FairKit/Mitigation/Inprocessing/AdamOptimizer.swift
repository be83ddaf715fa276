import Foundation

/// Adam (Kingma & Ba, "Adam: a method for stochastic optimization", ICLR 2015) on one flat
/// parameter vector, as TensorFlow 1's `AdamOptimizer` applies it:
///   m ← β₁ m + (1 − β₁) g,  v ← β₂ v + (1 − β₂) g²,
///   θ ← θ − η √(1 − β₂ᵗ) / (1 − β₁ᵗ) · m / (√v + ε).
/// Example: the first step (t = 1) with g = 2, η = 0.001 moves θ by −0.001 · √0.001/0.1 · 0.2 /
/// (√0.004 + 1e-8) = −0.001 (Adam's first step is η times the gradient's sign).
struct AdamOptimizer: Sendable {
    var m: [Double]
    var v: [Double]
    var t = 0

    init(count: Int) {
        m = [Double](repeating: 0, count: count)
        v = m
    }

    mutating func step(_ theta: inout [Double], _ g: [Double], learningRate: Double) {
        typealias C = AdversarialDebiasingConstants
        t += 1
        let rate = learningRate * (1 - pow(C.adamBeta2, Double(t))).squareRoot() / (1 - pow(C.adamBeta1, Double(t)))
        for k in theta.indices {
            m[k] = C.adamBeta1 * m[k] + (1 - C.adamBeta1) * g[k]
            v[k] = C.adamBeta2 * v[k] + (1 - C.adamBeta2) * g[k] * g[k]
            theta[k] -= rate * m[k] / (v[k].squareRoot() + C.adamEpsilon)
        }
    }
}
