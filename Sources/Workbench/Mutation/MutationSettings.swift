/// The tuning numbers of mutation testing.
public enum MutationSettings {
    /// The course's goal: every suite kills at least this share of the compiling mutants.
    public static let goal = 0.9
    /// Mutants checked per exercise unless `--max-mutants` says otherwise: enough for every edit
    /// of a module 1 solution, few enough that a module verifies in minutes on two cores.
    public static let defaultCap = 120
    /// Where mutant files are written while they are checked, under `.learn/`.
    static let folder = "mutants"
    /// A mutant's test run is killed after this many seconds (an off-by-one loop bound can spin
    /// for ever); solutions run in well under a second.
    public static let wallTimeSeconds = 5.0
}
