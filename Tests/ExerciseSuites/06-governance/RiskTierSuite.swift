// Hidden suite for exercise `risk-tier` (exercises/06-governance/01_risk_tier.swift).
// Expected tiers follow the four rules of the exercise's doc comment and the lesson's table, applied by hand.
// Equivalent mutant: `counts[tier.rawValue, default: 0]` with another default changes nothing, since every tier
// is already a key of the dictionary the solution starts from.

import XCTest
@testable import LearnerCode

final class RiskTierSuite: XCTest::XCTestCase {
    private func tier(_ domain: String, decides: Bool, public: Bool) -> RiskTier {
        riskTier(UseCase(domain: domain, decidesAboutPeople: decides, interactsWithPublic: `public`))
    }

    func testTheCourseBriefsHighRiskUses() {
        // Hiring, credit and diagnostic support that decide about people: rule 2, high.
        XCTest::XCTAssertEqual(tier("hiring", decides: true, public: false), .high, "a résumé screener that ranks applicants")
        XCTest::XCTAssertEqual(tier("credit", decides: true, public: false), .high, "a credit score for loan applicants")
        XCTest::XCTAssertEqual(tier("diagnostic-support", decides: true, public: false), .high,
                               "a model that flags patients for a diagnosis")
        XCTest::XCTAssertEqual(tier("law-enforcement", decides: true, public: true), .high,
                               "high beats limited: rule 2 comes before rule 3")
    }

    func testTheCourseBriefsLowRiskUses() {
        // Not prohibited, not a high-risk area, no public contact: rule 4, minimal.
        XCTest::XCTAssertEqual(tier("inventory-forecasting", decides: false, public: false), .minimal, "inventory forecasting")
        XCTest::XCTAssertEqual(tier("administrative-automation", decides: false, public: false), .minimal,
                               "administrative automation such as routing invoices")
        // Deciding about people outside the high-risk areas is not enough for high: rule 2 needs both.
        XCTest::XCTAssertEqual(tier("marketing", decides: true, public: false), .minimal,
                               "a marketing segmenter scores people but is not in a high-risk area")
    }

    func testAHighRiskAreaWithoutADecisionAboutPeopleIsNotHigh() {
        // Booking interview rooms is a narrow procedural task in the hiring area: rule 2 does not apply.
        XCTest::XCTAssertEqual(tier("hiring", decides: false, public: false), .minimal, "a hiring tool that books rooms")
        XCTest::XCTAssertEqual(tier("hiring", decides: false, public: true), .limited,
                               "a hiring chatbot that answers applicants' questions: rule 3, limited")
        XCTest::XCTAssertEqual(tier("customer-service", decides: false, public: true), .limited,
                               "a customer-service chatbot must say it is a machine: limited")
    }

    func testProhibitedPracticesWinWhateverElseIsTrue() {
        for (decides, isPublic) in [(false, false), (true, true), (true, false), (false, true)] {
            XCTest::XCTAssertEqual(tier("social-scoring", decides: decides, public: isPublic), .prohibited,
                                   "social scoring is prohibited (rule 1) with decides \(decides), public \(isPublic)")
        }
        XCTest::XCTAssertEqual(tier("emotion-recognition-at-work", decides: false, public: false), .prohibited,
                               "emotion recognition at work is prohibited")
    }

    func testDomainsAreTrimmedAndCaseIsIgnored() {
        XCTest::XCTAssertEqual(tier("  Hiring ", decides: true, public: false), .high, "\"  Hiring \" is the domain \"hiring\"")
        XCTest::XCTAssertEqual(tier("SOCIAL-SCORING", decides: false, public: false), .prohibited, "upper case is the same domain")
        XCTest::XCTAssertEqual(tier("", decides: true, public: false), .minimal, "an empty domain is in no list: minimal")
    }

    func testTierCountKeepsOrderAndCountsEveryTier() {
        // hiring/decides -> high; chatbot -> limited; inventory -> minimal; credit/decides -> high.
        let cases = [UseCase(domain: "hiring", decidesAboutPeople: true, interactsWithPublic: false),
                     UseCase(domain: "customer-service", decidesAboutPeople: false, interactsWithPublic: true),
                     UseCase(domain: "inventory-forecasting", decidesAboutPeople: false, interactsWithPublic: false),
                     UseCase(domain: "credit", decidesAboutPeople: true, interactsWithPublic: false)]
        let result = tierCount(cases)
        XCTest::XCTAssertEqual(result.tiers, [.high, .limited, .minimal, .high], "one tier per use case, in the given order")
        XCTest::XCTAssertEqual(result.counts, ["prohibited": 0, "high": 2, "limited": 1, "minimal": 1],
                               "counts per tier: 2 high, 1 limited, 1 minimal, and prohibited present with 0")
        XCTest::XCTAssertEqual(tierCount([]).counts, ["prohibited": 0, "high": 0, "limited": 0, "minimal": 0],
                               "no use cases: every tier is still a key, with 0")
        XCTest::XCTAssertEqual(tierCount([]).tiers, [], "no use cases: no tiers")
    }
}
