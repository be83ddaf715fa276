extension CounterfactualSearch {
    /// Each column's level ranks under `levelOrders` (nil where a column has none), after checking
    /// that every order belongs to a category column marked `increaseOnly` or `decreaseOnly`, names
    /// each of its levels exactly once and nothing else, and that every monotone category column
    /// has an order (its levels have no order of their own: "A65" is not above "A64" because it
    /// sorts after it). Example: savings with levels [high, low, none] and the order
    /// [none, low, high] gives ranks [2, 1, 0].
    static func checkLevelOrders(_ orders: [String: [String]], constraints: [String: Constraint],
                                 columns: [ColumnView]) throws -> [[Int]?] {
        for name in orders.keys where !columns.contains(where: { $0.name == name }) {
            throw ExplainError.invalidSetting(name: "level order", value: name,
                                              requirement: "a source column: \(columns.map(\.name).joined(separator: ", "))")
        }
        return try columns.map { column in
            let monotone = constraints[column.name] == .increaseOnly || constraints[column.name] == .decreaseOnly
            guard case .categorical(_, let levels) = column.kind else {
                if orders[column.name] != nil {
                    throw ExplainError.invalidSetting(name: "level order of \(column.name)", value: "given",
                                                      requirement: "only category columns take an order; a numeric column is ordered by its values")
                }
                return nil
            }
            guard let order = orders[column.name] else {
                if monotone {
                    throw ExplainError.invalidSetting(
                        name: "\(constraints[column.name]?.rawValue ?? "") \(column.name)", value: "a category without an order",
                        requirement: "give the order of its levels, lowest first (\(levels.joined(separator: ", ")))")
                }
                return nil
            }
            guard monotone else {
                throw ExplainError.invalidSetting(name: "level order of \(column.name)", value: "given",
                                                  requirement: "an order only matters for a column that may only rise or only fall; mark it increase-only or decrease-only")
            }
            var seen = Set<String>()
            for level in order {
                guard levels.contains(level) else {
                    throw ExplainError.invalidSetting(name: "level order of \(column.name)", value: "'\(level)'",
                                                      requirement: "not a level of \(column.name); its levels are \(levels.joined(separator: ", "))")
                }
                guard seen.insert(level).inserted else {
                    throw ExplainError.invalidSetting(name: "level order of \(column.name)", value: "'\(level)'",
                                                      requirement: "each level once; '\(level)' is named twice")
                }
            }
            let missing = levels.filter { !seen.contains($0) }
            guard missing.isEmpty else {
                throw ExplainError.invalidSetting(name: "level order of \(column.name)", value: missing.map { "'\($0)'" }.joined(separator: ", "),
                                                  requirement: "the order must place every level of \(column.name); add the missing ones")
            }
            return levels.map { level in order.firstIndex(of: level) ?? 0 }
        }
    }
}
