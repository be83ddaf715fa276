import Foundation

/// Adversarial debiasing (Zhang, Lemoine & Mitchell, "Mitigating unwanted biases with adversarial
/// learning", AIES 2018), as AIF360 0.6.1's `AdversarialDebiasing` builds it, written here without
/// an ML library. A classifier network (the features → one hidden ReLU layer of 200 units with
/// dropout → a logit ℓ, P(y = 1) = σ(ℓ)) is trained against an adversary that reads
/// s = σ((1 + |c|) ℓ) and the true label and predicts the protected attribute z:
///   â = σ(u₁ s + u₂ s y + u₃ s (1 − y) + b)
/// (the equalized-odds form of the paper, which AIF360 always uses). Each step, on a batch:
/// the adversary's loss L_A (cross-entropy of â against z) and the classifier's L_P (cross-entropy
/// of σ(ℓ) against y) are differentiated with respect to the classifier's weights, and for each
/// weight tensor W the classifier moves along
///   ∇_W L_P − proj_{∇_W L_A} ∇_W L_P − α ∇_W L_A
/// (the paper's projection term: no step that helps the adversary, and a push against it), then
/// the adversary takes its own step down ∇ L_A. Both use Adam.
///
/// Defaults (`AdversarialDebiasingConstants`, AIF360's): α = 0.1, 50 epochs, batches of 128 (the
/// last partial batch dropped), 200 hidden units, dropout keep probability 0.8, Adam with learning
/// rate 0.001 × 0.96^⌊step/1000⌋, Glorot-uniform initial weights, zero biases, c = 1.
/// `debias: false` trains the same classifier without the adversary's pull: the unconstrained
/// baseline AIF360's examples compare with (the adversary still trains beside it, reading its
/// predictions, so the two adversary losses can be compared). Everything random (initial weights, the batch order, dropout)
/// comes from `SeededGenerator(seed)`, so a fit is reproducible. Labels are P > ½.
///
/// AIF360's version needs TensorFlow, which the reference environment does not have, so the
/// numbers cannot be compared; its behaviour is checked instead (docs/fairkit-mitigation.md).
///
/// Worked example (the projection term, for one weight tensor): ∇L_P = (1, 1), ∇L_A = (1, 0):
/// the unit adversary direction is (1, 0), the projection removes (1, 0) · 1, leaving (0, 1), and
/// α = 0.1 subtracts 0.1 · (1, 0): the classifier moves along (−0.1, 1), which lowers its loss and
/// raises the adversary's.
public struct AdversarialDebiasing: Sendable {
    /// Mean losses over each epoch's batches.
    public struct Report: Sendable, Equatable {
        public let classifierLoss: [Double]
        /// The adversary's, trained in both modes (without `debias` it only watches).
        public let adversaryLoss: [Double]
    }

    /// The fitted classifier network: W₁ (features × hidden, row-major), b₁, w₂ (hidden), b₂.
    public struct Network: Sendable, Equatable {
        public var w1: [Double]
        public var b1: [Double]
        public var w2: [Double]
        public var b2: Double
        public var inputs: Int { w1.count / b1.count }
    }

    public struct Fitted: Sendable, Equatable {
        public let network: Network
        /// nil for a model read from a model file (it keeps the network, not the fit's history).
        public let report: Report?
    }

    public let privilegedValues: [String]
    public let adversaryLossWeight: Double
    public let epochs: Int
    public let batchSize: Int
    public let hiddenUnits: Int
    public let debias: Bool
    public let seed: UInt64
    public var fitted: Fitted?

    /// Stores and checks the settings (α ≥ 0, at least one epoch, batch and unit).
    public init(privilegedValues: [String], adversaryLossWeight: Double = AdversarialDebiasingConstants.adversaryLossWeight,
                epochs: Int = AdversarialDebiasingConstants.epochs, batchSize: Int = AdversarialDebiasingConstants.batchSize,
                hiddenUnits: Int = AdversarialDebiasingConstants.hiddenUnits, debias: Bool = true, seed: UInt64 = 0) throws {
        guard !privilegedValues.isEmpty else {
            throw MitigationError.invalidSetting(name: "privilegedValues", value: "[]", requirement: "the protected column's privileged values")
        }
        guard adversaryLossWeight >= 0, adversaryLossWeight.isFinite else {
            throw MitigationError.invalidSetting(name: "adversaryLossWeight", value: "\(adversaryLossWeight)", requirement: "a finite number >= 0")
        }
        for (name, value) in [("epochs", epochs), ("batchSize", batchSize), ("hiddenUnits", hiddenUnits)] where value < 1 {
            throw MitigationError.invalidSetting(name: name, value: "\(value)", requirement: "at least 1")
        }
        (self.privilegedValues, self.adversaryLossWeight, self.epochs, self.batchSize, self.hiddenUnits, self.debias, self.seed) =
            (privilegedValues, adversaryLossWeight, epochs, batchSize, hiddenUnits, debias, seed)
    }

