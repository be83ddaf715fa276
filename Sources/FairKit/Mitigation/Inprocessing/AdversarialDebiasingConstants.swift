/// The tuning numbers of adversarial debiasing: AIF360 0.6.1's `AdversarialDebiasing` defaults and
/// the constants inside its `fit` (the TensorFlow graph), named so a reader can find each one.
public enum AdversarialDebiasingConstants {
    /// α, the weight of the adversary's gradient subtracted from the classifier's (`adversary_loss_weight`).
    public static let adversaryLossWeight = 0.1
    /// Passes over the training rows (`num_epochs`).
    public static let epochs = 50
    /// Rows per step; the last partial batch of an epoch is dropped, as AIF360 does (`batch_size`).
    public static let batchSize = 128
    /// Units of the classifier's one hidden ReLU layer (`classifier_num_hidden_units`).
    public static let hiddenUnits = 200
    /// The share of hidden units kept by dropout while training (`keep_prob` 0.8; kept units are
    /// scaled by 1/0.8, as TensorFlow's dropout does).
    public static let keepProbability = 0.8
    /// Adam's learning rate 0.001, multiplied by 0.96 every 1000 classifier steps (staircase decay).
    public static let learningRate = 0.001
    public static let decayRate = 0.96
    public static let decaySteps = 1000
    /// Adam's β₁, β₂ and ε (TensorFlow's defaults).
    public static let adamBeta1 = 0.9
    public static let adamBeta2 = 0.999
    public static let adamEpsilon = 1e-8
    /// The adversary's c starts at 1: it reads σ((1 + |c|) · logit).
    public static let adversaryInitialC = 1.0
    /// Added to a gradient's norm before normalising it (float32's smallest normal, as AIF360).
    public static let normTiny = 1.1754943508222875e-38
}
