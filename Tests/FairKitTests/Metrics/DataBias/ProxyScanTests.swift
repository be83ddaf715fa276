import XCTest
@testable import FairKit

/// Proxy scans of German Credit and Adult against scipy's Cramér's V, Bergsma's corrected V (its
/// formula), the correlation ratio from pandas' group means, and scikit-learn's NMI over the same
/// quantile bins (scripts/reference/databias_associations.py, which derives every number below).
final class ProxyScanTests: XCTestCase {
    private static let german = Result { try Dataset.germanCredit() }
    private static let adult = Result { try Dataset.adult() }

    /// (feature, V for categorical or η for numeric features, bias-corrected V or nil, NMI, rows used)
    private typealias Reference = (String, Double, Double?, Double, Int)

    private let germanSex: [Reference] = [
        ("status", 0.027237473809073168, 0.0, 0.00039845458508666766, 1000),
        ("month", 0.08143219415134836, nil, 0.003914120991198674, 1000),
        ("credit_history", 0.11609315567188505, 0.09738125790852352, 0.007831158227678563, 1000),
        ("purpose", 0.15163334116596558, 0.11831176115948185, 0.009334240865693661, 1000),
        ("credit_amount", 0.09348243679016609, nil, 0.006200062173605689, 1000),
        ("savings", 0.06702400423554736, 0.022106612840629283, 0.0025134417248704756, 1000),
        ("employment", 0.22294458308802095, 0.21388332097465074, 0.023340606970919196, 1000),
        ("investment_as_income_percentage", 0.08630171290720405, nil, 0.008764148260885096, 1000),
        ("personal_status", 1.0, 0.998997493482325, 0.7365537433647098, 1000),
        ("other_debtors", 0.013693786213037833, 0.0, 0.00019108578951072615, 1000),
        ("residence_since", 0.013817927075225528, nil, 0.006322675281270717, 1000),
        ("property", 0.09037575968245395, 0.07190236477587657, 0.004374513622501598, 1000),
        ("age", 0.16169415348003274, nil, 0.0292145691517233, 1000),
        ("installment_plans", 0.05230247858640612, 0.02709764346909793, 0.002398167694358457, 1000),
        ("housing", 0.23228210966879867, 0.22804612156499685, 0.036684153198268045, 1000),
        ("number_of_credits", 0.09425989293340782, nil, 0.00795059072825838, 1000),
        ("skill_level", 0.09114722168942405, 0.07287062825723765, 0.004953785613603358, 1000),
        ("people_liable_for", 0.2034311810208655, nil, 0.0473058869217108, 1000),
        ("telephone", 0.07596578967969558, 0.06909833253832715, 0.004505709653674485, 1000),
        ("foreign_worker", 0.051202141473921776, 0.040277564432537626, 0.003683836345380819, 1000),
    ]
    private let germanAgeGroup: [Reference] = [
        ("status", 0.13957967363190818, 0.12843673460303245, 0.011532383635452082, 1000),
        ("month", 0.007945743261301303, nil, 0.0028749179448535078, 1000),
        ("credit_history", 0.18935051481934193, 0.17855398875041925, 0.022599451728693085, 1000),
        ("purpose", 0.17731142892600618, 0.14984261444315727, 0.014345765609379954, 1000),
        ("credit_amount", 0.04598900720826483, nil, 0.001929736359356737, 1000),
        ("savings", 0.06465630084716828, 0.013289470344764808, 0.0026506661583644685, 1000),
        ("employment", 0.23115247453249071, 0.2224342352112176, 0.03101807906677847, 1000),
        ("investment_as_income_percentage", 0.061255667624436044, nil, 0.002355832459247775, 1000),
        ("personal_status", 0.2927658975333768, 0.2877355424213529, 0.05544750756642595, 1000),
        ("other_debtors", 0.0206801801070681, 0.0, 0.00048290432005046626, 1000),
        ("residence_since", 0.012824275664859944, nil, 0.004606103555846004, 1000),
        ("property", 0.12241635421864443, 0.10952062614643625, 0.0096724077795133, 1000),
        ("age", 0.5297178219819486, nil, 0.28637172091802765, 1000),
        ("installment_plans", 0.04735241365328856, 0.015507733790854558, 0.0022170010261659584, 1000),
        ("housing", 0.3096474451214705, 0.3065511473504341, 0.06803919143901849, 1000),
        ("number_of_credits", 0.13832166368063875, nil, 0.01768188723793205, 1000),
        ("skill_level", 0.16625395262424222, 0.15704158846444297, 0.02537124421134957, 1000),
        ("people_liable_for", 0.16516930203795913, nil, 0.03925992431850022, 1000),
        ("telephone", 0.16498610560766777, 0.16200520362180348, 0.024773158781550463, 1000),
        ("foreign_worker", 0.05442165321944058, 0.04430214422308966, 0.00555249771143733, 1000),
    ]
    private let adultSex: [Reference] = [
        ("age", 0.08812002181336667, nil, 0.005527625970291567, 48842),
        ("workclass", 0.14257493898889395, 0.14204230474842844, 0.014066402725389802, 46043),
        ("fnlwgt", 0.0277389975808254, nil, 0.0005840129987093896, 48842),
        ("education", 0.09324963195147196, 0.09158900912431839, 0.0034128214457623397, 48842),
        ("education-num", 0.009328017717674044, nil, 0.0024053696982549656, 48842),
        ("marital-status", 0.459453209296832, 0.4593242031842604, 0.11761640914324643, 48842),
        ("occupation", 0.4345028141170298, 0.43418242540482643, 0.06929968156572419, 46033),
        ("relationship", 0.6465422226089419, 0.6464696662777059, 0.25514746058919263, 48842),
        ("race", 0.11396826161096406, 0.11360955293436953, 0.010411188750265303, 48842),
        ("capital-gain", 0.04709405220821023, nil, 0.004582602662578073, 48842),
        ("capital-loss", 0.04548041883314923, nil, 0.0022254817992109223, 48842),
        ("hours-per-week", 0.22855979909118623, nil, 0.03311751346508483, 48842),
        ("native-country", 0.06038711262317859, 0.053038201251515864, 0.003164783443321317, 47985),
    ]
    private let adultRace: [Reference] = [
        ("age", 0.04261396165792154, nil, 0.0014297506211170966, 48842),
        ("workclass", 0.05938760024111618, 0.058095999751880865, 0.00987414907816218, 46043),
        ("fnlwgt", 0.14700350914469423, nil, 0.011303777595021195, 48842),
        ("education", 0.07298408769644608, 0.07085174073721387, 0.0076235780684532385, 48842),
        ("education-num", 0.10937172585722282, nil, 0.0072180897712890045, 48842),
        ("marital-status", 0.08300920275482453, 0.08226928006281803, 0.013721878281104175, 48842),
        ("occupation", 0.08096932944276804, 0.0792096286808866, 0.008836328497325222, 46033),
        ("relationship", 0.09751178423651514, 0.09698940907404979, 0.016307065537544293, 48842),
        ("sex", 0.11396826161096404, 0.11360955293436951, 0.010411188750265303, 48842),
        ("capital-gain", 0.024849000748774493, nil, 0.0012161834230623872, 48842),
        ("capital-loss", 0.025455576148499574, nil, 0.0008507580854703723, 48842),
        ("hours-per-week", 0.05034913919881473, nil, 0.0072812352466966575, 48842),
        ("native-country", 0.41475599380370454, 0.4137670780553969, 0.16722780434202184, 47985),
    ]

