/// Limited-memory BFGS (Nocedal & Wright, "Numerical Optimization", 2nd ed., Algorithm 7.4 and
/// 7.5): minimises a smooth function f from its value and gradient, keeping the last m pairs
/// (s, y) = (x_{k+1} − x_k, ∇f_{k+1} − ∇f_k) as the inverse-Hessian model. The step along the
/// search direction d is found by backtracking from 1 until f(x + t d) ≤ f(x) + c₁ t ∇f·d
/// (Armijo); a pair with s·y ≤ 0 (no positive curvature) is not stored, so the model stays
/// positive definite. It stops when max |∇f| ≤ `gradientTolerance`, when no step along a descent
/// direction lowers f any more (rounding level), or after `maxIterations`.
///
/// Worked example: f(x) = (x₁ − 1)² + 10 (x₂ + 2)² from (0, 0) reaches (1, −2), f = 0, in a few
/// iterations (a quadratic in two variables: two stored pairs make the model exact).
public struct LimitedMemoryBFGS: Sendable {
    /// The result: the point, its value and gradient, and the iterations run.
    public struct Result: Sendable {
        public let x: [Double]
        public let value: Double
        public let gradient: [Double]
        public let iterations: Int
        /// Whether the gradient tolerance was reached (not the value test or the iteration cap).
        public let converged: Bool
    }

    public var memory = 10
    public var gradientTolerance = 1e-8
    public var maxIterations = 1000
    /// Armijo's sufficient-decrease constant c₁ and the backtracking factor.
    public var sufficientDecrease = 1e-4
    public var backtrack = 0.5

    public init() {}

    /// Minimises `f` (returning value and gradient) from `start`.
    public func minimise(from start: [Double], _ f: ([Double]) -> (value: Double, gradient: [Double])) -> Result {
        var x = start
        var (value, gradient) = f(x)
        var pairs: [(s: [Double], y: [Double], rho: Double)] = []
        var iteration = 0
        while iteration < maxIterations {
            if (gradient.map(abs).max() ?? 0) <= gradientTolerance {
                return Result(x: x, value: value, gradient: gradient, iterations: iteration, converged: true)
            }
            iteration += 1
            var direction = Self.twoLoop(gradient, pairs).map { -$0 }
            var slope = direction.dot(gradient)
            if !(slope < 0) {   // the model lost its way (rounding): restart from steepest descent
                pairs.removeAll()
                direction = gradient.map { -$0 }
                slope = direction.dot(gradient)
            }
            // The first step has no curvature to scale it: a unit move in the largest coordinate.
            var t = pairs.isEmpty ? 1 / max(1, direction.map(abs).max() ?? 1) : 1.0
            var next = x.adding(direction, scaledBy: t)
            var (nextValue, nextGradient) = f(next)
            var halvings = 0
            while !(nextValue <= value + sufficientDecrease * t * slope), halvings < 60 {
                t *= backtrack
                halvings += 1
                next = x.adding(direction, scaledBy: t)
                (nextValue, nextGradient) = f(next)
            }
            guard nextValue < value else { break }   // no decrease along a descent direction: at rounding level
            let s = zip(next, x).map { $0 - $1 }, y = zip(nextGradient, gradient).map { $0 - $1 }
            let sy = s.dot(y)
            if sy > 1e-12 * s.dot(s).squareRoot() * y.dot(y).squareRoot() {
                pairs.append((s, y, 1 / sy))
                if pairs.count > memory { pairs.removeFirst() }
            }
            (x, value, gradient) = (next, nextValue, nextGradient)
        }
        let converged = (gradient.map(abs).max() ?? 0) <= gradientTolerance
        return Result(x: x, value: value, gradient: gradient, iterations: iteration, converged: converged)
    }

    /// H·g by the two-loop recursion, H₀ = (s·y / y·y) I from the newest pair.
    static func twoLoop(_ g: [Double], _ pairs: [(s: [Double], y: [Double], rho: Double)]) -> [Double] {
        var q = g
        var alphas = [Double](repeating: 0, count: pairs.count)
        for k in pairs.indices.reversed() {
            alphas[k] = pairs[k].rho * pairs[k].s.dot(q)
            q = q.adding(pairs[k].y, scaledBy: -alphas[k])
        }
        if let last = pairs.last {
            let scale = 1 / (last.rho * last.y.dot(last.y))
            q = q.map { $0 * scale }
        }
        for k in pairs.indices {
            let beta = pairs[k].rho * pairs[k].y.dot(q)
            q = q.adding(pairs[k].s, scaledBy: alphas[k] - beta)
        }
        return q
    }
}
