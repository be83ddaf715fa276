import Foundation

/// Finds XCTest calls in a suite that are not module-qualified. An unqualified `XCTAssertEqual`
/// resolves to a learner-defined function of that name if the learner writes one, turning a
/// failing test into a pass (docs/authoring.md), so every call must read `XCTest::XCTAssertEqual`.
public enum AssertionLint {
    /// The XCTest functions a suite may call only as `XCTest::name`.
    static let pattern = try! NSRegularExpression(
        pattern: #"(XCTest::)?\b(XCTAssert[A-Za-z]*|XCTFail|XCTUnwrap|XCTExpectFailure|XCTSkip[A-Za-z]*)\b"#)

    /// One unqualified call.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        /// The suite, workspace-relative.
        public var file: String
        /// The 1-based line of the call.
        public var line: Int
        /// The function called (`XCTAssertEqual`).
        public var name: String

        public var description: String {
            "\(file):\(line): \(name) is not module-qualified; write XCTest::\(name) "
                + "(an unqualified call would run a learner's function of the same name)"
        }
    }

    /// The unqualified calls in `source` (the suite at `file`), in file order. Comments and string
    /// literals are ignored; interpolated code inside strings is not.
    public static func findings(in source: String, file: String) -> [Finding] {
        let text = SwiftSourceText(source)
        let code = text.code
        return pattern.matches(in: code, range: NSRange(code.startIndex..., in: code)).compactMap { match in
            guard match.range(at: 1).location == NSNotFound,
                  let name = Range(match.range(at: 2), in: code) else { return nil }
            return Finding(file: file, line: text.line(ofOffset: name.lowerBound), name: String(code[name]))
        }
    }
}
