/// The candidate closest to `name` by edit distance, if it is close enough to be a likely typo.
/// Public so that the workbench's "did you mean" suggestions (commands, options, exercise ids)
/// use the same rule as column names.
public func nearestName(to name: String, in candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let d = editDistance(target, Array(candidate.lowercased()))
        if d < (best?.distance ?? Int.max) { best = (candidate, d) }
    }
    guard let best, best.distance <= max(2, target.count / 3) else { return nil }
    return best.name
}

/// Levenshtein distance between two character arrays.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in stride(from: 1, through: b.count, by: 1) {
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
