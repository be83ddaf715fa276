/// The result of every metric in FairKit: a number, or "undefined" with the reason.
///
/// Metrics divide by counts that can be zero (a group with no positives has no true positive
/// rate; a ratio over a zero rate has no value). Fairlearn and AIF360 return NaN or raise in such
/// cases, or silently print 0; FairKit says which quantity was zero and why, so a report can show it.
public enum MetricValue: Sendable, Hashable, CustomStringConvertible {
    case value(Double)
    case undefined(reason: String)

    /// The number, or `nil` when undefined.
    public var number: Double? {
        if case .value(let x) = self { return x }
        return nil
    }

    public var isDefined: Bool { number != nil }

    /// The reason the value is undefined, or `nil` when it is defined.
    public var undefinedReason: String? {
        if case .undefined(let reason) = self { return reason }
        return nil
    }

    /// `numerator / denominator`, undefined with `reason` when the denominator is zero.
    public static func ratio(_ numerator: Double, _ denominator: Double, undefinedWhenZero reason: @autoclosure () -> String) -> MetricValue {
        denominator == 0 ? .undefined(reason: reason()) : .value(numerator / denominator)
    }

    /// Applies `transform` to a defined value; an undefined value passes through with its reason.
    public func map(_ transform: (Double) -> Double) -> MetricValue {
        switch self {
        case .value(let x): return .value(transform(x))
        case .undefined: return self
        }
    }

    /// Combines two values; if either is undefined the result is undefined, with the first reason.
    public static func combine(_ a: MetricValue, _ b: MetricValue, _ f: (Double, Double) -> MetricValue) -> MetricValue {
        switch (a, b) {
        case let (.value(x), .value(y)): return f(x, y)
        case (.undefined, _): return a
        case (_, .undefined): return b
        }
    }

    /// `a - b`, undefined if either is.
    public static func difference(_ a: MetricValue, _ b: MetricValue) -> MetricValue {
        combine(a, b) { .value($0 - $1) }
    }

    /// `a / b`, undefined if either is or when `b` is zero.
    public static func quotient(_ a: MetricValue, _ b: MetricValue, _ what: @autoclosure () -> String = "the denominator") -> MetricValue {
        combine(a, b) { x, y in ratio(x, y, undefinedWhenZero: "\(what()) is 0") }
    }

    public var description: String {
        switch self {
        case .value(let x): return String(x)
        case .undefined(let reason): return "undefined (\(reason))"
        }
    }
}

extension MetricValue: Codable {
    private enum CodingKeys: String, CodingKey { case value, undefined }

    /// JSON: `{"value": 0.25}` when defined, `{"value": null, "undefined": "reason"}` when not.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .value(let x):
            try container.encode(x, forKey: .value)
        case .undefined(let reason):
            try container.encodeNil(forKey: .value)
            try container.encode(reason, forKey: .undefined)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let x = try container.decodeIfPresent(Double.self, forKey: .value) {
            self = .value(x)
        } else {
            self = .undefined(reason: try container.decode(String.self, forKey: .undefined))
        }
    }
}
