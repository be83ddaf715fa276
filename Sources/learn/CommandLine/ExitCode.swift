import Workbench

/// Every way `learn` exits, in one place (sysexits.h values where one fits).
enum ExitCode: Int32, Sendable {
    /// The command did what was asked; a check passed; verify found nothing wrong.
    case success = 0
    /// The command ran, and the answer is "no": a check failed, verify found problems.
    case failure = 1
    /// The command line was wrong (EX_USAGE): unknown command or option, missing value, unknown id.
    case usage = 64
    /// A course or workspace file is missing or malformed (EX_DATAERR).
    case dataError = 65
    /// The workbench itself failed (EX_SOFTWARE): an I/O error, a missing toolchain.
    case internalError = 70

    /// The exit code for an error a command threw.
    init(for error: Error) {
        guard let failure = error as? WorkbenchFailure else {
            self = .internalError
            return
        }
        switch failure.kind {
        case .usage: self = .usage
        case .badInput: self = .dataError
        case .internal: self = .internalError
        }
    }
}
