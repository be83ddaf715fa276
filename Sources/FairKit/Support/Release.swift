/// This release of Fairwork's toolkit. Model files and reports record it, and `learn --version`
/// prints it, so that a result can be traced to the code that made it.
public enum Release {
    /// Semantic version: the minor number moves with each landed wave of features.
    public static let version = "0.5.0"
}
