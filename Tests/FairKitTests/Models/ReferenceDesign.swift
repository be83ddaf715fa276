import FairKit

/// The formula-generated designs of scripts/reference/models_design.py, row for row: the
/// reference scripts fit scikit-learn on the same rows and the tests embed only its numbers.
/// Every value is a multiple of 1/8 or 1/16 built from integer arithmetic, so both languages
/// produce identical bits (exact in float32 too, as scikit-learn's trees use).
enum ReferenceDesign {
    /// Knuth's multiplicative hash, top 16 of 32 bits.
    static func mix(_ n: Int) -> Int { ((n &* 2_654_435_761) & 0xFFFF_FFFF) >> 16 }

    static func feature(_ i: Int, _ j: Int) -> Double { Double(mix(i * 131 + j * 7 + 1) % 33) / 8 - 2 }
    static func noise(_ i: Int) -> Double { Double(mix(i * 977 + 3) % 65) / 16 - 2 }
    static func weight(_ i: Int) -> Double { 0.5 + Double(mix(i * 53 + 11) % 4) / 2 }
    static func category(_ i: Int, levels: Int) -> Int { mix(i * 313 + 5) % levels }

    /// `rows` x `columns` of feature(i, j); label 1 when x0 − x1/2 + x2/4 + noise > 0.
    static func numeric(rows: Int, columns: Int) -> (x: Matrix, y: [Int], w: [Double]) {
        let x = Matrix(rows: (0..<rows).map { i in (0..<columns).map { feature(i, $0) } })
        let y = (0..<rows).map { i in x[i, 0] - 0.5 * x[i, 1] + 0.25 * x[i, 2] + noise(i) > 0 ? 1 : 0 }
        return (x, y, (0..<rows).map(weight))
    }

    /// Two numeric columns, then a 4-level categorical one-hot encoded with all four levels.
    /// Label: x0 − x1/2 + (0.75 at level 2, −0.5 at level 3) + noise > 0.
    static func oneHot(rows: Int) -> (x: Matrix, y: [Int], w: [Double]) {
        var x = Matrix(rows: rows, columns: 6)
        var y = [Int](repeating: 0, count: rows)
        for i in 0..<rows {
            x[i, 0] = feature(i, 0)
            x[i, 1] = feature(i, 1)
            let level = category(i, levels: 4)
            x[i, 2 + level] = 1
            let shift = level == 2 ? 0.75 : level == 3 ? -0.5 : 0
            y[i] = x[i, 0] - 0.5 * x[i, 1] + shift + noise(i) > 0 ? 1 : 0
        }
        return (x, y, (0..<rows).map(weight))
    }
}
