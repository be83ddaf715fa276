"""Independent reference for FairKit's SeededGenerator (Sources/FairKit/Numerics/SeededGenerator.swift).

Derives, from the published algorithms rather than from FairKit's code:
  - xoshiro256** (Blackman & Vigna 2021) seeded by SplitMix64 (Steele, Lea & Flood 2014): the
    first outputs for seeds 0 and 42;
  - nextDouble: top 53 bits * 2^-53;
  - nextInt(below:): Lemire's nearly-divisionless method (ACM TOMS 2019);
  - shuffle / permutation: Fisher-Yates from the last index down, swapping i with nextInt(i + 1).
Used by Tests/FairKitTests/Numerics/SeededGeneratorTests.swift.

Run: python3 scripts/reference/data_xoshiro.py   (standard library only)
"""

MASK = (1 << 64) - 1


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


class Xoshiro256StarStar:
    def __init__(self, seed):
        sm = seed & MASK
        state = []
        for _ in range(4):
            sm = (sm + 0x9E3779B97F4A7C15) & MASK
            z = sm
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
            state.append(z ^ (z >> 31))
        self.s = state

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def next_double(self):
        return (self.next() >> 11) * 2.0 ** -53

    def next_int(self, bound):
        # Lemire: m = x * s as a 128-bit product; reject when the low half falls below 2^64 mod s.
        m = self.next() * bound
        low = m & MASK
        if low < bound:
            threshold = ((1 << 64) - bound) % bound
            while low < threshold:
                m = self.next() * bound
                low = m & MASK
        return m >> 64

    def permutation(self, n):
        a = list(range(n))
        for i in range(n - 1, 0, -1):
            j = self.next_int(i + 1)
            a[i], a[j] = a[j], a[i]
        return a


if __name__ == "__main__":
    g = Xoshiro256StarStar(0)
    print("seed 0, next() x 3:", ", ".join("0x%016X" % g.next() for _ in range(3)))
    g = Xoshiro256StarStar(42)
    print("seed 42, next() x 2:", ", ".join("0x%016X" % g.next() for _ in range(2)))
    g = Xoshiro256StarStar(42)
    print("seed 42, nextDouble() x 2:", ", ".join(repr(g.next_double()) for _ in range(2)))
    g = Xoshiro256StarStar(7)
    print("seed 7, nextInt(below: 10) x 10:", [g.next_int(10) for _ in range(10)])
    g = Xoshiro256StarStar(2024)
    print("seed 2024, permutation(10):", g.permutation(10))
