func clamp(_ x: Double, low: Double, high: Double) -> Double {
    min(max(x, low), high)
}
