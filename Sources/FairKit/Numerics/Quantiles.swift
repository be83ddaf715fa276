/// numpy's default ("linear", Hyndman & Fan type 7) quantiles of sorted data: position
/// h = (n − 1)·q, result = lerp(x[⌊h⌋], x[⌊h⌋ + 1], h − ⌊h⌋) with numpy's two-sided lerp
/// (a + (b − a)t for t < ½, b − (b − a)(1 − t) otherwise), the last value when h ≥ n − 1.
func linearQuantiles(sorted x: [Double], at qs: [Double]) -> [Double] {
    let n = x.count
    return qs.map { q in
        let h = Double(n - 1) * q
        guard h < Double(n - 1) else { return x[n - 1] }
        let below = h.rounded(.down)
        let (a, b) = (x[Int(below)], x[Int(below) + 1])
        let t = h - below
        return t < 0.5 ? a + (b - a) * t : b - (b - a) * (1 - t)
    }
}
