import XCTest
@testable import FairKit

/// Sizes, class counts and the unshuffled folds come from scikit-learn
/// (scripts/reference/data_splits.py) and are re-derived by hand in the comments.
final class SplitTests: XCTestCase {
    func testTrainTestSizesRoundTheTestSetUp() throws {
        // ⌈0.3·1000⌉ = 300; ⌈0.25·10⌉ = ⌈2.5⌉ = 3; ⌈0.5·7⌉ = ⌈3.5⌉ = 4 (scikit-learn: 300, 3, 4).
        for (n, f, expectedTest) in [(1000, 0.3, 300), (10, 0.25, 3), (7, 0.5, 4)] {
            let split = try DataSplit.trainTest(rowCount: n, testSize: .fraction(f), seed: 1)
            XCTAssertEqual(split.test.count, expectedTest, "n = \(n), fraction \(f)")
            XCTAssertEqual(split.train.count, n - expectedTest)
            XCTAssertEqual((split.train + split.test).sorted(), Array(0..<n), "every row exactly once")
        }
        XCTAssertEqual(try DataSplit.trainTest(rowCount: 10, testSize: .count(4), seed: 1).test.count, 4)
    }

    func testUnstratifiedSplitIsTheSeededPermutation() throws {
        // SeededGenerator(2024).permutation(10) = [2, 3, 8, 5, 6, 4, 1, 9, 7, 0]
        // (scripts/reference/data_xoshiro.py); the first ⌈0.3·10⌉ = 3 are the test rows.
        let split = try DataSplit.trainTest(rowCount: 10, testSize: .fraction(0.3), seed: 2024)
        XCTAssertEqual(split.test, [2, 3, 8])
        XCTAssertEqual(split.train, [5, 6, 4, 1, 9, 7, 0])
        XCTAssertEqual(try DataSplit.trainTest(rowCount: 10, testSize: .fraction(0.3), seed: 2024), split, "same seed, same split")
        XCTAssertNotEqual(try DataSplit.trainTest(rowCount: 10, testSize: .fraction(0.3), seed: 2025), split)
    }

    func testStratifiedSplitKeepsClassCounts() throws {
        // 7 ones, 3 zeros, 0.25: n_test = 3, n_train = 7; train shares 4.9 and 2.1 -> 4 + 2,
        // the missing row to the ones -> train 5 ones + 2 zeros, test 2 ones + 1 zero (scikit-learn: same).
        let labels = [1, 1, 1, 1, 1, 1, 1, 0, 0, 0]
        let split = try DataSplit.trainTest(rowCount: 10, testSize: .fraction(0.25), seed: 7, stratifyBy: labels)
        XCTAssertEqual(split.train.filter { labels[$0] == 1 }.count, 5)
        XCTAssertEqual(split.train.filter { labels[$0] == 0 }.count, 2)
        XCTAssertEqual(split.test.filter { labels[$0] == 1 }.count, 2)
        XCTAssertEqual(split.test.filter { labels[$0] == 0 }.count, 1)
        XCTAssertEqual((split.train + split.test).sorted(), Array(0..<10))

        // 700 good, 300 bad, 0.3: test 0.3·300 = 90 bad and 210 good exactly (scikit-learn: [90, 210]).
        let german = [Int](repeating: 1, count: 700) + [Int](repeating: 0, count: 300)
        let g = try DataSplit.trainTest(rowCount: 1000, testSize: .fraction(0.3), seed: 0, stratifyBy: german)
        XCTAssertEqual(g.test.filter { german[$0] == 0 }.count, 90)
        XCTAssertEqual(g.test.filter { german[$0] == 1 }.count, 210)

        // Three classes 50/30/20, 33 test rows: train shares 67·(0.5, 0.3, 0.2) = 33.5, 20.1, 13.4
        // -> 33 + 20 + 13 = 66, the missing row to class 0 (remainder 0.5): train 34/20/13, test 16/10/7.
        let three = [Int](repeating: 0, count: 50) + [Int](repeating: 1, count: 30) + [Int](repeating: 2, count: 20)
        let t = try DataSplit.trainTest(rowCount: 100, testSize: .count(33), seed: 3, stratifyBy: three)
        XCTAssertEqual((0..<3).map { c in t.test.filter { three[$0] == c }.count }, [16, 10, 7])
    }

    func testQuotaTiesGoToTheSmallerLabel() {
        // Shares 1.5 and 1.5 of 3 draws: both round to 1, the tie for the last one goes to the first.
        XCTAssertEqual(DataSplit.largestRemainderQuotas([5, 5], total: 3), [2, 1])
    }

