/// A group of rows defined by the values of protected attributes, as AIF360 defines its privileged
/// and unprivileged groups: conditions joined by OR, each condition attribute = value pairs joined
/// by AND.
///
/// AIF360's `[{'sex': 1, 'age': 1}, {'sex': 0}]` is
/// `ProtectedGroup(anyOf: [["sex": "1", "age": "1"], ["sex": "0"]])`, the rows where
/// (sex = 1 and age = 1) or sex = 0. A set of values of one attribute is
/// `.attribute("race", in: ["Black", "Other"])`.
public struct ProtectedGroup: Sendable, Hashable, CustomStringConvertible {
    /// The conditions, joined by OR; each maps attribute names to a required value.
    public let anyOf: [[String: String]]

    public init(anyOf: [[String: String]]) {
        self.anyOf = anyOf
    }

    /// The rows whose `attribute` is one of `values`.
    public static func attribute(_ attribute: String, in values: [String]) -> ProtectedGroup {
        ProtectedGroup(anyOf: values.map { [attribute: $0] })
    }

    /// "(race=White, sex=Male) or (age=old)".
    public var description: String {
        anyOf.map { condition in
            "(" + condition.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + ")"
        }.joined(separator: " or ")
    }

    /// Which rows of `features` belong to the group. An unknown attribute or value is an error
    /// naming the ones there are.
    public func members(in features: [SensitiveFeature]) throws -> [Bool] {
        guard let rowCount = features.first?.count else {
            throw MetricError.invalidArgument("the group \(self) needs the protected attributes it names; none were given")
        }
        if anyOf.isEmpty || anyOf.contains(where: \.isEmpty) {
            throw MetricError.invalidArgument("a protected group needs at least one attribute = value condition in each alternative")
        }
        var members = [Bool](repeating: false, count: rowCount)
        for condition in anyOf {
            let required = try condition.map { name, value -> (codes: [Int32], code: Int32) in
                guard let feature = features.first(where: { $0.name == name }) else {
                    throw TableError.unknownColumn(name, available: features.map(\.name))
                }
                return (feature.codes, try feature.code(of: value))
            }
            for row in 0..<rowCount where !members[row] {
                members[row] = required.allSatisfy { $0.codes[row] == $0.code }
            }
        }
        return members
    }
}
