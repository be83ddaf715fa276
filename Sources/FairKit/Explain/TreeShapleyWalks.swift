/// Path-dependent Tree SHAP, Algorithm 2 of Lundberg et al. (Nature Machine Intelligence 2020),
/// transcribed from shap's `tree_shap_recursive` (C++): the recursion keeps, for the unique
/// features on the current path, the fraction of "zero" paths (feature absent: the child's share of
/// the cover) and "one" paths (feature present: 1 if x goes this way), and the permutation weights
/// of every subset size; at a leaf each feature's contribution is the unwound weight sum times
/// (one − zero) times the leaf value.
struct PathDependentTreeWalk {
    struct Element {
        var feature = -1
        var zero = 0.0
        var one = 0.0
        var weight = 0.0
    }

    let nodes: [TreeNode]
    let leafValue: [Double]
    var phi: [Double]
    /// Path segments, one per recursion level, laid end to end (shap's layout): level d starts
    /// where level d − 1's path ends.
    private var buffer: [Element]
    private var x: [Double] = []

    init(nodes: [TreeNode], leafValue: [Double], featureCount: Int, depth: Int) {
        self.nodes = nodes
        self.leafValue = leafValue
        self.phi = [Double](repeating: 0, count: featureCount)
        // Level d holds d + 1 elements: (depth + 2)(depth + 3) / 2 in all.
        self.buffer = [Element](repeating: Element(), count: (depth + 2) * (depth + 3) / 2)
    }

    /// Sets `phi` to the attributions of x.
    mutating func run(_ x: [Double]) {
        self.x = x
        for i in phi.indices { phi[i] = 0 }
        recurse(node: 0, start: 0, uniqueDepth: 0, zero: 1, one: 1, feature: -1, parentStart: nil)
    }

    private mutating func recurse(node: Int, start: Int, uniqueDepth: Int, zero: Double, one: Double, feature: Int,
                                  parentStart: Int?) {
        var uniqueDepth = uniqueDepth
        if let parentStart {
            for i in 0..<uniqueDepth { buffer[start + i] = buffer[parentStart + i] }
        }
        extend(start, uniqueDepth, zero, one, feature)
        guard let split = nodes[node].split else {
            if uniqueDepth > 0 {
                for i in 1...uniqueDepth {
                    let e = buffer[start + i]
                    phi[e.feature] += unwoundSum(start, uniqueDepth, i) * (e.one - e.zero) * leafValue[node]
                }
            }
            return
        }
        let (hot, cold) = x[split.feature] <= split.threshold ? (split.left, split.right) : (split.right, split.left)
        let cover = nodes[node].weightedSamples
        var incomingZero = 1.0, incomingOne = 1.0
        if uniqueDepth > 0, let k = (1...uniqueDepth).first(where: { buffer[start + $0].feature == split.feature }) {
            incomingZero = buffer[start + k].zero
            incomingOne = buffer[start + k].one
            unwind(start, uniqueDepth, k)
            uniqueDepth -= 1
        }
        let next = start + uniqueDepth + 1
        recurse(node: hot, start: next, uniqueDepth: uniqueDepth + 1, zero: nodes[hot].weightedSamples / cover * incomingZero,
                one: incomingOne, feature: split.feature, parentStart: start)
        recurse(node: cold, start: next, uniqueDepth: uniqueDepth + 1, zero: nodes[cold].weightedSamples / cover * incomingZero,
                one: 0, feature: split.feature, parentStart: start)
    }

    private mutating func extend(_ s: Int, _ d: Int, _ zero: Double, _ one: Double, _ feature: Int) {
        buffer[s + d] = Element(feature: feature, zero: zero, one: one, weight: d == 0 ? 1 : 0)
        var i = d - 1
        while i >= 0 {
            buffer[s + i + 1].weight += one * buffer[s + i].weight * Double(i + 1) / Double(d + 1)
            buffer[s + i].weight = zero * buffer[s + i].weight * Double(d - i) / Double(d + 1)
            i -= 1
        }
    }

