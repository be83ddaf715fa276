/// Points of an accuracy / disparity trade-off, the Pareto front among them and the point to
/// recommend for a stated tolerance.
///
/// A point is on the Pareto front when no other point is at least as accurate and at most as
/// disparate, and strictly better in one of the two. The recommendation for tolerance τ is the
/// most accurate point whose disparity is ≤ τ (the smaller disparity on ties); when no point
/// meets τ, the least disparate one, and `Recommendation.meetsTolerance` is false.
///
/// Example: (accuracy, disparity) points A (0.80, 0.20), B (0.78, 0.05), C (0.75, 0.06),
/// D (0.70, 0.01): C is dominated by B; A, B, D form the front. τ = 0.05 recommends B, τ = 0.02
/// recommends D, τ = 0.001 none meets it, so D with `meetsTolerance` false.
public struct TradeoffPoint: Sendable, Equatable {
    /// The method, e.g. "exponentiated_gradient", and its setting, e.g. "eps=0.01".
    public let method: String
    public let setting: String
    /// Expected accuracy and disparity on the held-out rows.
    public let accuracy: Double
    public let disparity: Double
    public internal(set) var onParetoFront: Bool

    public init(method: String, setting: String, accuracy: Double, disparity: Double) {
        self.method = method
        self.setting = setting
        self.accuracy = accuracy
        self.disparity = disparity
        self.onParetoFront = false
    }
}

public enum TradeoffFront {
    /// The recommended point for a tolerance.
    public struct Recommendation: Sendable, Equatable {
        public let index: Int
        public let meetsTolerance: Bool
    }

    /// The points with `onParetoFront` set.
    public static func marking(_ points: [TradeoffPoint]) -> [TradeoffPoint] {
        points.map { p in
            var marked = p
            marked.onParetoFront = !points.contains { q in
                q.accuracy >= p.accuracy && q.disparity <= p.disparity && (q.accuracy > p.accuracy || q.disparity < p.disparity)
            }
            return marked
        }
    }

    /// The recommendation for tolerance τ (nil for no points).
    public static func recommend(_ points: [TradeoffPoint], tolerance: Double) -> Recommendation? {
        let meeting = points.indices.filter { points[$0].disparity <= tolerance }
        if let best = meeting.max(by: { (points[$0].accuracy, -points[$0].disparity) < (points[$1].accuracy, -points[$1].disparity) }) {
            return Recommendation(index: best, meetsTolerance: true)
        }
        return points.indices.min { points[$0].disparity < points[$1].disparity }.map { Recommendation(index: $0, meetsTolerance: false) }
    }
}
