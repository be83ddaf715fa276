/// The replacement tables of the mutation operators: which token becomes which, one table row per
/// mistake, so adding a mistake is adding a row.
enum MutationTables {
    /// Infix operators and what each may wrongly become.
    static let infixOperators: [String: [(String, MutationOperator)]] = [
        "+": [("-", .arithmetic)], "-": [("+", .arithmetic)],
        "*": [("/", .arithmetic)], "/": [("*", .arithmetic)],
        "+=": [("-=", .arithmetic)], "-=": [("+=", .arithmetic)],
        "*=": [("/=", .arithmetic)], "/=": [("*=", .arithmetic)],
        "<": [("<=", .boundary), (">", .comparison)], "<=": [("<", .boundary), (">=", .comparison)],
        ">": [(">=", .boundary), ("<", .comparison)], ">=": [(">", .boundary), ("<=", .comparison)],
        "==": [("!=", .equality)], "!=": [("==", .equality)],
        "&&": [("||", .logical)], "||": [("&&", .logical)],
    ]

    /// Comparisons are only mutated with spaces on both sides: `Array<Int>` is not a comparison.
    static let spacedOnly: Set<String> = ["<", ">", "<=", ">="]

    /// Range operators, infix or not (`a..<b`, `xs[..<n]`).
    static let rangeOperators: [String: String] = ["..<": "...", "...": "..<"]

    /// Names swapped for their opposite; `dotted` ones only after a `.` (`rounded(.up)`).
    static let names: [String: (swap: String, dotted: Bool)] = [
        "min": ("max", false), "max": ("min", false),
        "first": ("last", true), "last": ("first", true),
        "up": ("down", true), "down": ("up", true),
        "true": ("false", false), "false": ("true", false),
    ]

    /// Words that start a line which is not a statement to delete (declarations, control flow,
    /// `return`, whose deletion would not compile).
    static let nonStatementWords: Set<String> = [
        "func", "struct", "class", "enum", "extension", "protocol", "import", "guard", "if", "else", "for",
        "while", "repeat", "switch", "case", "default", "return", "let", "var", "do", "catch", "throw",
        "break", "continue", "init", "deinit", "subscript", "typealias", "where", "public", "private",
        "internal", "fileprivate", "static", "override", "final", "mutating", "defer", "try",
    ]

    /// Keywords whose condition runs to a `{` (or, for `guard`, to `else`).
    static let conditionKeywords: Set<String> = ["if", "guard", "while"]

    /// Words that make a condition clause a binding or pattern, which cannot be negated.
    static let bindingWords: Set<String> = ["let", "var", "case"]

    /// Assignment operators: a line holding one at its top level is a statement.
    static let assignments: Set<String> = ["=", "+=", "-=", "*=", "/=", "%=", "&=", "|="]
}
