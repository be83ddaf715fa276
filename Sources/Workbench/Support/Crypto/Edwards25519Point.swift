/// A point of the twisted Edwards curve edwards25519, −x² + y² = 1 + d·x²·y² over GF(2^255 − 19)
/// with d = −121665/121666 (RFC 8032 section 5.1), in extended coordinates (X : Y : Z : T) with
/// x = X/Z, y = Y/Z, x·y = T/Z.
///
/// Addition is RFC 8032's unified formula (section 5.1.4), which also doubles, so scalar
/// multiplication is plain double-and-add. Not constant time (see `Field25519`).
struct Edwards25519Point: Sendable {
    var x, y, z, t: Field25519

    static let d = -Field25519(121665) * Field25519(121666).inverted
    static let identity = Edwards25519Point(x: .zero, y: .one, z: .one, t: .zero)
    /// B: y = 4/5 and x even (positive); its encoding is 0x58 followed by 31 bytes 0x66.
    static let base: Edwards25519Point = {
        guard let point = Edwards25519Point(encoded: [0x58] + [UInt8](repeating: 0x66, count: 31)) else {
            fatalError("the base point's encoding is a constant and decodes")   // a programming error, never user data
        }
        return point
    }()

    init(x: Field25519, y: Field25519, z: Field25519, t: Field25519) {
        (self.x, self.y, self.z, self.t) = (x, y, z, t)
    }

    /// A = (Y1−X1)(Y2−X2), B = (Y1+X1)(Y2+X2), C = 2d·T1·T2, D = 2·Z1·Z2, E = B−A, F = D−C,
    /// G = D+C, H = B+A; X3 = E·F, Y3 = G·H, T3 = E·H, Z3 = F·G.
    static func + (p: Edwards25519Point, q: Edwards25519Point) -> Edwards25519Point {
        let a = (p.y - p.x) * (q.y - q.x), b = (p.y + p.x) * (q.y + q.x)
        let c = p.t * (d + d) * q.t, dd = (p.z + p.z) * q.z
        let e = b - a, f = dd - c, g = dd + c, h = b + a
        return Edwards25519Point(x: e * f, y: g * h, z: f * g, t: e * h)
    }

    /// [scalar]self, scalar as 32 little-endian bytes.
    func multiplied(by scalar: [UInt8]) -> Edwards25519Point {
        var result = Edwards25519Point.identity
        for byte in scalar.reversed() {
            for bit in (0..<8).reversed() {
                result = result + result
                if byte >> UInt8(bit) & 1 == 1 { result = result + self }
            }
        }
        return result
    }

    /// Section 5.1.2: y in little-endian, with x's low bit in the top bit of the last byte.
    var encoded: [UInt8] {
        let inverse = z.inverted
        var bytes = (y * inverse).bytes
        if (x * inverse).isNegative { bytes[31] |= 0x80 }
        return bytes
    }

    /// Section 5.1.3: `nil` unless `encoded` is 32 bytes naming a point of the curve (y < p,
    /// x² = (y² − 1)/(d·y² + 1) has a root, and x = 0 only with a clear sign bit).
    init?(encoded: [UInt8]) {
        guard encoded.count == 32 else { return nil }
        let sign = encoded[31] >> 7 == 1
        var yBytes = encoded
        yBytes[31] &= 0x7f
        let y = Field25519(bytes: yBytes)
        guard y.bytes == yBytes else { return nil }   // y ≥ p is not canonical
        let u = y * y - .one, v = Self.d * y * y + .one
        let v3 = v * v * v
        var x = u * v3 * (u * v3 * v3 * v).power(Field25519.rootExponent)
        let check = v * x * x
        if check == -u {
            x = x * Field25519.squareRootOfMinusOne
        } else if check != u {
            return nil
        }
        if x == .zero && sign { return nil }
        if x.isNegative != sign { x = -x }
        self.init(x: x, y: y, z: .one, t: x * y)
    }
}