    /// Checks every feature of a scan, plain and bias-corrected, against the reference rows.
    private func check(_ table: Table, _ protected: String, features: [String], _ reference: [Reference]) throws {
        let scan = try table.proxyScan(for: protected, features: features)
        let corrected = try table.proxyScan(for: protected, features: features, biasCorrected: true)
        XCTAssertEqual(scan.features.count, reference.count)
        for (feature, value, correctedValue, nmi, rowsUsed) in reference {
            let entry = try XCTUnwrap(scan.features.first { $0.feature == feature }, feature)
            let correctedEntry = try XCTUnwrap(corrected.features.first { $0.feature == feature }, feature)
            // η is a sum over thousands of rows in both tools: 1e-9 relative; V and NMI agree closer.
            XCTAssertEqual(try XCTUnwrap(entry.value.number), value, accuracy: max(value * 1e-9, 1e-12), "\(protected) ~ \(feature)")
            XCTAssertEqual(try XCTUnwrap(entry.normalizedMutualInformation.number), nmi, accuracy: max(nmi * 1e-9, 1e-14), "\(protected) ~ \(feature) NMI")
            XCTAssertEqual(entry.rowsUsed, rowsUsed, feature)
            XCTAssertEqual(entry.rowsExcluded, table.rowCount - rowsUsed, feature)
            if let correctedValue {
                XCTAssertEqual(entry.measure, .cramersV, feature)
                XCTAssertEqual(correctedEntry.measure, .biasCorrectedCramersV, feature)
                XCTAssertEqual(try XCTUnwrap(correctedEntry.value.number), correctedValue, accuracy: 1e-12, "\(protected) ~ \(feature) corrected")
            } else {
                XCTAssertEqual(entry.measure, .correlationRatio, feature)
                XCTAssertEqual(correctedEntry.value, entry.value, "η has no bias correction")
            }
        }
        // Ranked by V or η, highest first.
        let values = scan.features.compactMap(\.value.number)
        XCTAssertEqual(values, values.sorted(by: >))
    }

    func testGermanCreditAgainstReference() throws {
        let german = try Self.german.get()
        try check(german.table, "sex", features: german.featureColumns, germanSex)
        try check(german.table, "age_group", features: german.featureColumns, germanAgeGroup)
    }