    /// Trains on features `x`, labels `y` and the rows' `sensitive` groups (z = 1 privileged).
    public mutating func fit(_ x: Matrix, _ y: [Int], sensitive: SensitiveFeature) throws {
        typealias C = AdversarialDebiasingConstants
        fitted = nil
        try MitigationInput.check(count: x.rows, of: "the feature matrix", rows: y.count)
        let groups = try PrivilegedGroups(training: sensitive, privilegedValues: privilegedValues, labels: y,
                                          scores: [Double](repeating: 0, count: y.count))
        guard x.rows >= batchSize else {
            throw MitigationError.invalidSetting(name: "batchSize", value: "\(batchSize)", requirement: "at most the \(x.rows) training rows")
        }
        let z = groups.isPrivileged.map { $0 ? 1.0 : 0.0 }, labels = y.map(Double.init)
        var random = SeededGenerator(seed: seed)
        let d = x.columns, H = hiddenUnits
        let limit1 = (6 / Double(d + H)).squareRoot(), limit2 = (6 / Double(H + 1)).squareRoot(), limitU = (6 / 4.0).squareRoot()
        var net = Network(w1: (0..<(d * H)).map { _ in (2 * random.nextDouble() - 1) * limit1 }, b1: [Double](repeating: 0, count: H),
                          w2: (0..<H).map { _ in (2 * random.nextDouble() - 1) * limit2 }, b2: 0)
        var adversary = (0..<3).map { _ in (2 * random.nextDouble() - 1) * limitU } + [0, C.adversaryInitialC]   // u₁ u₂ u₃ b c
        var classifierAdam = [AdamOptimizer(count: d * H), AdamOptimizer(count: H), AdamOptimizer(count: H), AdamOptimizer(count: 1)]
        var adversaryAdam = AdamOptimizer(count: 5)
        var step = 0
        var classifierLosses: [Double] = [], adversaryLosses: [Double] = []
        for _ in 0..<epochs {
            let order = random.permutation(x.rows)
            var lossP = 0.0, lossA = 0.0
            let batches = x.rows / batchSize
            for b in 0..<batches {
                let batch = Array(order[(b * batchSize)..<((b + 1) * batchSize)])
                var pass = DebiasingPass(net: net, x: x, rows: batch, keep: C.keepProbability, random: &random)
                let n = Double(batch.count)
                // dL_P/dℓ_i = (σ(ℓ_i) − y_i)/n.
                let eP = batch.indices.map { (Self.sigmoid(pass.logits[$0]) - labels[batch[$0]]) / n }
                lossP += batch.indices.reduce(0) { $0 + Self.crossEntropy(logit: pass.logits[$1], label: labels[batch[$1]]) } / n
                var gP = pass.backward(eP)
                // The adversary trains in both modes (so the plain model's adversary loss can be
                // compared); only `debias` lets its gradient into the classifier's step.
                let (u, bias, c) = (Array(adversary[0..<3]), adversary[3], adversary[4])
                let k = 1 + abs(c)
                var eA = [Double](repeating: 0, count: batch.count)
                var gAdversary = [Double](repeating: 0, count: 5)
                for (i, row) in batch.enumerated() {
                    let l = pass.logits[i], s = Self.sigmoid(k * l), yy = labels[row]
                    let v = u[0] + u[1] * yy + u[2] * (1 - yy)
                    let a = s * v + bias
                    lossA += Self.crossEntropy(logit: a, label: z[row]) / n
                    let delta = (Self.sigmoid(a) - z[row]) / n
                    eA[i] = delta * v * s * (1 - s) * k
                    gAdversary[0] += delta * s
                    gAdversary[1] += delta * s * yy
                    gAdversary[2] += delta * s * (1 - yy)
                    gAdversary[3] += delta
                    gAdversary[4] += delta * v * s * (1 - s) * l * (c >= 0 ? 1 : -1)
                }
                if debias {
                    let gA = pass.backward(eA)
                    for t in gP.indices { gP[t] = Self.debiased(gP[t], adversary: gA[t], weight: adversaryLossWeight) }
                }
                let rate = Self.learningRate(step: step)
                step += 1
                Self.apply(&net, gP, &classifierAdam, rate: rate)
                adversaryAdam.step(&adversary, gAdversary, learningRate: rate)
            }
            classifierLosses.append(lossP / Double(batches))
            adversaryLosses.append(lossA / Double(batches))
        }
        fitted = Fitted(network: net, report: Report(classifierLoss: classifierLosses, adversaryLoss: adversaryLosses))
    }

    /// P(y = 1) of each row (no dropout).
    public func predictProbability(_ x: Matrix) throws -> [Double] {
        guard let fitted else { throw MitigationError.notFitted("AdversarialDebiasing") }
        return try Self.probabilities(fitted.network, x)
    }

