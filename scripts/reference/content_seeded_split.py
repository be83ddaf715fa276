"""Expected values for the `seeded-split` exercise suite
(Tests/ExerciseSuites/01-foundations/SeededSplitSuite.swift).

An independent Python implementation of FairKit's SeededGenerator, written from the algorithm
description in Sources/FairKit/Numerics/SeededGenerator.swift and not from its code:
  - SplitMix64 (Steele, Lea & Flood 2014) fills the four 64-bit state words from the seed;
  - xoshiro256** (Blackman & Vigna 2021) produces the 64-bit outputs;
  - nextInt(below: n) is Lemire's nearly-divisionless method (ACM TOMS 2019);
  - the shuffle is Fisher-Yates from the last index down, swapping i with nextInt(below: i + 1).
It prints the shuffled index orders and the train/test splits the suite pins, plus the orders a
learner's common mistakes produce, to show that the suite tells them apart.

Run: /opt/refvenv/bin/python scripts/reference/content_seeded_split.py
"""
import math

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

    def next_int_below(self, n):
        # Lemire: the high 64 bits of next() * n; reject when the low half falls under 2^64 mod n.
        m = self.next() * n
        low = m & MASK
        if low < n:
            threshold = ((1 << 64) - n) % n
            while low < threshold:
                m = self.next() * n
                low = m & MASK
        return m >> 64


def fisher_yates(count, seed):
    rng = Xoshiro256StarStar(seed)
    a = list(range(count))
    for i in range(count - 1, 0, -1):
        j = rng.next_int_below(i + 1)
        a[i], a[j] = a[j], a[i]
    return a


def sattolo_mistake(count, seed):
    """The off-by-one: j drawn below i instead of below i + 1 (an element can never stay put)."""
    rng = Xoshiro256StarStar(seed)
    a = list(range(count))
    for i in range(count - 1, 0, -1):
        j = rng.next_int_below(i)
        a[i], a[j] = a[j], a[i]
    return a


def forward_mistake(count, seed):
    """Fisher-Yates run upwards: i from 0, j drawn from i..<count (a valid shuffle, another order)."""
    rng = Xoshiro256StarStar(seed)
    a = list(range(count))
    for i in range(count - 1):
        j = i + rng.next_int_below(count - i)
        a[i], a[j] = a[j], a[i]
    return a


def split(row_count, test_fraction, seed):
    """The course's rule (scikit-learn's): test size = ceil(fraction * rows), taken from the front."""
    order = fisher_yates(row_count, seed)
    n_test = math.ceil(test_fraction * row_count)
    return order[n_test:], order[:n_test]


if __name__ == "__main__":
    g = Xoshiro256StarStar(0)
    first = [g.next(), g.next()]
    # The generator's doc comment pins these two outputs for seed 0.
    assert first == [0x99EC5F36CB75F2B4, 0xBF6E1F784956452A], [hex(x) for x in first]
    print("seed 0 first outputs:", [hex(x) for x in first], "(match the doc comment)")

    for count, seed in [(10, 42), (10, 43), (7, 42), (4, 9), (2, 1), (2, 2), (2, 3), (2, 4)]:
        print(f"shuffle count={count} seed={seed}: {fisher_yates(count, seed)}")
    for count, seed in [(10, 42)]:
        print(f"  mistake j < i:       {sattolo_mistake(count, seed)}")
        print(f"  mistake upward loop: {forward_mistake(count, seed)}")

    for rows, fraction, seed in [(10, 0.3, 42), (7, 0.2, 42), (4, 0.25, 9)]:
        train, test = split(rows, fraction, seed)
        print(f"split rows={rows} fraction={fraction} seed={seed}: "
              f"ceil({fraction} * {rows}) = {math.ceil(fraction * rows)} test rows; "
              f"train={train} test={test}")