    func testGermanCreditLikelyProxies() throws {
        let german = try Self.german.get()
        // sex is derived from personal_status (A91, A93, A94 male), so V = 1: the textbook proxy.
        let sex = try german.table.proxyScan(for: "sex", features: german.featureColumns)
        XCTAssertEqual(sex.likelyProxies.map(\.feature), ["personal_status"])
        XCTAssertEqual(sex.features.first?.feature, "personal_status")
        // age_group is derived from age (η 0.530, NMI 0.286); housing reaches V 0.310 >= 0.3;
        // personal_status (V 0.293) falls just short.
        let age = try german.table.proxyScan(for: "age_group", features: german.featureColumns)
        XCTAssertEqual(age.likelyProxies.map(\.feature), ["age", "housing"])
        let personalStatus = try XCTUnwrap(age.features.first { $0.feature == "personal_status" })
        XCTAssertFalse(personalStatus.likelyProxy)
        // A lower threshold catches it.
        let strict = try german.table.proxyScan(for: "age_group", features: german.featureColumns,
                                                thresholds: ProxyThresholds(cramersV: 0.25))
        XCTAssertEqual(strict.likelyProxies.map(\.feature), ["age", "housing", "personal_status"])
    }

    func testAdultAgainstReference() throws {
        let adult = try Self.adult.get()
        let features = adult.featureColumns
        try check(adult.table, "sex", features: features.filter { $0 != "sex" }, adultSex)
        try check(adult.table, "race", features: features.filter { $0 != "race" }, adultRace)
    }

    func testAdultLikelyProxiesAndNotes() throws {
        let adult = try Self.adult.get()
        let sex = try adult.table.proxyScan(for: "sex", features: adult.featureColumns.filter { $0 != "sex" })
        // relationship holds Husband and Wife: V 0.647.
        XCTAssertEqual(sex.likelyProxies.map(\.feature), ["relationship", "marital-status", "occupation"])
        let race = try adult.table.proxyScan(for: "race", features: adult.featureColumns.filter { $0 != "race" })
        XCTAssertEqual(race.likelyProxies.map(\.feature), ["native-country"])
        // native-country: 41 countries x 5 races, most cells expected below 5 rows: Cochran's note.
        let country = try XCTUnwrap(race.features.first { $0.feature == "native-country" })
        XCTAssertTrue(country.notes.contains { $0.contains("Cochran") }, "\(country.notes)")
        XCTAssertEqual(country.rowsExcluded, 857, "857 rows miss native-country")
        // capital-gain is 0 in most rows: a bin of its own and one for the rest (not qcut's single bin).
        let gain = try XCTUnwrap(race.features.first { $0.feature == "capital-gain" })
        XCTAssertTrue(gain.binned)
        XCTAssertEqual(gain.featureLevels, 2)
    }

    func testHighCardinalityMissingValuesAndErrors() throws {
        // 120 rows, an id-like code with 60 values (each in 2 rows, one per group): V = 0 exactly, but the
        // column is noted; the protected column is missing in row 0 and the feature in row 1: 118 rows used.
        let ids = (0..<120).map { "id\($0 / 2)" }
        let sex = (0..<120).map { $0 == 0 ? nil : ($0 % 2 == 0 ? "f" : "m") }
        var idsWithGap: [String?] = ids
        idsWithGap[1] = nil
        let table = try Table([.categorical("sex", sex), .categorical("id", idsWithGap)])
        let entry = try XCTUnwrap(table.proxyScan(for: "sex").features.first)
        XCTAssertEqual(entry.rowsUsed, 118)
        XCTAssertEqual(entry.rowsExcluded, 2)
        XCTAssertEqual(entry.featureLevels, 59, "id0 is left with no counted row")
        XCTAssertTrue(entry.notes.contains { $0.hasPrefix("59 distinct values: with many levels V and NMI are inflated by chance") }, "\(entry.notes)")
        XCTAssertTrue(entry.notes.contains { $0.contains("Cochran") }, "E = 1 in every cell")
        XCTAssertEqual(entry.value, .value(0))
        XCTAssertFalse(entry.likelyProxy)

        XCTAssertThrowsError(try table.proxyScan(for: "sex", features: ["sex", "id"])) { error in
            XCTAssertEqual("\(error)", "'sex' is the protected column; it cannot be scanned as its own proxy")
        }
        XCTAssertThrowsError(try table.proxyScan(for: "sex", numericBins: 1))
    }

    func testTablesTooLargeAndNonFiniteNumbers() throws {
        // 2,100 x 2,100 distinct values: a 4.41-million-cell table is not built; the reason says why.
        let table = try Table([.categorical("zip", (0..<2100).map { "z\($0)" }), .categorical("id", (0..<2100).map { "i\($0)" })])
        let entry = try XCTUnwrap(table.proxyScan(for: "zip").features.first)
        XCTAssertEqual(entry.value.undefinedReason, "zip (2100 values) x id (2100 values) is too large a table to measure; "
                       + "columns with thousands of values, such as identifiers, carry no meaningful association")
        XCTAssertFalse(entry.normalizedMutualInformation.isDefined)

        let infinite = try Table([.categorical("sex", ["f", "m"]), .numeric("x", [1, .infinity])])
        XCTAssertThrowsError(try infinite.proxyScan(for: "sex")) { error in
            XCTAssertEqual("\(error)", "column 'x' holds inf at row 2; associations need finite numbers: correct the value or make it missing (nil)")
        }
    }
}
