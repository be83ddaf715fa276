import FairKit
import Foundation

/// The in-processing methods of `learn mitigate` that train their own model on the pipeline's
/// encoded features instead of the base classifier: the prejudice remover (AIF360's, `--eta`) and
/// adversarial debiasing (AIF360's defaults, `--seed`). Both compare the `--privileged` group
/// with the rest.
extension MitigateRequest {
    func inprocess(_ train: Rows, _ compared: Rows, seed: UInt64) throws -> ([Double], [String], MitigatedPipeline.Mitigation) {
        let privileged = privileged.map(TrainRequest.list) ?? []
        if privileged.isEmpty {
            throw RequestFailure.usage("--privileged", "\(method) compares a privileged group with the rest: name its values, e.g. --privileged 'age > 25'")
        }
        if method == "prejudice-remover" {
            let eta = try self.eta.map { text -> Double in
                let value = try TrainRequest.number(text, option: "--eta", expected: "a number >= 0, such as 1")
                guard value >= 0 else { throw RequestFailure.usage("--eta", "'\(text)' is below 0") }
                return value
            } ?? PrejudiceRemoverConstants.eta
            var remover = try PrejudiceRemover(privilegedValues: privileged, eta: eta)
            try remover.fit(train.x, train.y, sensitive: train.sensitive)
            let report = remover.fitted?.report
            return (try remover.predictProbability(compared.x, sensitive: compared.sensitive), [
                String(format: "Prejudice remover (eta %g, C 1): objective %.4f (from %.4f at the per-group fits) after %d L-BFGS iterations; "
                       + "prejudice term %.4f.", eta, report?.objective ?? .nan, report?.startObjective ?? .nan, report?.iterations ?? 0,
                       report?.prejudiceTerm ?? .nan)],
                    .prejudiceRemover(remover))
        }
        if eta != nil { throw RequestFailure.usage("--eta", "applies to --method prejudice-remover only") }
        var model = try AdversarialDebiasing(privilegedValues: privileged, seed: seed)
        try model.fit(train.x, train.y, sensitive: train.sensitive)
        let report = model.fitted?.report
        return (try model.predictProbability(compared.x), [
            String(format: "Adversarial debiasing (alpha %g, %d epochs, batches of %d, %d hidden units, seed %llu): classifier loss %.4f, "
                   + "adversary loss %.4f in the last epoch.", model.adversaryLossWeight, model.epochs, model.batchSize, model.hiddenUnits, seed,
                   report?.classifierLoss.last ?? .nan, report?.adversaryLoss.last ?? .nan)],
                .adversarialDebiasing(model))
    }
}
