import FairKit

/// What `learn explain` was asked, as the command line wrote it (values still text, read and
/// checked in `ExplainRequest+Run`). Run it with `run(currentDirectory:)`.
public struct ExplainRequest: Sendable, Equatable {
    /// The explainers `--method` names.
    public enum Method: String, Sendable, CaseIterable {
        case exactShap = "exact-shap", kernelShap = "kernel-shap", linearShap = "linear-shap", treeShap = "tree-shap"
        case permutationShap = "permutation-shap", lime, counterfactual
        case permutationImportance = "permutation-importance", pdp

        /// Whether the method describes the model over all the rows rather than one row at a time.
        public var isGlobal: Bool { self == .permutationImportance || self == .pdp }
    }

    /// The model file: a pipeline (`learn train --out`) or a mitigated pipeline whose decision
    /// reads only the encoded features (`learn mitigate --out`, see ExplainRequest+Mitigated).
    public var model: String
    /// The CSV file holding the rows to explain.
    public var data: String
    /// Rows to explain, 0-based: "0,5,9-12" (default 0).
    public var rows: String?
    /// One of `Method` (default kernel-shap).
    public var method: String?
    /// A CSV file of background (reference) rows (default: the data file).
    public var background: String?
    /// At most this many background rows, a seeded sample (default 100).
    public var backgroundRows: String?
    /// Kernel SHAP's coalitions, permutation SHAP's pairs, LIME's neighbours.
    public var samples: String?
    /// The seed of every random choice (default 0).
    public var seed: String?
    /// "probability" (default) or "log-odds".
    public var output: String?
    /// How many columns to show per row, and LIME's K (default 5).
    public var top: String?
    /// Counterfactuals: columns that must not change / may only rise / may only fall.
    public var immutable: String?
    public var increaseOnly: String?
    public var decreaseOnly: String?
    /// Counterfactuals: the order of monotone category columns' levels, lowest first:
    /// "savings=none|low|high;employment=..." (`|` between levels, `;` between columns).
    public var levelOrder: String?
    /// Kernel SHAP: stop starting rows after this many seconds (the rest are reported, not explained).
    public var timeBudget: String?
    /// pdp: the source columns to vary, comma-separated (default every numeric column).
    public var features: String?
    /// permutation-importance: the performance metric id (default accuracy).
    public var metric: String?
    /// A code book for files of raw codes: a values_maps.json-style file, or "german" for the
    /// bundled German Credit one (`CodeBook`); values it lists read as its text.
    public var codeBook: String?

    public init(model: String, data: String, rows: String? = nil, method: String? = nil, background: String? = nil,
                backgroundRows: String? = nil, samples: String? = nil, seed: String? = nil, output: String? = nil,
                top: String? = nil, immutable: String? = nil, increaseOnly: String? = nil, decreaseOnly: String? = nil,
                timeBudget: String? = nil, features: String? = nil, metric: String? = nil, codeBook: String? = nil,
                levelOrder: String? = nil) {
        self.codeBook = codeBook
        self.levelOrder = levelOrder
        self.timeBudget = timeBudget
        self.features = features
        self.metric = metric
        self.model = model
        self.data = data
        self.rows = rows
        self.method = method
        self.background = background
        self.backgroundRows = backgroundRows
        self.samples = samples
        self.seed = seed
        self.output = output
        self.top = top
        self.immutable = immutable
        self.increaseOnly = increaseOnly
        self.decreaseOnly = decreaseOnly
    }

    /// Reads "savings=none|low|high;employment=a|b" as ["savings": ["none", "low", "high"], ...]
    /// (spaces around names trimmed); nil when a part has no "=", no level, or a column twice.
    static func levelOrders(_ text: String) -> [String: [String]]? {
        var out: [String: [String]] = [:]
        for part in text.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let equals = part.firstIndex(of: "=") else { return nil }
            let column = part[..<equals].trimmingCharacters(in: .whitespaces)
            let levels = part[part.index(after: equals)...].split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard !column.isEmpty, !levels.contains(""), out[column] == nil else { return nil }
            out[column] = levels
        }
        return out.isEmpty ? nil : out
    }

    /// Reads "0,5,9-12" as [0, 5, 9, 10, 11, 12]; nil when malformed.
    static func rowList(_ text: String) -> [Int]? {
        var out: [Int] = []
        for item in OptionValues.list(text) {
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            switch bounds.count {
            case 1:
                guard let r = bounds[0], r >= 0 else { return nil }
                out.append(r)
            case 2:
                guard let a = bounds[0], let b = bounds[1], a >= 0, a <= b else { return nil }
                out += Array(a...b)
            default:
                return nil
            }
        }
        return out.isEmpty ? nil : out
    }
}
