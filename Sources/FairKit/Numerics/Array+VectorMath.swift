/// The few vector operations the solvers and models need, on plain `[Double]`.
///
/// Loops run over unsafe buffers so that -O removes bounds checks and vectorises them; the
/// callers pass vectors of tens to hundreds of elements, many thousand times per fit.
extension Array where Element == Double {
    /// The inner product Σ_i a_i b_i. Both vectors must have the same length.
    @inlinable
    public func dot(_ other: [Double]) -> Double {
        precondition(count == other.count, "dot product of vectors of lengths \(count) and \(other.count)")
        return withUnsafeBufferPointer { a in
            other.withUnsafeBufferPointer { b in
                var sum = 0.0
                for i in 0..<a.count { sum += a[i] * b[i] }
                return sum
            }
        }
    }

    /// The Euclidean norm ||a||₂ = √(Σ a_i²), scaled by the largest magnitude first so that
    /// squares of huge or tiny entries neither overflow nor underflow (the approach of LAPACK's
    /// `dnrm2`; Anderson et al., LAPACK Users' Guide, 3rd ed., 1999).
    public var euclideanNorm: Double {
        let scale = maxAbsolute
        guard scale > 0, scale.isFinite else { return scale }
        let sumOfSquares = withUnsafeBufferPointer { a in
            var sum = 0.0
            for i in 0..<a.count {
                let x = a[i] / scale
                sum += x * x
            }
            return sum
        }
        return scale * sumOfSquares.squareRoot()
    }

    /// The maximum norm ||a||∞ = max_i |a_i| (0 for an empty vector).
    public var maxAbsolute: Double {
        withUnsafeBufferPointer { a in
            var best = 0.0
            for i in 0..<a.count { best = Swift.max(best, Swift.abs(a[i])) }
            return best
        }
    }

    /// `self + alpha * other`, element by element (BLAS's axpy).
    @inlinable
    public func adding(_ other: [Double], scaledBy alpha: Double) -> [Double] {
        precondition(count == other.count, "adding vectors of lengths \(count) and \(other.count)")
        var out = self
        out.withUnsafeMutableBufferPointer { y in
            other.withUnsafeBufferPointer { x in
                for i in 0..<y.count { y[i] += alpha * x[i] }
            }
        }
        return out
    }
}
