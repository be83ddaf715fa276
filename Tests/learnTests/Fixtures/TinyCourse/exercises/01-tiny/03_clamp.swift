// Read "Clamping" in the lesson, then run `learn check clamp`.

// TODO: return x limited to the range low...high.
func clamp(_ x: Double, low: Double, high: Double) -> Double {
    0
}
