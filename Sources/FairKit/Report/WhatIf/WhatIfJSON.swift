/// The small JSON the what-if page embeds, written by hand so that every number is the shortest
/// text that reads back to the same 64-bit value (JavaScript's `JSON.parse` then holds exactly the
/// doubles FairKit holds) and whole numbers lose their ".0" (the data stays compact).
///
/// Strings escape `<`, `>`, `&` and U+2028/U+2029 as `\uXXXX`, so a value such as
/// `</script><script>alert(1)</script>` stays text inside the page's
/// `<script type="application/json">` block.
///
/// Example: `.object([("a", .numbers([1, 0.5])), ("b", .string("<x>"))])` renders as
/// `{"a":[1,0.5],"b":"\u003cx\u003e"}`.
indirect enum WhatIfJSON: Sendable {
    case number(Double)
    case int(Int)
    case string(String)
    case bool(Bool)
    case null
    case numbers([Double])
    case ints([Int])
    case strings([String])
    case array([WhatIfJSON])
    case object([(String, WhatIfJSON)])

    func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch self {
        case .number(let x): out += Self.number(x)
        case .int(let i): out += String(i)
        case .string(let s): Self.string(s, into: &out)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .numbers(let xs): list(xs, into: &out) { $1 += Self.number($0) }
        case .ints(let xs): list(xs, into: &out) { $1 += String($0) }
        case .strings(let xs): list(xs, into: &out) { Self.string($0, into: &$1) }
        case .array(let xs): list(xs, into: &out) { $0.render(into: &$1) }
        case .object(let pairs):
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                Self.string(key, into: &out)
                out += ":"
                value.render(into: &out)
            }
            out += "}"
        }
    }

    private func list<T>(_ items: [T], into out: inout String, _ write: (T, inout String) -> Void) {
        out += "["
        for (i, item) in items.enumerated() {
            if i > 0 { out += "," }
            write(item, &out)
        }
        out += "]"
    }

    /// Swift's shortest round-trip form ("0.1", "1e-05"), whole numbers below 2^53 without ".0";
    /// non-finite numbers (never written by a valid model or table) become null.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded(), abs(x) < 9_007_199_254_740_992, !(x == 0 && x.sign == .minus) { return String(Int64(x)) }
        return "\(x)"
    }

    static func string(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": out += "\\u" + hex4(scalar.value)
            default:
                if scalar.value < 0x20 { out += "\\u" + hex4(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
