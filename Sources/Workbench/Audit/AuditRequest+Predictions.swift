import FairKit
import Foundation

extension AuditRequest {
    /// The audit of a model's predictions (`learn predict`'s result on the labelled file `data`)
    /// by `protected` columns and their intersection, as `learn gate` and `learn card` make it:
    /// the model's label and positive value, the `prediction` column, `privileged` and `bins` in
    /// `learn audit`'s forms, and `metrics` (nil: the audit's defaults). A file that does not fit
    /// is `badInput` naming `data`.
    static func predictions(_ scored: PredictResult, data: String, protected: String, privileged: String?, bins: String?,
                            metrics: String? = nil) throws -> FairnessAudit {
        let request = AuditRequest(data: data, label: scored.label, prediction: PredictRequest.predictionColumn, positive: scored.positive,
                                   protected: protected, privileged: privileged, bins: bins, metrics: metrics)
        let (columns, options) = try request.resolved()
        do {
            return try FairnessAudit(table: scored.table, columns: columns, options: options, dataName: data)
        } catch {
            throw RequestFailure(.badInput, "\(data): \(error)")
        }
    }
}
