/// One group's achievable trade-offs for the threshold optimizer: every threshold on the scores
/// as a point (x, y) of two rates, the upper convex hull of those points, and that hull read off
/// at evenly spaced x values. Fairlearn's `_tradeoff_curve_utilities` (0.15), step for step.
///
/// Points: the scores sorted in decreasing order; the first point predicts nothing positive
/// (threshold +∞), then one point per distinct score s, predicting positive every row with a
/// score > (s + next lower distinct score)/2 (−∞ after the lowest). Points are sorted by (x, y),
/// then Andrew's monotone chain keeps the upper hull: the middle of three consecutive points is
/// dropped when it lies on or below the line through the other two. Any x between two hull
/// points is reached by using the left point's threshold with probability p0 and the right
/// one's with p1 = 1 − p0, p0 = (x₁ − x)/(x₁ − x₀), which gives y = p0 y₀ + p1 y₁.
///
/// With `flip` (Fairlearn's `flip=True`), every threshold also gives the opposite rule, "predict
/// 1 when score < threshold", whose counts are the complement (TP' = P − TP, FP' = N − FP): its
/// point is added right after the ">" point of the same threshold, before the sort, so the hull
/// can use rules of a model that is worse than chance on the group. On a ROC curve the flipped
/// point of (x, y) is (1 − x, 1 − y), the mirror image through (½, ½).
///
/// Example: scores [0.9, 0.8, 0.3, 0.2] with labels [1, 0, 1, 0], x = FPR, y = TPR: thresholds
/// ∞, 0.85, 0.55, 0.25, −∞ give the points (0, 0), (0, ½), (½, ½), (½, 1), (1, 1); the hull is
/// (0, 0), (0, ½), (½, 1), (1, 1) ((½, ½) lies below the line from (0, ½) to (½, 1)); x = ¼ mixes
/// the thresholds 0.85 and 0.25 half and half, y = ¾.
struct TradeoffCurve {
    /// A hull point and the threshold that reaches it (predict 1 when score > threshold).
    struct Point {
        let x: Double
        let y: Double
        let threshold: Double
        let operation: ThresholdOptimizer.Operation
    }

    /// The two thresholds mixed at one x and their probabilities.
    struct Mixture {
        let y: Double
        let p0: Double
        let threshold0: Double
        let operation0: ThresholdOptimizer.Operation
        let p1: Double
        let threshold1: Double
        let operation1: ThresholdOptimizer.Operation
    }

    let hull: [Point]

    /// The hull of the points of `scores` against `labels` (both classes present with positive
    /// weight: the caller checks), with rates `x` and `y` of each threshold's confusion counts;
    /// `flip` adds each threshold's "score < threshold" rule.
    init(scores: [Double], labels: [Int], weights: [Double], flip: Bool = false,
         x: (ConfusionCounts) -> Double, y: (ConfusionCounts) -> Double) {
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var positives = 0.0, negatives = 0.0
        for i in scores.indices { if labels[i] == 1 { positives += weights[i] } else { negatives += weights[i] } }
        var tp = 0.0, fp = 0.0
        var points: [Point] = []
        func addPoint(_ threshold: Double) {
            let counts = ConfusionCounts(truePositives: tp, falsePositives: fp,
                                         trueNegatives: negatives - fp, falseNegatives: positives - tp)
            points.append(Point(x: x(counts), y: y(counts), threshold: threshold, operation: .above))
            guard flip else { return }
            let flipped = ConfusionCounts(truePositives: positives - tp, falsePositives: negatives - fp,
                                          trueNegatives: fp, falseNegatives: tp)
            points.append(Point(x: x(flipped), y: y(flipped), threshold: threshold, operation: .below))
        }
        addPoint(.infinity)
        var k = 0
        while k < order.count {
            let score = scores[order[k]]
            while k < order.count, scores[order[k]] == score {
                if labels[order[k]] == 1 { tp += weights[order[k]] } else { fp += weights[order[k]] }
                k += 1
            }
            addPoint(k < order.count ? (score + scores[order[k]]) / 2 : -.infinity)
        }
        // A stable sort by (x, y), as pandas' multi-column sort.
        let sorted = points.indices.sorted { a, b in
            (points[a].x, points[a].y, a) < (points[b].x, points[b].y, b)
        }.map { points[$0] }
        var hull: [Point] = []
        for r2 in sorted {
            while hull.count >= 2 {
                let r1 = hull[hull.count - 1], r0 = hull[hull.count - 2]
                guard (r1.y - r0.y) * (r2.x - r0.x) <= (r2.y - r0.y) * (r1.x - r0.x) else { break }
                hull.removeLast()
            }
            hull.append(r2)
        }
        self.hull = hull
    }

    /// The mixture reaching `x` (numpy's searchsorted convention: the hull segment with
    /// x₀ < x ≤ x₁, or the first segment at the grid's first point).
    func mixture(at x: Double, isFirstGridPoint: Bool) -> Mixture {
        // Index of the last hull point with x-value <= x (searchsorted side="right" − 1).
        var low = 0, high = hull.count
        while low < high {
            let mid = (low + high) / 2
            if hull[mid].x <= x { low = mid + 1 } else { high = mid }
        }
        var index = max(low - 1, 0)
        if !isFirstGridPoint, hull[index].x == x { index -= 1 }
        index = min(max(index, 0), hull.count - 2)
        let left = hull[index], right = hull[index + 1]
        let p0 = (right.x - x) / (right.x - left.x)
        let p1 = 1 - p0
        return Mixture(y: p0 * left.y + p1 * right.y, p0: p0, threshold0: left.threshold, operation0: left.operation,
                       p1: p1, threshold1: right.threshold, operation1: right.operation)
    }
}
