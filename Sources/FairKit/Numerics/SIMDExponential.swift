import Foundation

/// e^x and the logistic function eight lanes at a time: the hot loop of Kernel SHAP's logistic
/// path (about 5 million σ(z) for 100 rows × 100 background rows × 500 coalitions), where a call
/// to the C library's scalar `exp` per value, with its branch on the sign of z, is the bottleneck.
/// Also the e^(−|z|) of every row in `LogisticObjective.evaluate`, eight rows at a time.
///
/// Method (range reduction of Cody & Waite, "Software Manual for the Elementary Functions", 1980,
/// with the split of ln 2 of fdlibm's e_exp.c):
///   k = round(x / ln 2),  r = (x − k·ln2_hi) − k·ln2_lo,  |r| ≤ ln 2 / 2 ≈ 0.347,
///   e^r = 1 + (r + r²·q(r)), q the Taylor polynomial 1/2! + r/3! + … + r^11/13! (Horner),
///   e^x = 2^k · e^r, with 2^k built from its exponent bits.
/// Why it is accurate: ln2_hi has 32 significant bits, so k·ln2_hi is exact for |k| < 2^11; the
/// truncation error r^14/14! ≤ 4e-18 is below half an ulp of 1 (1.1e-16); adding 1 last keeps
/// the rounding of the small terms below 1/8 ulp. The result is within 1 ulp of Foundation's
/// `exp` (tested on 10⁶ arguments over [−745, 710] and the special values).
/// Why no rounding instruction: the baseline x86-64 (SSE2) has none for vectors, so
/// k = (x·log₂e + 1.5·2^52) − 1.5·2^52 rounds to nearest, and the low bits of the sum are k itself.
/// Outside |x| ≤ 708 (where 2^k would leave the normal range), and for NaN and ±∞, a lane falls
/// back to Foundation's `exp`, so overflow, underflow and NaN are the C library's.
///
/// Example: x = 1: k = round(1.4427) = 1, r = 1 − ln 2 = 0.306853, e^r = 1.359141,
/// e^1 = 2 · 1.359141 = 2.718282.
enum SIMDExponential {
    typealias Lanes = SIMD8<Double>

    /// ln 2 = ln2High + ln2Low, ln2High with 32 significant bits (fdlibm's ln2HI[0], ln2LO[0]).
    static let ln2High = 6.93147180369123816490e-01
    static let ln2Low = 1.90821492927058770002e-10
    static let log2e = 1.44269504088896338700e+00
    /// 1.5 · 2^52: adding it rounds to an integer and leaves the integer in the low bits.
    static let shifter = 6_755_399_441_055_744.0
    /// Beyond this |x| a lane takes Foundation's `exp` (2^k stays normal for |k| ≤ 1022).
    static let fastLimit = 708.0

    /// e^x in every lane.
    @inline(__always)
    static func exp(_ x: Lanes) -> Lanes {
        let t = x * log2e + Lanes(repeating: shifter)
        let k = t - Lanes(repeating: shifter)
        let r = (x - k * ln2High) - k * ln2Low
        var q = Lanes(repeating: 1.0 / 6_227_020_800)      // 1/13!
        q = q * r + 1.0 / 479_001_600                      // 1/12!
        q = q * r + 1.0 / 39_916_800
        q = q * r + 1.0 / 3_628_800
        q = q * r + 1.0 / 362_880
        q = q * r + 1.0 / 40_320
        q = q * r + 1.0 / 5_040
        q = q * r + 1.0 / 720
        q = q * r + 1.0 / 120
        q = q * r + 1.0 / 24
        q = q * r + 1.0 / 6
        q = q * r + 0.5
        let er = 1.0 + (r + (r * r) * q)
        // The low 12 bits of t's pattern are k + 1023 − 1023 mod 4096 (1.5·2^52 contributes a
        // multiple of 4096 there), so shifting k + 1023 into the exponent field gives 2^k.
        let bits = (unsafeBitCast(t, to: SIMD8<UInt64>.self) &+ 1023) &<< 52
        var out = er * unsafeBitCast(bits, to: Lanes.self)
        let magnitude = unsafeBitCast(unsafeBitCast(x, to: SIMD8<UInt64>.self) & 0x7fff_ffff_ffff_ffff, to: Lanes.self)
        let slow = .!(magnitude .<= Lanes(repeating: fastLimit))
        if any(slow) {
            for i in 0..<Lanes.scalarCount where slow[i] { out[i] = Foundation.exp(x[i]) }
        }
        return out
    }