    /// 1 where P(y = 1) > ½.
    public func predict(_ x: Matrix) throws -> [Int] {
        try predictProbability(x).map { $0 > 0.5 ? 1 : 0 }
    }

    /// P(y = 1) of `network` on `x` (the model file's `predictProbability` too).
    public static func probabilities(_ network: Network, _ x: Matrix) throws -> [Double] {
        guard x.columns == network.inputs else {
            throw MitigationError.lengthMismatch(what: "feature columns", expected: network.inputs, got: x.columns)
        }
        var none = SeededGenerator(seed: 0)
        let pass = DebiasingPass(net: network, x: x, rows: Array(0..<x.rows), keep: 1, random: &none)
        return pass.logits.map(sigmoid)
    }

    /// g − (g · â) â − α a, â = a / (‖a‖ + tiny): the paper's update for one weight tensor.
    static func debiased(_ g: [Double], adversary a: [Double], weight: Double) -> [Double] {
        let norm = a.reduce(0) { $0 + $1 * $1 }.squareRoot() + AdversarialDebiasingConstants.normTiny
        let projection = zip(g, a).reduce(0) { $0 + $1.0 * $1.1 / norm }
        return zip(g, a).map { $0 - projection * $1 / norm - weight * $1 }
    }

    static func learningRate(step: Int) -> Double {
        typealias C = AdversarialDebiasingConstants
        return C.learningRate * pow(C.decayRate, Double(step / C.decaySteps))
    }

    private static func apply(_ net: inout Network, _ g: [[Double]], _ adam: inout [AdamOptimizer], rate: Double) {
        adam[0].step(&net.w1, g[0], learningRate: rate)
        adam[1].step(&net.b1, g[1], learningRate: rate)
        adam[2].step(&net.w2, g[2], learningRate: rate)
        var b2 = [net.b2]
        adam[3].step(&b2, g[3], learningRate: rate)
        net.b2 = b2[0]
    }

    static func sigmoid(_ t: Double) -> Double { StableFunctions.logistic(t) }

    /// −[z log σ(a) + (1 − z) log(1 − σ(a))], computed stably as softplus(a) − z a.
    static func crossEntropy(logit a: Double, label z: Double) -> Double {
        StableFunctions.softplus(a) - z * a
    }
}

/// One forward pass of the classifier network over some rows (with a dropout mask when training),
/// kept for the backward passes of the step.
struct DebiasingPass {
    let net: AdversarialDebiasing.Network
    let x: Matrix
    let rows: [Int]
    /// Hidden activations after ReLU and dropout (scaled by 1/keep), row by row.
    var hidden: [[Double]]
    /// 1/keep where a unit is kept and active, 0 otherwise: ∂(hidden)/∂(pre-activation).
    var gate: [[Double]]
    var logits: [Double]

    init(net: AdversarialDebiasing.Network, x: Matrix, rows: [Int], keep: Double, random: inout SeededGenerator) {
        (self.net, self.x, self.rows) = (net, x, rows)
        let H = net.b1.count
        hidden = []
        gate = []
        logits = []
        hidden.reserveCapacity(rows.count)
        for row in rows {
            var pre = net.b1
            x.withRow(row) { r in
                for k in 0..<r.count where r[k] != 0 {
                    let xk = r[k], base = k * H
                    for j in 0..<H { pre[j] += xk * net.w1[base + j] }
                }
            }
            var g = [Double](repeating: 0, count: H)
            for j in 0..<H {
                let kept = keep >= 1 || random.nextDouble() < keep
                if pre[j] > 0, kept { g[j] = 1 / keep } else { pre[j] = 0 }
                pre[j] *= g[j]
            }
            var l = net.b2
            for j in 0..<H { l += pre[j] * net.w2[j] }
            hidden.append(pre)
            gate.append(g)
            logits.append(l)
        }
    }

    /// The gradients [∂/∂W₁, ∂/∂b₁, ∂/∂w₂, ∂/∂b₂] of a loss whose derivative with respect to
    /// each row's logit is `e`.
    func backward(_ e: [Double]) -> [[Double]] {
        let H = net.b1.count
        var w1 = [Double](repeating: 0, count: net.w1.count), b1 = [Double](repeating: 0, count: H)
        var w2 = [Double](repeating: 0, count: H), b2 = 0.0
        for (i, row) in rows.enumerated() where e[i] != 0 {
            b2 += e[i]
            var dPre = [Double](repeating: 0, count: H)
            for j in 0..<H {
                w2[j] += e[i] * hidden[i][j]
                dPre[j] = e[i] * net.w2[j] * gate[i][j]
                b1[j] += dPre[j]
            }
            x.withRow(row) { r in
                for k in 0..<r.count where r[k] != 0 {
                    let xk = r[k], base = k * H
                    for j in 0..<H { w1[base + j] += xk * dPre[j] }
                }
            }
        }
        return [w1, b1, w2, [b2]]
    }
}
