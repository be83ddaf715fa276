import Foundation

/// File names carrying the time they were made (`state.json.corrupt-20250101T120000Z`,
/// `seeded-split-20250101T120000Z.swift`): sortable, free of ':' and unique on disk.
enum TimestampedName {
    /// `20250101T120000Z`: the UTC time in ISO 8601 basic form.
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// `<base><stamp><suffix>`, or `<base><stamp>-2<suffix>` (-3, ...) when that path exists.
    static func unusedPath(base: String, at date: Date, suffix: String = "") -> String {
        let stem = base + stamp(date)
        var path = stem + suffix
        var number = 2
        while FileManager.default.fileExists(atPath: path) {
            path = "\(stem)-\(number)\(suffix)"
            number += 1
        }
        return path
    }
}