    func testSplitErrors() {
        XCTAssertThrowsError(try DataSplit.trainTest(rowCount: 10, testSize: .fraction(1.5), seed: 0))
        XCTAssertThrowsError(try DataSplit.trainTest(rowCount: 10, testSize: .fraction(0), seed: 0))
        XCTAssertThrowsError(try DataSplit.trainTest(rowCount: 10, testSize: .count(10), seed: 0)) { error in
            XCTAssertTrue("\(error)".contains("no training rows"), "\(error)")
        }
        XCTAssertThrowsError(try DataSplit.trainTest(rowCount: 1, testSize: .fraction(0.5), seed: 0))
        XCTAssertThrowsError(try DataSplit.trainTest(rowCount: 3, testSize: .count(1), seed: 0, stratifyBy: [0, 1]))
        XCTAssertThrowsError(try DataSplit.trainTest(rowCount: 4, testSize: .count(2), seed: 0, stratifyBy: [0, 0, 0, 1])) { error in
            XCTAssertTrue("\(error)".contains("class 1 has only 1 row"), "\(error)")
        }
        // Two classes need two test rows at least.
        XCTAssertThrowsError(try DataSplit.trainTest(rowCount: 6, testSize: .count(1), seed: 0, stratifyBy: [0, 0, 0, 1, 1, 1]))
    }

    func testKFoldMatchesScikitLearnWithoutShuffle() throws {
        // 12 rows in 5 folds: 12 / 5 = 2 rows each, the first 12 mod 5 = 2 folds get 3.
        let folds = try KFold(folds: 5).splits(rowCount: 12)
        XCTAssertEqual(folds.map(\.test), [[0, 1, 2], [3, 4, 5], [6, 7], [8, 9], [10, 11]])
        XCTAssertEqual(folds[1].train, [0, 1, 2, 6, 7, 8, 9, 10, 11])
    }

    func testShuffledKFoldKeepsSizesAndCoversEveryRowOnce() throws {
        let folds = try KFold(folds: 5, shuffleSeed: 2024).splits(rowCount: 12)
        XCTAssertEqual(folds.map(\.test.count), [3, 3, 2, 2, 2])
        XCTAssertEqual(folds.flatMap(\.test).sorted(), Array(0..<12))
        for fold in folds {
            XCTAssertEqual(fold.test, fold.test.sorted())
            XCTAssertEqual(Set(fold.train).union(fold.test).count, 12)
            XCTAssertTrue(Set(fold.train).isDisjoint(with: fold.test))
        }
        XCTAssertNotEqual(folds.map(\.test), try KFold(folds: 5).splits(rowCount: 12).map(\.test))
        XCTAssertEqual(folds, try KFold(folds: 5, shuffleSeed: 2024).splits(rowCount: 12))
    }

    func testStratifiedKFoldMatchesScikitLearnWithoutShuffle() throws {
        let y = [1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 2, 2, 1, 0, 1]
        let folds = try StratifiedKFold(folds: 3).splits(labels: y)
        // Classes by first appearance: 1 (8 rows), 0 (5 rows), 2 (2 rows). Dealing the sorted
        // labels 1×8, 0×5, 2×2 into 3 folds gives fold 0: three 1s, two 0s; fold 1: three 1s,
        // one 0, one 2; fold 2: two 1s, two 0s, one 2. The 1s at rows 0,3,4,6,7,9,12,14 get folds
        // 0,0,0,1,1,1,2,2; the 0s at rows 1,2,5,8,13 get 0,0,1,2,2; the 2s at rows 10,11 get 1,2.
        XCTAssertEqual(folds.map(\.test), [[0, 1, 2, 3, 4], [5, 6, 7, 9, 10], [8, 11, 12, 13, 14]])
        XCTAssertEqual(folds[0].train, [5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
    }

    func testShuffledStratifiedKFoldKeepsPerFoldClassCounts() throws {
        let y = [1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 2, 2, 1, 0, 1]
        let folds = try StratifiedKFold(folds: 3, shuffleSeed: 11).splits(labels: y)
        // Counts of labels 0, 1, 2 per fold are fixed by the dealing step (scikit-learn with
        // shuffle: [2, 3, 0], [1, 3, 1], [2, 2, 1]).
        let counts = folds.map { fold in (0...2).map { c in fold.test.filter { y[$0] == c }.count } }
        XCTAssertEqual(counts, [[2, 3, 0], [1, 3, 1], [2, 2, 1]])
        XCTAssertEqual(folds.flatMap(\.test).sorted(), Array(0..<15))
    }

    func testCrossValidationErrors() {
        XCTAssertThrowsError(try KFold(folds: 1).splits(rowCount: 10))
        XCTAssertThrowsError(try KFold(folds: 11).splits(rowCount: 10))
        XCTAssertThrowsError(try StratifiedKFold(folds: 4).splits(labels: [0, 0, 0, 1, 1, 1])) { error in
            XCTAssertTrue("\(error)".contains("more than the number of rows in every class"), "\(error)")
        }
    }

    func testTableSplitConvenience() throws {
        let table = try Table([.numeric("x", [10, 11, 12, 13])])
        let parts = table.split(DataSplit(train: [3, 1], test: [0]))
        XCTAssertEqual(parts.train["x"]?.values, .numeric([13, 11]))
        XCTAssertEqual(parts.test["x"]?.values, .numeric([10]))
    }
}
