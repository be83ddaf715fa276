import Foundation
import FairKit

/// Turns swiftc's output (`-diagnostic-style llvm`: `path:line:column: error: message`) into
/// diagnostics that point at the learner's own file, never at the engine's temporary paths.
struct CompilerDiagnostics {
    /// The learner's file as compiled (a snapshot in the run folder) and as the learner knows it.
    let compiledLearnerPath: String
    let displayPath: String
    /// The learner's source, to place suite errors on the declaration they are about.
    let learnerSource: SwiftSourceText

    private static let line = try! NSRegularExpression(pattern: #"^(.+?):(\d+):(\d+): (error|fatal error): (.*)$"#)
    private static let bare = try! NSRegularExpression(pattern: #"^(?:<unknown>:0: )?error: (.*)$"#)

    /// Errors from compiling the learner's module.
    /// The same error reported by two compiler jobs (object and module, run side by side) is kept once.
    func learnerErrors(in output: String) -> [CompileDiagnostic] {
        var seen = Set<String>()
        return parse(output).filter { seen.insert("\($0.location.map { "\($0.line):\($0.column)" } ?? ""):\($0.message)").inserted }.map { error in
            guard let location = error.location, location.path == compiledLearnerPath else {
                return CompileDiagnostic(file: displayPath, line: error.location?.line ?? 0,
                                         column: error.location?.column ?? 0, message: error.message)
            }
            return CompileDiagnostic(file: displayPath, line: location.line, column: location.column, message: error.message)
        }
    }

    /// Errors from compiling and linking the hidden suite against the learner's module. The suite
    /// compiles against the exercise's intended API, so its errors mean the learner changed a name
    /// or a signature.
    ///
    /// A name the suite cannot find (renamed, or its labels changed) is said once, with the
    /// signature the tests call (`MissingName`), on the learner's declaration of the nearest name;
    /// the compiler's follow-on errors on the same calls (generic parameters that cannot be
    /// inferred, `Any` not `Equatable`) are noise and dropped. Other errors are placed on the
    /// learner's declaration of a name the error is about (quoted in the message, or called on
    /// the suite's line), else on line 1, each distinct message once.
    func suiteErrors(in output: String, suiteSource: String) -> [CompileDiagnostic] {
        let errors = parse(output)
        let suite = SuiteLines(suiteSource)
        let missing = errors.compactMap { MissingName(error: $0.message, at: $0.location, in: suite) }
        if !missing.isEmpty {
            var said = Set<String>()
            return missing.filter { said.insert($0.signature).inserted }.map { name in
                let (line, column) = renamedDeclaration(of: name.name, suite: suiteSource) ?? (1, 1)
                return CompileDiagnostic(file: displayPath, line: line, column: column, message: name.explanation)
            }
        }
        var said = Set<String>()
        return errors.filter { said.insert($0.message).inserted }.map { error in
            var names = quotedNames(in: error.message)
            if let location = error.location, let line = suite.line(location.line) {
                let start = line.index(line.startIndex, offsetBy: min(max(0, location.column - 1), line.count))
                names += identifiers(in: line[start...]) + identifiers(in: line[..<start]).reversed()
            }
            let (line, column) = names.lazy.compactMap(declaration(of:)).first ?? (1, 1)
            return CompileDiagnostic(file: displayPath, line: line, column: column,
                                     message: "the tests cannot use your code: \(error.message) "
                                        + "(keep the names and signatures the exercise gives)")
        }
    }

    /// Where the learner declares `name`, or what they renamed it to: the declared name closest
    /// to it, else the one function or type the suite never mentions, if there is exactly one.
    private func renamedDeclaration(of name: String, suite: String) -> (Int, Int)? {
        if let exact = declaration(of: name) { return exact }
        let code = learnerSource.code
        let declared = Self.matches(Self.declaredName, in: code)
        if let nearest = nearestName(to: name, in: declared) { return declaration(of: nearest) }
        let mentioned = Set(identifiers(in: suite[...]))
        let unused = Self.matches(Self.declaredFunctionOrType, in: code).filter { !mentioned.contains($0) }
        // A result type the suite never names (module 1's `Split`) must not hide the one renamed function.
        let unusedFunctions = Self.matches(Self.declaredFunction, in: code).filter { !mentioned.contains($0) }
        if unused.count != 1 && unusedFunctions.count == 1 { return declaration(of: unusedFunctions[0]) }
        return unused.count == 1 ? declaration(of: unused[0]) : nil
    }

    private static let declaredName = try! NSRegularExpression(
        pattern: #"\b(?:func|var|let|struct|class|enum|typealias)\s+([A-Za-z_][A-Za-z0-9_]*)"#)
    private static let declaredFunction = try! NSRegularExpression(pattern: #"\bfunc\s+([A-Za-z_][A-Za-z0-9_]*)"#)
    private static let declaredFunctionOrType = try! NSRegularExpression(
        pattern: #"\b(?:func|struct|class|enum|typealias)\s+([A-Za-z_][A-Za-z0-9_]*)"#)

    private static func matches(_ regex: NSRegularExpression, in code: String) -> [String] {
        regex.matches(in: code, range: NSRange(code.startIndex..., in: code))
            .compactMap { Range($0.range(at: 1), in: code).map { String(code[$0]) } }
    }

    private struct Parsed {
        var location: (path: String, line: Int, column: Int)?
        var message: String
    }

    private func parse(_ output: String) -> [Parsed] {
        var result: [Parsed] = []
        for raw in output.split(separator: "\n", omittingEmptySubsequences: true) {
            let text = String(raw)
            let range = NSRange(text.startIndex..., in: text)
            if let m = Self.line.firstMatch(in: text, range: range) {
                let group = { (i: Int) in String(text[Range(m.range(at: i), in: text)!]) }
                result.append(Parsed(location: (group(1), Int(group(2)) ?? 0, Int(group(3)) ?? 0), message: group(5)))
            } else if let m = Self.bare.firstMatch(in: text, range: range) {
                result.append(Parsed(location: nil, message: String(text[Range(m.range(at: 1), in: text)!])))
            } else if text.contains("undefined reference to") || text.contains("ld: error") || text.contains("linker command failed") {
                result.append(Parsed(location: nil, message: text.trimmingCharacters(in: .whitespaces)))
            }
        }
        return result
    }

    private func quotedNames(in message: String) -> [String] {
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { parts[$0].split(separator: "(").first.map(String.init) ?? "" }
    }

    private func identifiers(in text: Substring) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
            .filter { $0.first.map { !$0.isNumber } ?? false }
    }

    /// The line and column where the learner's code declares `name`.
    private func declaration(of name: String) -> (Int, Int)? {
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        let pattern = #"\b(?:func|var|let|struct|class|enum|typealias|case)\s+"# + name + #"\b"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let code = learnerSource.code
        guard let m = regex.firstMatch(in: code, range: NSRange(code.startIndex..., in: code)),
              let range = Range(m.range, in: code) else { return nil }
        let prefix = code[..<range.lowerBound]
        let line = prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: "\n").map { prefix.index(after: $0) } ?? prefix.startIndex
        return (line, prefix.distance(from: lineStart, to: prefix.endIndex) + 1)
    }
}
