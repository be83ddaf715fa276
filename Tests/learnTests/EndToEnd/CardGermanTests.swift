import FairKit
import Foundation
import XCTest

/// `learn card` on German Credit through the built binary (rows 0..699 to train, 700..999 to
/// evaluate): its audit is the one `learn predict` then `learn audit` give on the same rows, and
/// its model details are the model file's. FAIRWORK_SCREENSHOTS=folder keeps the cards there.
final class CardGermanTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try GermanSplitFolder.make("learn-card-german")
    }

    override func tearDownWithError() throws {
        if let keep = ProcessInfo.processInfo.environment["FAIRWORK_SCREENSHOTS"] {
            for name in ["card.html", "card.md", "train.csv", "test.csv", "german.model.json"] {
                let target = URL(fileURLWithPath: keep).appendingPathComponent("german-" + name)
                try? FileManager.default.removeItem(at: target)
                try? FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: target)
            }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    func learn(_ arguments: String...) throws -> LearnRun { try LearnRun.run(arguments, in: folder) }

    func testCardAuditIsPredictThenAudit() throws {
        let train = try learn("train", "--data", "train.csv", "--label", "credit", "--positive", "good", "--protected", "sex,age_group",
                              "--out", "german.model.json")
        XCTAssertEqual(train.exitCode, 0, train.stderr)
        try Data("""
            developers: Fairwork course
            primary_intended_uses: Teaching how a model card is read.
            out_of_scope_uses:
              - Any real credit decision
            """.utf8).write(to: folder.appendingPathComponent("use.yaml"))
        let card = try learn("card", "--model", "german.model.json", "--data", "test.csv", "--protected", "sex,age_group",
                             "--intended-use", "use.yaml", "--format", "json")
        XCTAssertEqual(card.exitCode, 0, card.stderr)
        for out in ["card.html", "card.md"] {
            let run = try learn("card", "--model", "german.model.json", "--data", "test.csv", "--protected", "sex,age_group",
                                "--intended-use", "use.yaml", "--out", out)
            XCTAssertEqual(run.exitCode, 0, run.stderr)
        }
        XCTAssertEqual(try learn("predict", "--model", "german.model.json", "--data", "test.csv", "--out", "scored.csv").exitCode, 0)
        let audit = try learn("audit", "--data", "scored.csv", "--label", "credit", "--positive", "good", "--prediction", "prediction",
                              "--protected", "sex,age_group", "--format", "json")
        XCTAssertEqual(audit.exitCode, 0, audit.stderr)
        let cardJSON = try JSONSerialization.jsonObject(with: Data(card.stdout.utf8)) as? [String: Any]
        let auditJSON = try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any]
        let mine = try XCTUnwrap(cardJSON?["audit"] as? [String: Any])
        let theirs = try XCTUnwrap(auditJSON?["audit"] as? [String: Any])
        // Same sections, groups and numbers; only the source (which file and column) differs.
        XCTAssertEqual(mine["sections"] as? NSArray, theirs["sections"] as? NSArray)
        XCTAssertEqual(mine["flags"] as? NSArray, theirs["flags"] as? NSArray)
        let model = try XCTUnwrap(cardJSON?["model"] as? [String: Any])
        XCTAssertEqual(model["encoded_feature_count"] as? Int, 59, "9 pass-through columns and 50 indicators, as learn train reports")
        XCTAssertEqual((model["provenance"] as? [String: Any])?["training_rows"] as? Int, 700)
        XCTAssertEqual((cardJSON?["completeness"] as? [String: Any])?["written"] as? [String],
                       ["developers", "primary_intended_uses", "out_of_scope_uses"])
    }

    /// A mitigated model file gets a card too: its mitigation is among the model details, and its
    /// audit is of learn predict's seeded decisions.
    func testCardOfAMitigatedModel() throws {
        let mitigate = try learn("mitigate", "--data", "train.csv", "--test", "test.csv", "--label", "credit", "--positive", "good",
                                 "--protected", "age_group", "--exclude", "sex", "--method", "exponentiated-gradient", "--out", "m.json")
        XCTAssertEqual(mitigate.exitCode, 0, mitigate.stderr)
        let card = try learn("card", "--model", "m.json", "--data", "test.csv", "--protected", "age_group", "--format", "json")
        XCTAssertEqual(card.exitCode, 0, card.stderr)
        let model = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(card.stdout.utf8)) as? [String: Any])?["model"] as? [String: Any])
        XCTAssertEqual(model["kind"] as? String, "mitigated_pipeline")
        XCTAssertEqual((model["mitigation"] as? [String: Any])?["method"] as? String, "exponentiated_gradient")
        XCTAssertEqual(try learn("predict", "--model", "m.json", "--data", "test.csv", "--out", "scored.csv").exitCode, 0)
        let audit = try learn("audit", "--data", "scored.csv", "--label", "credit", "--positive", "good", "--prediction", "prediction",
                              "--protected", "age_group", "--format", "json")
        let cardAudit = (try JSONSerialization.jsonObject(with: Data(card.stdout.utf8)) as? [String: Any])?["audit"] as? [String: Any]
        let plainAudit = (try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])?["audit"] as? [String: Any]
        XCTAssertEqual(cardAudit?["sections"] as? NSArray, plainAudit?["sections"] as? NSArray)
    }
}
