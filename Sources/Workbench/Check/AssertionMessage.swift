/// XCTest's assertion descriptions rewritten for a learner: which value the tests expected and
/// which one their code gave, each on its own labelled line, and type names without the
/// `LearnerCode.` module prefix the learner never wrote.
///
/// XCTest prints `XCTAssertEqual failed: ("[]") is not equal to ("[9, 1]") - message` and leaves
/// the reader to guess which is which. The course's suites put the learner's value first and the
/// expected one second (docs/authoring.md), so
///
///     message
///     expected: [9, 1]
///     got:      []
///
/// `XCTFail`'s message is shown alone; descriptions of other shapes keep their wording, with the
/// prefix removed.
enum AssertionMessage {
    /// The module the learner's file is compiled as; its name is noise in printed values.
    static let learnerModulePrefix = "LearnerCode."

    static func readable(_ description: String) -> String {
        let text = description.replacingOccurrences(of: learnerModulePrefix, with: "")
        if let equal = comparison(text, assertion: "XCTAssertEqual") {
            return lines(equal.message, [("expected", equal.second + equal.accuracy), ("got", equal.first)])
        }
        if let notEqual = comparison(text, assertion: "XCTAssertNotEqual", relation: "is equal to") {
            return lines(notEqual.message, [("expected anything but", notEqual.second + notEqual.accuracy),
                                            ("got", notEqual.first)])
        }
        if let (value, message) = single(text, assertion: "XCTAssertNil") {
            return lines(message, [("expected", "nil"), ("got", value)])
        }
        if let message = bare(text, assertion: "XCTAssertNotNil") {
            return lines(message, [("expected", "a value"), ("got", "nil")])
        }
        for (assertion, expected) in [("XCTAssertTrue", "true"), ("XCTAssertFalse", "false")] {
            if let message = bare(text, assertion: assertion) {
                return lines(message, [("expected", expected), ("got", expected == "true" ? "false" : "true")])
            }
        }
        // XCTFail("message") reads "failed - message".
        return text.dropPrefix("failed - ").map(String.init) ?? text
    }

    private struct Comparison {
        var first: String
        var second: String
        /// " (± 0.001)" for the accuracy variants, else empty.
        var accuracy: String
        var message: String
    }

    /// `NAME failed: ("A") RELATION ("B")[ +/- ("D")][ - message]`.
    private static func comparison(_ text: String, assertion: String,
                                   relation: String = "is not equal to") -> Comparison? {
        guard var rest = text.dropPrefix("\(assertion) failed: (\"") else { return nil }
        guard let middle = rest.range(of: "\") \(relation) (\"") else { return nil }
        let first = String(rest[..<middle.lowerBound])
        rest = rest[middle.upperBound...]
        var second: Substring
        var accuracy = ""
        if let plusMinus = rest.range(of: "\") +/- (\"") {
            second = rest[..<plusMinus.lowerBound]
            rest = rest[plusMinus.upperBound...]
            guard let end = rest.range(of: "\")") else { return nil }
            accuracy = " (± \(rest[..<end.lowerBound]))"
            rest = rest[end.upperBound...]
        } else {
            guard let end = closingQuote(in: rest) else { return nil }
            second = rest[..<end.lowerBound]
            rest = rest[end.upperBound...]
        }
        return Comparison(first: first, second: String(second), accuracy: accuracy, message: messageAfter(rest))
    }

    /// `NAME failed: "A"[ - message]`.
    private static func single(_ text: String, assertion: String) -> (String, String)? {
        guard let rest = text.dropPrefix("\(assertion) failed: \"") else { return nil }
        if let end = rest.range(of: "\" - ") { return (String(rest[..<end.lowerBound]), String(rest[end.upperBound...])) }
        return rest.hasSuffix("\"") ? (String(rest.dropLast()), "") : nil
    }

    /// `NAME failed[ - message]`.
    private static func bare(_ text: String, assertion: String) -> String? {
        guard let rest = text.dropPrefix("\(assertion) failed"), rest.isEmpty || rest.hasPrefix(" - ") else { return nil }
        return messageAfter(rest)
    }

    /// The second value ends at `")` followed by the end or ` - `.
    private static func closingQuote(in text: Substring) -> Range<Substring.Index>? {
        if let withMessage = text.range(of: "\") - ") {
            return withMessage.lowerBound..<text.index(withMessage.lowerBound, offsetBy: 2)
        }
        return text.hasSuffix("\")") ? text.index(text.endIndex, offsetBy: -2)..<text.endIndex : nil
    }

    private static func messageAfter(_ rest: Substring) -> String {
        rest.hasPrefix(" - ") ? String(rest.dropFirst(3)) : ""
    }

    private static func lines(_ message: String, _ values: [(label: String, value: String)]) -> String {
        let width = values.map(\.label.count).max() ?? 0
        let labelled = values.map { $0.label + ":" + String(repeating: " ", count: width - $0.label.count + 1) + $0.value }
        return ((message.isEmpty ? [] : [message]) + labelled).joined(separator: "\n")
    }
}

private extension String {
    func dropPrefix(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}
