/// The tuning numbers of the prejudice remover: AIF360 0.6.1's defaults (`PrejudiceRemover(eta=1.0)`
/// and kamfadm's `train_pr.py`: C 1.0, the probability clip of `fadm/lr/pr.py`) and the stopping
/// rule of FairKit's solver.
public enum PrejudiceRemoverConstants {
    /// η, the weight of the prejudice (mutual information) term (AIF360's `eta`).
    public static let eta = 1.0
    /// C, the weight of the L2 penalty (C/2)‖w‖² (kamfadm's `-C`; a strength, not sklearn's inverse).
    public static let c = 1.0
    /// P(y = 1) is kept in [ε, 1 − ε] by clipping the linear score to ±log((1 − ε)/ε) (`EPSILON`).
    public static let probabilityClip = 1e-10
    /// L-BFGS stops when every partial derivative of the objective is below this: fmin_cg's gtol
    /// (max norm), which kamfadm applies to its own, inexact gradient (see `PrejudiceRemover`).
    /// On German the objective is then within 1e-6 of its minimum (about 300).
    public static let gradientTolerance = 1e-5
    public static let maxIterations = 2000
}
