/// The `model` section of a pipeline file: one of the classifier records, chosen by its `kind`.
enum ClassifierRecord: Codable, Equatable {
    case logisticRegression(LogisticRegressionRecord)
    case decisionTree(DecisionTreeRecord)
    case gaussianNaiveBayes(GaussianNaiveBayesRecord)
    case dummyClassifier(DummyClassifierRecord)

    /// The kinds a `model` section may have.
    static let kinds: [ModelFile.Kind] = [.logisticRegression, .decisionTree, .gaussianNaiveBayes, .dummyClassifier]

    private enum KindKey: String, CodingKey { case kind }

    init(from decoder: any Decoder) throws {
        let text = try decoder.container(keyedBy: KindKey.self).decode(String.self, forKey: .kind)
        switch ModelFile.Kind(rawValue: text) {
        case .logisticRegression?: self = .logisticRegression(try LogisticRegressionRecord(from: decoder))
        case .decisionTree?: self = .decisionTree(try DecisionTreeRecord(from: decoder))
        case .gaussianNaiveBayes?: self = .gaussianNaiveBayes(try GaussianNaiveBayesRecord(from: decoder))
        case .dummyClassifier?: self = .dummyClassifier(try DummyClassifierRecord(from: decoder))
        default:
            throw ModelFileError.wrongKind(field: ModelFile.path(decoder.codingPath, "kind"), found: text, expected: Self.kinds.map(\.rawValue))
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .logisticRegression(let r): try r.encode(to: encoder)
        case .decisionTree(let r): try r.encode(to: encoder)
        case .gaussianNaiveBayes(let r): try r.encode(to: encoder)
        case .dummyClassifier(let r): try r.encode(to: encoder)
        }
    }

    /// The record of a fitted FairKit classifier; another classifier cannot be saved.
    init(_ classifier: any Classifier) throws {
        switch classifier {
        case let model as LogisticRegression: self = .logisticRegression(try LogisticRegressionRecord(model))
        case let model as DecisionTree: self = .decisionTree(try DecisionTreeRecord(model))
        case let model as GaussianNaiveBayes: self = .gaussianNaiveBayes(try GaussianNaiveBayesRecord(model))
        case let model as DummyClassifier: self = .dummyClassifier(try DummyClassifierRecord(model))
        default: throw ModelFileError.unsupportedModel("\(type(of: classifier))")
        }
    }

    /// The classifier, checked against `featureNames` (the encoder's features): one coefficient,
    /// mean or usable feature index per feature.
    func classifier(at path: [any CodingKey], featureNames: [String]) throws -> any Classifier {
        let n = featureNames.count
        func check(_ count: Int, _ field: String) throws {
            guard count == n else {
                throw ModelFileError.featureCountMismatch(field: ModelFile.path(path, field), expected: n, got: count, features: featureNames)
            }
        }
        switch self {
        case .logisticRegression(let r):
            try check(r.coefficients.count, "coefficients")
            return try r.model(at: path)
        case .decisionTree(let r):
            try check(r.featureCount, "feature_count")
            return try r.model(at: path)
        case .gaussianNaiveBayes(let r):
            let model = try r.model(at: path)
            try check(r.featureCount, "means[0]")
            return model
        case .dummyClassifier(let r):
            return try r.model(at: path)
        }
    }
}
