extension MutantGenerator {
    /// Statements deleted one at a time: a whole line that is an assignment or a call, the body of
    /// a one-line `if ... { x += 1 }`, and the body of a one-line `case ...: x += 1` (replaced by
    /// `break`, since an empty case does not compile). Lines that continue an expression (ending
    /// in an operator or comma, or followed by a line starting with one) are left alone.
    func statementDeletions() -> [Mutant] {
        let lines = Dictionary(grouping: tokens.indices, by: { tokens[$0].line })
        var result: [Mutant] = []
        for number in lines.keys.sorted() where mutableLines.contains(number) {
            guard let indices = lines[number], let first = indices.first, let last = indices.last else { continue }
            let word = tokens[first].text
            if word == "case" || word == "default" {
                result += caseBodyDeletion(first: first, last: last)
                continue
            }
            if let body = oneLineBlockBody(first: first, last: last) {
                result.append(edit(from: body.0, through: body.1, to: "", .deletion))
                continue
            }
            guard tokens[first].kind == .identifier, !MutationTables.nonStatementWords.contains(word),
                  isStatement(first, last), !continues(before: first), !continues(after: last) else { continue }
            result.append(edit(from: first, through: last, to: "", .deletion))
        }
        return result
    }

    /// Tokens `first...last` are balanced, end the expression, and assign or call.
    private func isStatement(_ first: Int, _ last: Int) -> Bool {
        guard isBalanced(first, last), tokens[last].kind != .operator,
              ![",", ":", "{", "(", "["].contains(tokens[last].text) else { return false }
        return tokens[last].text == ")"
            || (first...last).contains { MutationTables.assignments.contains(tokens[$0].text) }
    }

    /// Whether the line ending before token `first` leaves its expression open.
    private func continues(before first: Int) -> Bool {
        guard first > 0 else { return false }
        let previous = tokens[first - 1]
        return previous.kind == .operator || [",", "(", "[", "."].contains(previous.text)
    }

    /// Whether the line after token `last` continues it (`.map { ... }` or `+ x` on the next line).
    private func continues(after last: Int) -> Bool {
        guard last + 1 < tokens.count else { return false }
        let next = tokens[last + 1]
        return next.kind == .operator || next.text == "." || next.text == "{"
    }

    /// `case (1, 1): matrix.truePositives += 1` -> `case (1, 1): break`.
    private func caseBodyDeletion(first: Int, last: Int) -> [Mutant] {
        var depth = 0
        for index in first...last {
            let text = tokens[index].text
            if ["(", "["].contains(text) { depth += 1 }
            if [")", "]"].contains(text) { depth -= 1 }
            guard depth == 0, text == ":", index < last else { continue }
            let bodyStart = index + 1
            guard !["break", "fallthrough"].contains(tokens[bodyStart].text), isBalanced(bodyStart, last) else { return [] }
            return [edit(from: bodyStart, through: last, to: MutationOperator.emptyCaseBody, .deletion)]
        }
        return []
    }

    /// The statement inside `if condition { statement }` (or `else { ... }`) written on one line.
    private func oneLineBlockBody(first: Int, last: Int) -> (Int, Int)? {
        guard ["if", "else", "}"].contains(tokens[first].text), tokens[last].text == "}",
              let open = (first...last).first(where: { tokens[$0].text == "{" && lexed.closing($0) == last }),
              open + 1 < last, tokens[open + 1].text != "return",
              (open + 1 ..< last).contains(where: { MutationTables.assignments.contains(tokens[$0].text) }) || tokens[last - 1].text == ")"
        else { return nil }
        return (open + 1, last - 1)
    }

    private func isBalanced(_ first: Int, _ last: Int) -> Bool {
        var depth = 0
        for index in first...last {
            if ["(", "[", "{"].contains(tokens[index].text) { depth += 1 }
            if [")", "]", "}"].contains(tokens[index].text) { depth -= 1 }
            if depth < 0 { return false }
        }
        return depth == 0
    }
}
