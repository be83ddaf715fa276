/// The tuning numbers of project runs.
enum ProjectSettings {
    /// A whole pipeline (load the data, fit, audit, write the report) on FairKit's -O code takes
    /// a few seconds; the learner's part is unoptimised, hence the margin.
    static let runWallTimeSeconds = 120.0
    /// Output a run may print (the learner's debugging prints included).
    static let runOutputBytes = 1 << 20
    /// The most of a failed run's output shown in its error.
    static let shownOutputCharacters = 1500
}
