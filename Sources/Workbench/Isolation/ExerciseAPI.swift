/// The declarations a learner writes in an exercise file, read from the exercise's solution
/// (trusted course content): the functions, methods and initialisers whose bodies run in the
/// untrusted server process during isolated grading, and the types whose values cross the pipe.
///
/// Only what can cross a pipe as JSON is accepted: parameters and results must be Codable values,
/// so generics, tuples, closures, `inout`, variadics, `async`, classes, protocols and computed
/// properties are refused, each with a `Problem` naming the declaration and the fix.
public struct ExerciseAPI: Sendable {
    /// A function, method or initialiser whose body the learner writes.
    public struct Function: Sendable, Equatable {
        /// The type the declaration belongs to (struct, enum or extension), nil at top level.
        public var owner: String?
        /// `init` for initialisers.
        public var name: String
        public var parameters: [Parameter]
        /// The result type as written; nil for `Void` results and for initialisers.
        public var returnType: String?
        public var isInitializer = false
        /// `init?`: the result is `Owner?`.
        public var isFailable = false
        public var isStatic = false
        public var isMutating = false
        public var isThrowing = false
        /// 1-based line of the declaration in the solution.
        public var line: Int
        /// Unicode-scalar offsets of the body's `{` and `}` in the source.
        var bodyStart: Int
        var bodyEnd: Int

        /// The stable id of the call on the pipe: `Owner.name(label:_:)`.
        public var id: String {
            let labels = parameters.map { ($0.label ?? "_") + ":" }.joined()
            return (owner.map { $0 + "." } ?? "") + "\(name)(\(labels))"
        }

        /// Whether a call sends `self` (instance methods).
        public var sendsSelf: Bool { owner != nil && !isStatic && !isInitializer }
    }

    /// One parameter as written: `label name: Type = default`.
    public struct Parameter: Sendable, Equatable {
        /// The argument label, nil for `_`.
        public var label: String?
        /// The name inside the body.
        public var name: String
        public var type: String
        public var defaultValue: String?
    }

    /// A struct or enum declared in the file; its values cross the pipe as JSON.
    public struct CrossingType: Sendable, Equatable {
        public var name: String
        /// Whether the declaration already says `Codable` (else the generated code adds it).
        public var declaresCodable: Bool
    }

    /// A declaration that cannot cross the process boundary.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        /// The declaration as written up to its body, e.g. `func f(x: (Int, Int))`.
        public var declaration: String
        public var reason: String

        public var description: String { "line \(line): \(declaration): \(reason)" }
    }

    public var functions: [Function]
    public var types: [CrossingType]
    /// Everything that cannot cross; generation refuses while this is not empty.
    public var problems: [Problem]
    /// The source the API was read from.
    public let source: SwiftSourceText
}
