/// A running sum with Neumaier's compensation (Neumaier, "Rundungsfehleranalyse einiger
/// Verfahren zur Summation endlicher Summen", ZAMM 54, 1974; Kahan's algorithm, also correct when
/// a term is larger than the sum so far): the rounding error of every addition is kept in
/// `compensation` and added back at the end, so the sum of n terms is off by about one rounding
/// of the result instead of up to n.
///
/// Why: a logistic regression's line search compares f at two nearby points, f a sum over every
/// row; summed plainly over Adult's 32,561 rows, f carries ~100 units of roundoff, more than the
/// decrease the last Newton steps predict, and the search then rejects every step.
///
/// Example: 1 + 1e-16 + 1e-16 sums plainly to 1 (each 1e-16 is below half an ulp of 1), and with
/// the compensation to 1.0000000000000002 (1 + 2e-16 rounded).
struct CompensatedSum {
    private(set) var sum = 0.0
    private var compensation = 0.0

    /// The sum so far, its compensation added.
    var value: Double { sum + compensation }

    /// Inlined: it runs once per row in the logistic objective's hot loop.
    @inline(__always)
    mutating func add(_ term: Double) {
        let t = sum + term
        compensation += abs(sum) >= abs(term) ? (sum - t) + term : (term - t) + sum
        sum = t
    }
}
