import FairKit
import Foundation

/// `learn explain --model` with a `mitigated_pipeline` file (`learn mitigate --out`): the
/// explainers see the mitigated model's P(positive) as a function of the base pipeline's encoded
/// features. For a randomised model (exponentiated gradient, grid search's mixture) that is
/// `predictProbability`, the chance of predicting 1, not one seeded draw; adversarial debiasing's
/// is its network's probability. Models that also read each row's group (the post-processors,
/// the prejudice remover, the correlation remover) are refused: the group is no feature the
/// explainers could perturb.
extension ExplainRequest {
    func explainedMitigated(_ mitigated: MitigatedPipeline, featureNames: [String], groups: FeatureGroups,
                            space: OutputSpace) throws -> ExplainedModel {
        guard let function = mitigated.encodedProbability else {
            throw RequestFailure(.badInput, "\(model): a \(mitigated.methodName) model reads each row's group ('\(mitigated.protectedColumn)') "
                                 + "besides its features, and the explainers cannot perturb it; explain the base model (learn train) or an "
                                 + "exponentiated-gradient, grid-search or adversarial-debiasing model instead")
        }
        switch space {
        case .probability:
            return try ExplainedModel(featureNames: featureNames, groups: groups, space: space, function: function)
        case .logOdds:
            return try ExplainedModel(featureNames: featureNames, groups: groups, space: space) { x in
                try function(x).map(ExplainedModel.clippedLogOdds)
            }
        }
    }

    /// The warning a randomised model's explanation carries.
    static func randomisedWarning(_ mitigated: MitigatedPipeline) -> String? {
        guard mitigated.isRandomised else { return nil }
        return "the \(mitigated.methodName) model is randomised: what is explained is P(positive) (its predictProbability, "
            + "the chance that predict says 1), not one seeded draw"
    }
}
