/// Reads an `ExerciseAPI` from Swift source: a declaration scanner over the source with comments
/// and strings blanked (`SwiftSourceText`), not a Swift parser. It understands what exercise
/// files contain: imports, top-level functions, structs and enums with stored properties, cases,
/// methods and initialisers, and extensions of those types.
extension ExerciseAPI {
    /// The API declared in `source` (a solution file). Declarations that cannot cross the process
    /// boundary are listed in `problems`, never silently dropped.
    public init(source: String) {
        let text = SwiftSourceText(source)
        var parser = APIParser(text)
        parser.scope(0..<parser.tokens.count, owner: nil)
        let declared = Set(parser.types.map(\.name))
        for (name, line, declaration) in parser.extensions where !declared.contains(name) {
            parser.problems.append(Problem(line: line, declaration: declaration,
                reason: "extends \(name), a type this file does not declare; only types declared in the exercise file can cross to the learner's process"))
        }
        self.init(functions: parser.functions, types: parser.types, problems: parser.problems, source: text)
    }
}

private struct Token {
    var text: String
    var start: Int
    var end: Int
}

private struct APIParser {
    let original: [Unicode.Scalar]
    let tokens: [Token]
    let newlineOffsets: [Int]
    var functions: [ExerciseAPI.Function] = []
    var types: [ExerciseAPI.CrossingType] = []
    var problems: [ExerciseAPI.Problem] = []
    var extensions: [(name: String, line: Int, declaration: String)] = []

    static let modifiers: Set<String> = ["public", "private", "fileprivate", "internal", "static", "mutating", "final",
                                         "nonmutating", "override", "open", "nonisolated", "indirect", "package",
                                         "convenience", "required", "dynamic"]

    init(_ text: SwiftSourceText) {
        original = Array(text.original.unicodeScalars)
        let code = Array(text.code.unicodeScalars)
        var tokens: [Token] = []
        var newlines: [Int] = []
        var i = 0
        func isWord(_ s: Unicode.Scalar) -> Bool { s == "_" || s == "`" || s.properties.isAlphabetic || ("0"..."9").contains(s) }
        while i < code.count {
            let s = code[i]
            if s == "\n" { newlines.append(i) }
            if s == " " || s == "\t" || s == "\n" || s == "\r" { i += 1; continue }
            var j = i + 1
            if isWord(s) {
                while j < code.count && isWord(code[j]) { j += 1 }
            } else if s == "-" && j < code.count && code[j] == ">" {
                j += 1
            } else if s == "." && j + 1 < code.count && code[j] == "." && code[j + 1] == "." {
                j += 2
            }
            tokens.append(Token(text: String(String.UnicodeScalarView(code[i..<j])), start: i, end: j))
            i = j
        }
        self.tokens = tokens
        newlineOffsets = newlines
    }

