import Foundation

/// Makes the plausible wrong answers of a solution for `learn verify --mutants`: every place where
/// one of the `MutationOperator`s applies, one mutant per edit, in source order.
///
/// Works on the code with comments and string literals blanked (`SwiftSourceText`), token by
/// token (`SwiftTokens`): no parser, so some mutants do not compile; those are reported apart and
/// do not count. Lines that the shipped stub already has (given code such as a struct the exercise
/// hands over, or a function's signature) are left alone: a wrong answer is a wrong version of what
/// the learner writes.
public struct MutantGenerator: Sendable {
    /// The solution's source.
    public let source: String
    let tokens: [SwiftTokens.Token]
    let lexed: SwiftTokens
    let mutableLines: Set<Int>

    /// The generator for `solution`; `stub`, when known, marks the given lines.
    public init(solution: String, stub: String?) {
        source = solution
        let text = SwiftSourceText(solution)
        lexed = SwiftTokens(code: text.code)
        tokens = lexed.tokens
        let given = Set((stub.map { SwiftSourceText($0).codeLines } ?? []).map(\.text).map(Self.trimmed).filter { !$0.isEmpty })
        mutableLines = Set(text.codeLines.filter { !given.contains(Self.trimmed($0.text)) }.map(\.number))
    }

    private static func trimmed(_ line: Substring) -> String {
        line.trimmingCharacters(in: .whitespaces)
    }

