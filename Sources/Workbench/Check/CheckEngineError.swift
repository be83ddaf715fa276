/// Problems that stop a check from happening at all. The learner's own mistakes (code that does not
/// compile, crashes or loops) are never errors: they are `CheckResult`s.
public enum CheckEngineError: Error, Equatable, CustomStringConvertible {
    case learnerFileMissing(path: String)
    case learnerFileUnreadable(path: String, reason: String)
    case suiteMissing(path: String)
    case invalidSuite(path: String, line: Int, reason: String)
    case compilerNotFound(searched: [String])
    case toolkitNotBuilt(searched: [String])
    case toolkitBuildFailed(output: String)
    case harnessFailed(stage: String, output: String)
    case io(String)

    public var description: String {
        switch self {
        case .learnerFileMissing(let path):
            return "\(path) does not exist; restore the exercise with `learn reset` and the exercise id"
        case let .learnerFileUnreadable(path, reason):
            return "cannot read \(path): \(reason)"
        case .suiteMissing(let path):
            return "the hidden suite \(path) is missing: the course checkout is incomplete (git status shows what changed)"
        case let .invalidSuite(path, line, reason):
            return "\(path):\(line): \(reason)"
        case .compilerNotFound(let searched):
            return "swiftc was not found (looked in \(searched.joined(separator: ", "))); install Swift or set FAIRWORK_SWIFTC"
        case .toolkitNotBuilt(let searched):
            return "the FairKit build products were not found (looked in \(searched.joined(separator: ", "))); run `swift build` in the workspace, or set FAIRWORK_TOOLKIT_DIR to the build folder"
        case .toolkitBuildFailed(let output):
            return "could not link the FairKit library for checks:\n\(output)"
        case let .harnessFailed(stage, output):
            return "the check harness failed while \(stage) (this is a bug in learn, not in your code):\n\(output)"
        case .io(let text):
            return text
        }
    }
}
