import Foundation

/// The test classes and methods of a hidden suite, found by their shape in its source: a class
/// inheriting from `XCTestCase` (or `XCTest::XCTestCase`) and its `func test...()` methods, in file
/// order. Suites are trusted course content, so a scan is enough; the engine needs the list to
/// generate the entry point and to know how many results a complete run reports.
public struct SuiteScan: Sendable, Equatable {
    public struct TestClass: Sendable, Equatable {
        public var name: String
        public var tests: [String]
    }

    public var classes: [TestClass]

    /// Every test method name, in order.
    public var testNames: [String] { classes.flatMap(\.tests) }

    /// Scans `source` (the suite at `path`, named in errors).
    public init(source: String, path: String) throws {
        let text = SwiftSourceText(source)
        let code = text.code
        let classPattern = try! NSRegularExpression(pattern: #"\bclass\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?:XCTest::)?XCTestCase\b"#)
        let testPattern = try! NSRegularExpression(
            pattern: #"\bfunc\s+(test[A-Za-z0-9_]*)\s*\(\s*\)\s*(async\b)?\s*(throws\b)?"#)
        let ns = code as NSString
        var classes: [TestClass] = []
        var seen: [String: Int] = [:]
        for match in classPattern.matches(in: code, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 1))
            let body = Self.bodyRange(in: ns, after: match.range.upperBound)
            var tests: [String] = []
            for test in testPattern.matches(in: code, range: body) {
                let testName = ns.substring(with: test.range(at: 1))
                let line = text.line(ofOffset: String.Index(utf16Offset: test.range.location, in: code))
                if test.range(at: 2).location != NSNotFound {
                    throw CheckEngineError.invalidSuite(path: path, line: line,
                        reason: "\(testName) is async; the check harness runs synchronous tests only")
                }
                if let first = seen[testName] {
                    throw CheckEngineError.invalidSuite(path: path, line: line,
                        reason: "a second test named \(testName) (the first is at line \(first)); test names must be unique in a suite")
                }
                seen[testName] = line
                tests.append(testName)
            }
            classes.append(TestClass(name: name, tests: tests))
        }
        guard !seen.isEmpty else {
            throw CheckEngineError.invalidSuite(path: path, line: 1,
                reason: "no tests found: a suite needs a class inheriting from XCTest::XCTestCase with func test...() methods")
        }
        self.classes = classes.filter { !$0.tests.isEmpty }
    }

    /// The range between the `{` that follows `offset` and its matching `}` (comments and strings
    /// are already blanked, so braces are code).
    private static func bodyRange(in ns: NSString, after offset: Int) -> NSRange {
        var i = offset
        while i < ns.length && ns.character(at: i) != 123 { i += 1 }   // {
        let start = i + 1
        var depth = 0
        while i < ns.length {
            let c = ns.character(at: i)
            if c == 123 { depth += 1 } else if c == 125 {   // }
                depth -= 1
                if depth == 0 { break }
            }
            i += 1
        }
        return NSRange(location: min(start, ns.length), length: max(0, min(i, ns.length) - start))
    }
}
