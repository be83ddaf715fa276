import FairKit

/// A problem with a command's request that the user can fix (`learn audit`, `learn train`,
/// `learn predict`, a report's `--out`): a command-line value that cannot be used (`usage`:
/// exit 64) or a data file, model file or destination that does not fit (`badInput`: exit 65).
/// The description names the option, or the file and its column, row or field, and how to fix it.
public struct RequestFailure: WorkbenchFailure, Equatable {
    /// Usage (exit 64) or bad input (exit 65).
    public let kind: FailureKind
    /// The message printed after "error: ".
    public let description: String

    /// A failure of `kind` saying `description`.
    public init(_ kind: FailureKind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// A value of `option` that cannot be used: "--tau: 1.5 is not in (0, 1]; ...".
    static func usage(_ option: String, _ problem: String) -> RequestFailure {
        RequestFailure(.usage, "\(option): \(problem)")
    }

    /// A problem with the file `path`: "train.csv: column 'age' ...". A reading error already
    /// starts with the file, line and field, so it is kept as it is.
    static func badInput(_ path: String, _ error: Error) -> RequestFailure {
        if error is DelimitedTextError { return RequestFailure(.badInput, "\(error)") }
        return RequestFailure(.badInput, "\(path): \(error)")
    }
}
