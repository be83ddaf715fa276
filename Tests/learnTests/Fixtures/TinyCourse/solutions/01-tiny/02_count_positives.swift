func countPositives(_ values: [Int]) -> Int {
    values.filter { $0 > 0 }.count
}
