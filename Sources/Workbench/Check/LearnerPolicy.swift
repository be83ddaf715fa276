import Foundation

/// What a learner's exercise file may not do, checked before it is compiled: it may not import the
/// test frameworks or the harness (with XCTest imported, code could register observers or record
/// results of its own). A violation is reported like a compile error, on the offending line.
enum LearnerPolicy {
    static let forbiddenModules = ["XCTest", "Testing", HarnessSource.moduleName, "XCTestDynamicOverlay"]

    private static let importPattern = try! NSRegularExpression(
        pattern: #"(?m)^[ \t]*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*import\s+(?:(?:class|struct|enum|protocol|func|var|let|typealias)\s+)?([A-Za-z_][A-Za-z0-9_]*)"#)

    static func violations(in source: SwiftSourceText, displayPath: String) -> [CompileDiagnostic] {
        let code = source.code
        return importPattern.matches(in: code, range: NSRange(code.startIndex..., in: code)).compactMap { match in
            guard let moduleRange = Range(match.range(at: 1), in: code),
                  forbiddenModules.contains(String(code[moduleRange])) else { return nil }
            let module = String(code[moduleRange])
            let line = source.line(ofOffset: moduleRange.lowerBound)
            return CompileDiagnostic(file: displayPath, line: line, column: 1,
                                     message: "exercise files may not import \(module): the tests live in the hidden suite; remove this import")
        }
    }
}