    private mutating func unwind(_ s: Int, _ d: Int, _ k: Int) {
        let one = buffer[s + k].one, zero = buffer[s + k].zero
        var nextOne = buffer[s + d].weight
        var i = d - 1
        while i >= 0 {
            if one != 0 {
                let saved = buffer[s + i].weight
                buffer[s + i].weight = nextOne * Double(d + 1) / (Double(i + 1) * one)
                nextOne = saved - buffer[s + i].weight * zero * Double(d - i) / Double(d + 1)
            } else {
                buffer[s + i].weight = buffer[s + i].weight * Double(d + 1) / (zero * Double(d - i))
            }
            i -= 1
        }
        for j in k..<d {
            buffer[s + j].feature = buffer[s + j + 1].feature
            buffer[s + j].zero = buffer[s + j + 1].zero
            buffer[s + j].one = buffer[s + j + 1].one
        }
    }

    private func unwoundSum(_ s: Int, _ d: Int, _ k: Int) -> Double {
        let one = buffer[s + k].one, zero = buffer[s + k].zero
        var nextOne = buffer[s + d].weight
        var total = 0.0
        var i = d - 1
        while i >= 0 {
            if one != 0 {
                let t = nextOne * Double(d + 1) / (Double(i + 1) * one)
                total += t
                nextOne = buffer[s + i].weight - t * zero * Double(d - i) / Double(d + 1)
            } else if zero != 0 {
                total += buffer[s + i].weight / zero / (Double(d - i) / Double(d + 1))
            }
            i -= 1
        }
        return total
    }
}

/// Interventional Tree SHAP for one (x, background row) pair: walks both paths at once, splitting
/// only where x and b go different ways (see `TreeShapley`'s doc comment for the leaf formula).
struct InterventionalTreeWalk {
    let nodes: [TreeNode]
    let leafValue: [Double]
    /// Per feature: 0 not yet split on differently, 1 taken from x, 2 taken from b.
    private var state: [UInt8]
    private var fromX: [Int] = []
    private var fromB: [Int] = []
    /// weight[a][c] = a! c! / (a + c + 1)!
    private let weight: [[Double]]

    init(nodes: [TreeNode], leafValue: [Double], featureCount: Int, depth: Int) {
        self.nodes = nodes
        self.leafValue = leafValue
        self.state = [UInt8](repeating: 0, count: featureCount)
        // At most one split feature per level is in U or V.
        let n = depth + 1
        var w = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for a in 0..<n {
            for c in 0..<n {
                // a! c! / (a + c + 1)! = 1 / ((a + c + 1) · C(a + c, a))
                w[a][c] = 1 / (Double(a + c + 1) * binomial(a + c, a))
            }
        }
        self.weight = w
    }

    /// Adds w times the attributions of x against b to `phi`.
    mutating func run(_ x: [Double], _ b: [Double], weight w: Double, into phi: inout [Double]) {
        recurse(0, x, b, w, &phi)
    }

    private mutating func recurse(_ node: Int, _ x: [Double], _ b: [Double], _ w: Double, _ phi: inout [Double]) {
        guard let split = nodes[node].split else {
            let v = leafValue[node] * w
            let (a, c) = (fromX.count, fromB.count)
            if a > 0 { for f in fromX { phi[f] += v * weight[a - 1][c] } }
            if c > 0 { for f in fromB { phi[f] -= v * weight[a][c - 1] } }
            return
        }
        let f = split.feature
        let xChild = x[f] <= split.threshold ? split.left : split.right
        let bChild = b[f] <= split.threshold ? split.left : split.right
        switch state[f] {
        case 1: recurse(xChild, x, b, w, &phi)
        case 2: recurse(bChild, x, b, w, &phi)
        default:
            if xChild == bChild { recurse(xChild, x, b, w, &phi); return }
            state[f] = 1
            fromX.append(f)
            recurse(xChild, x, b, w, &phi)
            fromX.removeLast()
            state[f] = 2
            fromB.append(f)
            recurse(bChild, x, b, w, &phi)
            fromB.removeLast()
            state[f] = 0
        }
    }
}
