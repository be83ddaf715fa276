"""Expected values for the `seeded-split` exercise suite
(Tests/ExerciseSuites/01-foundations/SeededSplitSuite.swift).

The generator is data_xoshiro.py's independent Python implementation of FairKit's
SeededGenerator (written from the algorithms its doc comment names, not from its code).
It prints the shuffled index orders and the train/test splits the suite pins, plus the orders a
learner's common mistakes produce, to show that the suite tells them apart.

Run: python3 scripts/reference/content_seeded_split.py   (standard library only)
"""
import math

from data_xoshiro import Xoshiro256StarStar


def fisher_yates(count, seed):
    """The shuffle the exercise asks for: SeededGenerator's, from the last index down."""
    return Xoshiro256StarStar(seed).permutation(count)


def sattolo_mistake(count, seed):
    """The off-by-one: j drawn below i instead of below i + 1 (an element can never stay put)."""
    rng = Xoshiro256StarStar(seed)
    a = list(range(count))
    for i in range(count - 1, 0, -1):
        j = rng.next_int(i)
        a[i], a[j] = a[j], a[i]
    return a


def forward_mistake(count, seed):
    """Fisher-Yates run upwards: i from 0, j drawn from i..<count (a valid shuffle, another order)."""
    rng = Xoshiro256StarStar(seed)
    a = list(range(count))
    for i in range(count - 1):
        j = i + rng.next_int(count - i)
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
