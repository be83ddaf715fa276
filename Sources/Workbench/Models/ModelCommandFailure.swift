import FairKit

/// A `learn train` or `learn predict` problem the user can fix: a command-line value that cannot be
/// used (`usage`: exit 64) or a data or model file that does not fit (`badInput`: exit 65). The
/// description names the option, or the file and its column, row or field, and the fix.
public struct ModelCommandFailure: WorkbenchFailure, Equatable {
    /// Usage (exit 64) or bad input (exit 65).
    public let kind: FailureKind
    /// The message printed after "error: ".
    public let description: String

    /// A failure of `kind` saying `description`.
    public init(_ kind: FailureKind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// A value of `option` that cannot be used: "--c: 0 is not a number > 0".
    static func usage(_ option: String, _ problem: String) -> ModelCommandFailure {
        ModelCommandFailure(.usage, "\(option): \(problem)")
    }

    /// A problem with the file `path`: "train.csv: column 'age' ...".
    static func badInput(_ path: String, _ error: Error) -> ModelCommandFailure {
        // A reading error already starts with the file, line and field.
        if error is DelimitedTextError { return ModelCommandFailure(.badInput, "\(error)") }
        return ModelCommandFailure(.badInput, "\(path): \(error)")
    }
}