    /// Every mutant, in source order (line, column, then the order of the operator tables), with
    /// duplicates (two operators making the same edit) removed.
    public var mutants: [Mutant] {
        var found: [Mutant] = []
        for index in tokens.indices where mutableLines.contains(tokens[index].line) {
            found += tokenMutants(at: index)
        }
        found += statementDeletions()
        var seen = Set<String>()
        return found.enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }.map(\.element).filter { seen.insert("\($0.start):\($0.end):\($0.replacement)").inserted }
    }

    /// At most `cap` of `mutants`, spread evenly over the file (always the same ones).
    public static func sample(_ mutants: [Mutant], cap: Int) -> [Mutant] {
        guard mutants.count > cap, cap > 0 else { return cap > 0 ? mutants : [] }
        return (0..<cap).map { mutants[$0 * mutants.count / cap] }
    }

    // MARK: Token mutants

    private func tokenMutants(at index: Int) -> [Mutant] {
        let token = tokens[index]
        let previous = index > 0 ? tokens[index - 1].text : ""
        switch token.kind {
        case .operator:
            var result: [Mutant] = []
            if let swap = MutationTables.rangeOperators[token.text] {
                result.append(edit(index, to: swap, .range))
            }
            if let swaps = MutationTables.infixOperators[token.text], lexed.isInfix(index),
               !MutationTables.spacedOnly.contains(token.text) || (token.spaceBefore && token.spaceAfter) {
                result += swaps.map { edit(index, to: $0.0, $0.1) }
                if token.text == "/" { result += denominatorMutants(after: index) }
            }
            if token.text == "!", !token.spaceAfter, !lexed.isInfix(index) {
                result.append(edit(index, to: "", .negation))
            }
            return result
        case .integer:
            guard previous != ".", let value = Int(token.text.replacingOccurrences(of: "_", with: "")) else { return [] }
            return [edit(index, to: String(value + 1), .offByOne)] + (value > 0 ? [edit(index, to: String(value - 1), .offByOne)] : [])
        case .float:
            guard let value = Double(token.text.replacingOccurrences(of: "_", with: "")) else { return [] }
            return [edit(index, to: value == 0 ? "1.0" : String(value * 2), .constant)]
        case .identifier:
            if let name = MutationTables.names[token.text], !name.dotted || previous == "." {
                let kind: MutationOperator = token.text == "true" || token.text == "false" ? .constant : .swappedName
                return [edit(index, to: name.swap, kind)]
            }
            if MutationTables.conditionKeywords.contains(token.text), previous != ".", previous != "#" {
                return conditionNegations(after: index)
            }
            return []
        case .punctuation:
            return []
        }
    }

    /// Replaces token `index` by `replacement`.
    func edit(_ index: Int, to replacement: String, _ kind: MutationOperator) -> Mutant {
        edit(from: index, through: index, to: replacement, kind)
    }

    /// Replaces tokens `first...last` (and what lies between them) by `replacement`.
    func edit(from first: Int, through last: Int, to replacement: String, _ kind: MutationOperator) -> Mutant {
        Mutant(mutation: kind, line: tokens[first].line, column: tokens[first].column,
               original: text(from: first, through: last), replacement: replacement,
               start: tokens[first].start, end: tokens[last].end)
    }

    func text(from first: Int, through last: Int) -> String {
        let scalars = Array(source.unicodeScalars)[tokens[first].start ..< tokens[last].end]
        return String(String.UnicodeScalarView(scalars))
    }

    /// The operand right of the `/` at `index`: a bracketed group, or a name or literal with its
    /// member accesses, calls and subscripts. Returns its first and last token.
    private func operand(after index: Int) -> (Int, Int)? {
        let first = index + 1
        guard first < tokens.count else { return nil }
        if tokens[first].text == "(" { return lexed.closing(first).map { (first, $0) } }
        guard [.identifier, .integer, .float].contains(tokens[first].kind) else { return nil }
        var last = first
        while last + 1 < tokens.count {
            let next = tokens[last + 1]
            if next.text == ".", last + 2 < tokens.count, tokens[last + 2].kind == .identifier {
                last += 2
            } else if (next.text == "(" || next.text == "["), !next.spaceBefore, let close = lexed.closing(last + 1) {
                last = close
            } else {
                break
            }
        }
        return (first, last)
    }

    /// A denominator one more (`a / (b + 1)`), or another division's denominator in this file.
    private func denominatorMutants(after index: Int) -> [Mutant] {
        guard let (first, last) = operand(after: index) else { return [] }
        let denominator = text(from: first, through: last)
        let others = tokens.indices.filter { tokens[$0].text == "/" && lexed.isInfix($0) && $0 != index }
            .compactMap { operand(after: $0).map { text(from: $0.0, through: $0.1) } }
            .filter { $0 != denominator }
        var seen = Set<String>()
        let distinct = others.filter { seen.insert($0).inserted }.prefix(2)
        return [edit(from: first, through: last, to: "(\(denominator) + 1)", .denominator)]
            + distinct.map { edit(from: first, through: last, to: "(\($0))", .denominator) }
    }

    /// Each condition clause of the `if`/`guard`/`while` at `index`, negated one at a time
    /// (bindings such as `if let` cannot be negated and are skipped).
    private func conditionNegations(after index: Int) -> [Mutant] {
        let isGuard = tokens[index].text == "guard"
        var clauses: [(Int, Int)] = []
        var depth = 0, clauseStart = index + 1, cursor = index + 1
        while cursor < tokens.count {
            let token = tokens[cursor]
            if depth == 0, isGuard ? token.text == "else" : token.text == "{" { break }
            if ["(", "["].contains(token.text) { depth += 1 }
            if [")", "]"].contains(token.text) { depth -= 1 }
            if depth == 0, token.text == "," {
                clauses.append((clauseStart, cursor - 1))
                clauseStart = cursor + 1
            }
            cursor += 1
        }
        guard cursor < tokens.count else { return [] }
        clauses.append((clauseStart, cursor - 1))
        return clauses.filter { first, last in
            first <= last && !MutationTables.bindingWords.contains(tokens[first].text) && tokens[first].text != "#"
                && !(first...last).contains { tokens[$0].text == "=" }
        }.map { first, last in
            edit(from: first, through: last, to: "!(\(text(from: first, through: last)))", .negation)
        }
    }
}
