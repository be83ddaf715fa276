/// One plausible wrong answer made from a solution: a single edit of its source.
public struct Mutant: Sendable, Equatable {
    /// What kind of mistake it imitates (`MutationOperator`).
    public var mutation: MutationOperator
    /// 1-based line and column of the edit in the solution.
    public var line: Int
    public var column: Int
    /// The text replaced and what replaced it (empty for a deleted statement).
    public var original: String
    public var replacement: String
    /// The edit's place in the source, as Unicode scalar offsets `start ..< end`.
    var start: Int
    var end: Int

    /// The solution `source` with this edit applied.
    public func apply(to source: String) -> String {
        let scalars = Array(source.unicodeScalars)
        var view = String.UnicodeScalarView(scalars[..<start])
        view.append(contentsOf: replacement.unicodeScalars)
        view.append(contentsOf: scalars[end...])
        return String(view)
    }
}

/// The kinds of wrong answer `learn verify --mutants` makes, each a mistake learners make.
public enum MutationOperator: String, Codable, Sendable, CaseIterable {
    /// `+` for `-`, `*` for `/` and back, `+=` for `-=`.
    case arithmetic = "arithmetic_operator"
    /// `<` for `<=` and the reverse, likewise `>`/`>=`: an off-by-one boundary.
    case boundary = "comparison_boundary"
    /// `<` for `>`, `<=` for `>=`: the comparison the wrong way round.
    case comparison = "comparison_swapped"
    /// `==` for `!=` and back.
    case equality = "equality_negated"
    /// `&&` for `||` and back.
    case logical = "logical_operator"
    /// `..<` for `...` and back.
    case range = "range_bound"
    /// An integer literal one more or one less.
    case offByOne = "off_by_one_literal"
    /// A floating-point or Boolean constant changed.
    case constant = "constant_changed"
    /// A division's denominator one more, or another division's denominator.
    case denominator = "wrong_denominator"
    /// A condition of `if`, `guard` or `while` negated, or a `!` dropped.
    case negation = "condition_negated"
    /// A statement deleted.
    case deletion = "statement_deleted"
    /// `min` for `max`, `first` for `last`, rounding `.up` for `.down`, and back.
    case swappedName = "name_swapped"

    /// What replaces a deleted `case` body (an empty one does not compile).
    static let emptyCaseBody = "break"
}
