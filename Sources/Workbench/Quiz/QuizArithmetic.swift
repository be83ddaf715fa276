/// A small arithmetic evaluator for quiz numbers: `+ - * /`, parentheses, unary minus and
/// decimal numbers, with the usual precedence. Verify evaluates a numeric question's
/// `recompute.expression` with it, and learners may answer a numeric question with a fraction
/// (`8/11`) instead of working out the decimals.
///
/// Example: `2 * 4 / (2 * 4 + 1 + 2)` is 8 / 11 = 0.7272...
public enum QuizArithmetic {
    /// The value of `text`, or `nil` when it is not such an expression (or divides by zero).
    public static func evaluate(_ text: String) -> Double? {
        var parser = Parser(Array(text.filter { !$0.isWhitespace }))
        guard let value = parser.sum(), parser.atEnd, value.isFinite else { return nil }
        return value
    }

    private struct Parser {
        let s: [Character]
        var i = 0
        init(_ s: [Character]) { self.s = s }
        var atEnd: Bool { i == s.count }

        mutating func sum() -> Double? {
            guard var value = product() else { return nil }
            while i < s.count, s[i] == "+" || s[i] == "-" {
                let op = s[i]; i += 1
                guard let next = product() else { return nil }
                value = op == "+" ? value + next : value - next
            }
            return value
        }

        mutating func product() -> Double? {
            guard var value = factor() else { return nil }
            while i < s.count, s[i] == "*" || s[i] == "/" || s[i] == "×" || s[i] == "·" {
                let op = s[i]; i += 1
                guard let next = factor() else { return nil }
                if op == "/" && next == 0 { return nil }
                value = op == "/" ? value / next : value * next
            }
            return value
        }

        mutating func factor() -> Double? {
            guard i < s.count else { return nil }
            if s[i] == "-" { i += 1; return factor().map { -$0 } }
            if s[i] == "(" {
                i += 1
                guard let value = sum(), i < s.count, s[i] == ")" else { return nil }
                i += 1
                return value
            }
            let start = i
            while i < s.count, s[i].isNumber || s[i] == "." { i += 1 }
            return Double(String(s[start..<i]))
        }
    }
}