    func line(_ offset: Int) -> Int {
        var low = 0, high = newlineOffsets.count
        while low < high {
            let mid = (low + high) / 2
            if newlineOffsets[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low + 1
    }

    func text(_ from: Int, _ to: Int) -> String {
        guard from < to else { return "" }
        return String(String.UnicodeScalarView(original[from..<to]))
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Index of the token closing the bracket opened at `i`, or the last index.
    func matching(_ i: Int, limit: Int) -> Int {
        let pairs: [String: String] = ["(": ")", "[": "]", "{": "}", "<": ">"]
        guard let closer = pairs[tokens[i].text] else { return i }
        var depth = 0
        var j = i
        while j < limit {
            if tokens[j].text == tokens[i].text { depth += 1 } else if tokens[j].text == closer {
                depth -= 1
                if depth == 0 { return j }
            }
            j += 1
        }
        return limit - 1
    }

    func next(_ i: Int, _ limit: Int) -> String? { i + 1 < limit ? tokens[i + 1].text : nil }

    mutating func problem(at token: Int, to end: Int, _ reason: String) {
        let start = tokens[token].start
        let stop = end < tokens.count ? tokens[end].start : original.count
        problems.append(.init(line: line(start), declaration: text(start, stop), reason: reason))
    }

    mutating func scope(_ range: Range<Int>, owner: String?) {
        var i = range.lowerBound
        var modifiers: Set<String> = []
        var declarationStart: Int?
        while i < range.upperBound {
            let word = tokens[i].text
            if word == "@" {
                declarationStart = declarationStart ?? i
                i += 2
                if i < range.upperBound && tokens[i].text == "(" { i = matching(i, limit: range.upperBound) + 1 }
                continue
            }
            if Self.modifiers.contains(word) || (word == "class" && ["func", "var", "let"].contains(next(i, range.upperBound))) {
                declarationStart = declarationStart ?? i
                modifiers.insert(word == "class" ? "static" : word)
                i += 1
                continue
            }
            let start = declarationStart ?? i
            defer { modifiers = []; declarationStart = nil }
            switch word {
            case "func", "init":
                i = function(at: i, declarationStart: start, owner: owner, modifiers: modifiers, limit: range.upperBound)
            case "struct", "enum", "class", "actor", "protocol", "extension":
                i = typeDeclaration(at: i, declarationStart: start, owner: owner, limit: range.upperBound)
            case "var", "let":
                i = property(at: i, declarationStart: start, owner: owner, limit: range.upperBound)
            case "subscript", "deinit", "operator", "precedencegroup":
                let body = bodyIndex(from: i, limit: range.upperBound)
                problem(at: start, to: body, "\(word) declarations cannot cross to the learner's process; use a method")
                i = body < range.upperBound && tokens[body].text == "{" ? matching(body, limit: range.upperBound) + 1 : body + 1
            case "{", "(", "[":
                i = matching(i, limit: range.upperBound) + 1
            default:
                i += 1
            }
        }
    }

    /// The index of the next `{` at bracket depth 0 (or `limit`).
    func bodyIndex(from i: Int, limit: Int) -> Int {
        var j = i
        while j < limit {
            switch tokens[j].text {
            case "{": return j
            case "(", "[": j = matching(j, limit: limit) + 1
            default: j += 1
            }
        }
        return limit
    }

    mutating func typeDeclaration(at i: Int, declarationStart: Int, owner: String?, limit: Int) -> Int {
        let keyword = tokens[i].text
        let body = bodyIndex(from: i, limit: limit)
        let end = body < limit ? matching(body, limit: limit) + 1 : limit
        guard i + 1 < limit else { return limit }
        let name = tokens[i + 1].text
        if owner != nil {
            problem(at: declarationStart, to: body, "a nested type cannot cross as written; declare \(name) at the top level of the file")
        } else if keyword == "extension" {
            extensions.append((name, line(tokens[i].start), text(tokens[declarationStart].start, body < limit ? tokens[body].start : original.count)))
            if body < limit { scope(body + 1..<end - 1, owner: name) }
        } else if keyword == "struct" || keyword == "enum" {
            if next(i + 1, limit) == "<" {
                problem(at: declarationStart, to: body, "a generic type cannot cross to the learner's process; make \(name) concrete")
            }
            let header = tokens[(i + 2)..<max(i + 2, body)].map(\.text)
            let codable = header.contains("Codable") || (header.contains("Encodable") && header.contains("Decodable"))
            types.append(.init(name: name, declaresCodable: codable))
            if body < limit { scope(body + 1..<end - 1, owner: name) }
        } else {
            problem(at: declarationStart, to: body,
                    "a \(keyword) cannot cross to the learner's process as a JSON value; declare \(name) as a struct or enum")
        }
        return end
    }

    mutating func property(at i: Int, declarationStart: Int, owner: String?, limit: Int) -> Int {
        // `var name: Type {` is computed: its getter is code the learner could write, and would
        // run in the trusted process if kept. Stored properties and constants are kept as written.
        var j = i + 2
        var sawColon = false
        let firstLine = line(tokens[i].start)
        while j < limit {
            let t = tokens[j].text
            if t == ":" && j == i + 2 { sawColon = true }
            if t == "=" { break }
            if t == "{" {
                if sawColon && line(tokens[j].start) == firstLine && owner != nil {
                    problem(at: declarationStart, to: j, "a computed property cannot cross to the learner's process; make it a method")
                    return matching(j, limit: limit) + 1
                }
                break
            }
            if line(tokens[j].start) != firstLine { break }
            if t == "(" || t == "[" || t == "<" { j = matching(j, limit: limit) }
            j += 1
        }
        return i + 1
    }

    mutating func function(at i: Int, declarationStart: Int, owner: String?, modifiers: Set<String>, limit: Int) -> Int {
        let body = bodyIndex(from: i, limit: limit)
        let end = body < limit ? matching(body, limit: limit) + 1 : limit
        func refuse(_ reason: String) -> Int {
            problem(at: declarationStart, to: body, reason)
            return end
        }
        // A private helper is not the learner's API: no suite can call it, so it stays as written
        // (in the test process it is dead code: the functions that used it are proxies).
        if modifiers.contains("private") || modifiers.contains("fileprivate") { return end }
        var j = i + 1
        let isInit = tokens[i].text == "init"
        var name = "init"
        var failable = false
        if isInit {
            if j < limit && (tokens[j].text == "?" || tokens[j].text == "!") { failable = true; j += 1 }
        } else {
            guard j < limit, let first = tokens[j].text.unicodeScalars.first,
                  first == "_" || first == "`" || first.properties.isAlphabetic else {
                return refuse("an operator cannot cross to the learner's process; use a named function")
            }
            name = tokens[j].text
            j += 1
        }
        if j < limit && tokens[j].text == "<" {
            return refuse("a generic function cannot cross to the learner's process: its argument types must be known to encode them; write it for the concrete types the exercise uses")
        }
        guard j < limit, tokens[j].text == "(" else { return refuse("could not read the parameter list") }
        let close = matching(j, limit: limit)
        var parameters: [ExerciseAPI.Parameter] = []
        var k = j + 1
        while k < close {
            var stop = k
            while stop < close && tokens[stop].text != "," {
                if ["(", "[", "<"].contains(tokens[stop].text) { stop = matching(stop, limit: close) }
                stop += 1
            }
            guard let colon = (k..<stop).first(where: { tokens[$0].text == ":" }) else {
                return refuse("could not read a parameter")
            }
            let names = tokens[k..<colon].map(\.text)
            let equals = (colon..<stop).first(where: { tokens[$0].text == "=" })
            let typeEnd = equals.map { tokens[$0].start } ?? tokens[stop].start
            let type = text(tokens[colon].end, typeEnd)
            let label = names.count == 2 ? names[0] : names.first
            if let reason = Self.refusal(type) { return refuse("parameter \(names.last ?? ""): \(reason)") }
            parameters.append(.init(label: label == "_" ? nil : label, name: names.last ?? "_", type: type,
                                    defaultValue: equals.map { text(tokens[$0].end, tokens[stop].start) }))
            k = stop + 1
        }
        var throwing = false
        var returnType: String?
        j = close + 1
        while j < body {
            switch tokens[j].text {
            case "throws": throwing = true
            case "rethrows": return refuse("a rethrowing function takes a closure, which cannot cross to the learner's process")
            case "async": return refuse("an async function cannot be called across the pipe; make it synchronous")
            case "where": return refuse("a generic function cannot cross to the learner's process")
            case "->":
                let type = text(tokens[j].end, body < limit ? tokens[body].start : original.count)
                if let reason = Self.refusal(type) { return refuse("the result: \(reason)") }
                returnType = type == "Void" || type == "()" ? nil : type
                j = body
                continue
            default: break
            }
            j += 1
        }
        guard body < limit else { return refuse("has no body") }
        if owner == nil && (modifiers.contains("mutating") || modifiers.contains("static")) {
            return refuse("static and mutating only apply to methods")
        }
        functions.append(.init(owner: owner, name: name, parameters: parameters, returnType: returnType,
                               isInitializer: isInit, isFailable: failable, isStatic: modifiers.contains("static"),
                               isMutating: modifiers.contains("mutating"), isThrowing: throwing,
                               line: line(tokens[i].start), bodyStart: tokens[body].start, bodyEnd: tokens[end - 1].start))
        return end
    }

    /// Why a type as written cannot cross the pipe as a Codable value, or nil.
    static func refusal(_ type: String) -> String? {
        if type.contains("->") { return "a closure (\(type)) cannot cross to the learner's process" }
        if type.hasPrefix("inout ") { return "an inout parameter cannot cross to the learner's process; return the new value instead" }
        if type.hasSuffix("...") { return "a variadic parameter cannot cross; take an array" }
        if type.hasPrefix("some ") || type.hasPrefix("any ") || type.contains(" some ") || type.contains(" any ") {
            return "an opaque or existential type (\(type)) cannot be decoded; use a concrete Codable type"
        }
        if type.contains("(") { return "a tuple (\(type)) is not Codable; return or take a small Codable struct instead" }
        return nil
    }
}
