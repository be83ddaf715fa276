import XCTest
@testable import FairKit

/// Expected sequences come from an independent Python implementation of xoshiro256**, SplitMix64,
/// Lemire's method and Fisher-Yates: scripts/reference/data_xoshiro.py.
final class SeededGeneratorTests: XCTestCase {
    func testSeedZeroFirstOutputs() {
        var g = SeededGenerator(seed: 0)
        XCTAssertEqual(g.next(), 0x99EC_5F36_CB75_F2B4)
        XCTAssertEqual(g.next(), 0xBF6E_1F78_4956_452A)
        XCTAssertEqual(g.next(), 0x1A5F_849D_4933_E6E0)
    }

    func testSeed42OutputsAndDoubles() {
        var g = SeededGenerator(seed: 42)
        XCTAssertEqual(g.next(), 0x1578_0B2E_0C2E_C716)
        XCTAssertEqual(g.next(), 0x6104_D986_6D11_3A7E)
        var h = SeededGenerator(seed: 42)
        // (0x15780B2E0C2EC716 >> 11) * 2^-53, printed by the script as 0.08386297105988216.
        XCTAssertEqual(h.nextDouble(), 0.08386297105988216)
        XCTAssertEqual(h.nextDouble(), 0.3789802506626686)
    }

    func testNextIntMatchesReferenceSequence() {
        var g = SeededGenerator(seed: 7)
        XCTAssertEqual((0..<10).map { _ in g.nextInt(below: 10) }, [7, 2, 8, 9, 9, 8, 0, 1, 4, 1])
    }

    func testNextIntStaysInBounds() {
        var g = SeededGenerator(seed: 3)
        for bound in [1, 2, 3, 7, 10, 1000, 1 << 40, (1 << 62) + 1, Int.max] {
            for _ in 0..<2000 {
                let x = g.nextInt(below: bound)
                XCTAssertTrue(x >= 0 && x < bound, "nextInt(below: \(bound)) gave \(x)")
            }
        }
        // A bound of 1 has a single possible value.
        XCTAssertTrue((0..<100).allSatisfy { _ in g.nextInt(below: 1) == 0 })
    }

    func testNextIntIsRoughlyUniform() {
        // 60,000 draws over 6 values: 10,000 expected per value. Chi-square with 5 degrees of
        // freedom exceeds 20.52 with probability 0.001 for a uniform source.
        var g = SeededGenerator(seed: 11)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[g.nextInt(below: 6)] += 1 }
        let chiSquare = counts.reduce(0.0) { $0 + pow(Double($1) - 10_000, 2) / 10_000 }
        XCTAssertLessThan(chiSquare, 20.52, "counts \(counts)")
        // And the doubles: mean of U(0, 1) is 1/2 with standard error sqrt(1/12 / 60000) = 0.0012.
        var sum = 0.0
        for _ in 0..<60_000 {
            let u = g.nextDouble()
            XCTAssertTrue(u >= 0 && u < 1)
            sum += u
        }
        XCTAssertEqual(sum / 60_000, 0.5, accuracy: 0.005)
    }

    func testShuffleIsDeterministicAndAPermutation() {
        var a = SeededGenerator(seed: 2024)
        XCTAssertEqual(a.permutation(10), [2, 3, 8, 5, 6, 4, 1, 9, 7, 0])
        var b = SeededGenerator(seed: 99), c = SeededGenerator(seed: 99)
        var x = Array(0..<100), y = Array(0..<100)
        b.shuffle(&x)
        c.shuffle(&y)
        XCTAssertEqual(x, y, "same seed, same shuffle")
        XCTAssertEqual(x.sorted(), Array(0..<100), "a shuffle keeps every element")
        XCTAssertNotEqual(x, Array(0..<100))
        var d = SeededGenerator(seed: 100)
        XCTAssertNotEqual(d.permutation(100), x, "another seed, another order")
        var empty: [Int] = []
        d.shuffle(&empty)
        XCTAssertEqual(empty, [])
    }
}