    /// σ(z) = 1 / (1 + e^(−z)) in every lane, as `StableFunctions.logistic` evaluates it: with
    /// e = e^(−|z|), 1 / (1 + e) for z ≥ 0 and e / (1 + e) below, so e never overflows.
    /// Example: z = 0: e = 1, σ = 1/2; z = −800: e = 0 (underflow), σ = 0.
    @inline(__always)
    static func logistic(_ z: Lanes) -> Lanes {
        let negativeMagnitude = unsafeBitCast(unsafeBitCast(z, to: SIMD8<UInt64>.self) | 0x8000_0000_0000_0000, to: Lanes.self)
        let e = exp(negativeMagnitude)
        let numerator = Lanes(repeating: 1).replacing(with: e, where: z .< 0)
        return numerator / (1 + e)
    }

    /// Σ_r w_r g(z_r) over `weights.count` rows (a multiple of 8: pad with weight 0), where
    /// z = `start` + Σ_{o ∈ offsets} rows[o ..< o + count] (or − Σ when `subtract`), added in the
    /// order of `offsets`, and g is the logistic function (`logistic`) or the identity. The z are
    /// summed in registers, eight rows at a time, never stored: Kernel SHAP's coalition value of a
    /// model g(x·β + b) (`CoalitionValues`). In this file so that `logistic` inlines into the loop.
    /// Example: start [0, …], one offset whose row is [ln 3, …], weights [1, 0, …]: σ(ln 3) = 0.75.
    static func weightedSum(start: UnsafeBufferPointer<Double>, rows: UnsafeBufferPointer<Double>, offsets: [Int],
                            subtract: Bool, weights: UnsafeBufferPointer<Double>, logistic: Bool) -> Double {
        guard let s = start.baseAddress, let w = weights.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(rows.baseAddress ?? UnsafePointer(s))
        let stride = MemoryLayout<Double>.stride
        var v = Lanes()
        for chunk in Swift.stride(from: 0, to: weights.count, by: Lanes.scalarCount) {
            var z = UnsafeRawPointer(s + chunk).loadUnaligned(as: Lanes.self)
            if subtract {
                for o in offsets { z -= raw.loadUnaligned(fromByteOffset: (o + chunk) * stride, as: Lanes.self) }
            } else {
                for o in offsets { z += raw.loadUnaligned(fromByteOffset: (o + chunk) * stride, as: Lanes.self) }
            }
            v += UnsafeRawPointer(w + chunk).loadUnaligned(as: Lanes.self) * (logistic ? Self.logistic(z) : z)
        }
        return v.sum()
    }

    /// e^x of each value (the tests' way in, and any caller with a plain array).
    static func exp(_ x: [Double]) -> [Double] { map(x, exp) }

    /// σ(z) of each value.
    static func logistic(_ z: [Double]) -> [Double] { map(z, logistic) }

    private static func map(_ x: [Double], _ f: (Lanes) -> Lanes) -> [Double] {
        var out = [Double](repeating: 0, count: x.count)
        var lanes = Lanes()
        for start in stride(from: 0, to: x.count, by: Lanes.scalarCount) {
            let end = min(start + Lanes.scalarCount, x.count)
            for i in start..<end { lanes[i - start] = x[i] }
            let y = f(lanes)
            for i in start..<end { out[i] = y[i - start] }
        }
        return out
    }
}
