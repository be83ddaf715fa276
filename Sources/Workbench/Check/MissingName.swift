import Foundation

/// A name the hidden suite uses and the learner's module no longer declares as called: a renamed
/// function or type, or changed argument labels. Said once, with the signature the tests call,
/// where the compiler says "cannot find 'trainTestSplit' in scope" at every call and adds noise
/// about generic parameters it then cannot infer.
struct MissingName: Equatable {
    /// The bare name, to find the learner's nearest declaration: `trainTestSplit`.
    let name: String
    /// As the tests use it: `trainTestSplit(rowCount:testFraction:seed:)`, `ConfusionMatrix`.
    let signature: String
    let isCall: Bool

    /// "`trainTestSplit(rowCount:testFraction:seed:)` is missing: the tests call it with this signature"
    var explanation: String {
        isCall ? "`\(signature)` is missing: the tests call it with this signature"
            : "`\(signature)` is missing: the tests use this name"
    }

    private static let notFound = try! NSRegularExpression(pattern: #"^cannot find (?:type )?'([A-Za-z_][A-Za-z0-9_]*)' in scope"#)
    private static let noMember = try! NSRegularExpression(
        pattern: #"^value of type '(?:LearnerCode\.)?([A-Za-z_][A-Za-z0-9_.]*)' has no member '([A-Za-z_][A-Za-z0-9_]*)'"#)
    private static let labels = try! NSRegularExpression(
        pattern: #"^incorrect argument labels? in call \(have '([^']*)', expected '([^']*)'\)"#)

    /// The missing name a suite error is about, if it is one of those shapes.
    init?(error message: String, at location: (path: String, line: Int, column: Int)?, in suite: SuiteLines) {
        let range = NSRange(message.startIndex..., in: message)
        func group(_ match: NSTextCheckingResult, _ i: Int) -> String { String(message[Range(match.range(at: i), in: message)!]) }
        let at = location.flatMap { suite.offset(line: $0.line, column: $0.column) }
        if let match = Self.notFound.firstMatch(in: message, range: range) {
            let name = group(match, 1)
            let labels = at.flatMap { suite.callLabels(of: name, at: $0) }
            self.init(name: name, signature: name + (labels.map { "(\($0))" } ?? ""), isCall: labels != nil)
        } else if let match = Self.noMember.firstMatch(in: message, range: range) {
            let member = group(match, 2)
            let labels = at.flatMap { suite.callLabels(of: member, at: $0) }
            self.init(name: member, signature: group(match, 1) + "." + member + (labels.map { "(\($0))" } ?? ""),
                      isCall: labels != nil)
        } else if let match = Self.labels.firstMatch(in: message, range: range),
                  let at, let name = suite.calledName(before: at) {
            self.init(name: name, signature: "\(name)(\(group(match, 1)))", isCall: true)
        } else {
            return nil
        }
    }

    private init(name: String, signature: String, isCall: Bool) {
        self.name = name
        self.signature = signature
        self.isCall = isCall
    }
}

/// A suite's text, addressed as the compiler's diagnostics address it (1-based line and column,
/// the column counted in UTF-8 bytes; suites are ASCII where calls are).
struct SuiteLines {
    let text: [UInt8]
    private let lineStarts: [Int]

    init(_ source: String) {
        let bytes = Array(source.utf8)
        text = bytes
        lineStarts = [0] + bytes.indices.filter { bytes[$0] == 10 }.map { $0 + 1 }
    }

    /// The text of line `number` (1-based), without its newline.
    func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? lineStarts[number] - 1 : text.count
        return Substring(String(decoding: text[start..<end], as: UTF8.self))
    }

    func offset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let offset = lineStarts[line - 1] + column - 1
        return offset <= text.count ? offset : nil
    }

    /// The argument labels of a call of `name` at `offset` (`rowCount:testFraction:seed:`, `_:`
    /// for an unlabelled argument, empty for none), or `nil` when `name` is not called there.
    func callLabels(of name: String, at offset: Int) -> String? {
        let bytes = Array(name.utf8)
        guard offset + bytes.count < text.count, Array(text[offset..<offset + bytes.count]) == bytes,
              text[offset + bytes.count] == UInt8(ascii: "(") else { return nil }
        return arguments(from: offset + bytes.count + 1).map(label(of:)).joined()
    }

    /// The name called at `offset`: the identifier before the `(` at or just before it.
    func calledName(before offset: Int) -> String? {
        var i = min(offset, text.count - 1)
        while i > 0, text[i] != UInt8(ascii: "(") { i -= 1 }
        var start = i
        while start > 0, Self.isIdentifier(text[start - 1]) { start -= 1 }
        return start < i ? String(decoding: text[start..<i], as: UTF8.self) : nil
    }

    /// The top-level arguments of a call whose `(` ends just before `start`, as text.
    private func arguments(from start: Int) -> [String] {
        var arguments: [String] = []
        var current: [UInt8] = []
        var depth = 0
        var inString = false
        var i = start
        while i < text.count {
            let c = text[i]
            if inString {
                if c == UInt8(ascii: "\\") { current.append(c); i += 1 } else if c == UInt8(ascii: "\"") { inString = false }
            } else if c == UInt8(ascii: "\"") {
                inString = true
            } else if [UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{")].contains(c) {
                depth += 1
            } else if [UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(c) {
                if depth == 0 { break }
                depth -= 1
            } else if c == UInt8(ascii: ","), depth == 0 {
                arguments.append(String(decoding: current, as: UTF8.self))
                current = []
                i += 1
                continue
            }
            if i < text.count { current.append(text[i]) }
            i += 1
        }
        let last = String(decoding: current, as: UTF8.self)
        if !last.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || !arguments.isEmpty { arguments.append(last) }
        return arguments
    }

    /// `rowCount:` for `rowCount: 10`, `_:` for `10` (a `::` is a module qualifier, not a label).
    private func label(of argument: String) -> String {
        let trimmed = argument.drop(while: { $0.isWhitespace })
        let name = trimmed.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
        let rest = trimmed.dropFirst(name.count).drop(while: { $0 == " " })
        guard !name.isEmpty, rest.hasPrefix(":"), !rest.hasPrefix("::") else { return "_:" }
        return name + ":"
    }

    private static func isIdentifier(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_")
    }
}
