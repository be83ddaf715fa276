import XCTest
@testable import FairKit

/// Permutation importance, partial dependence and ICE, permutation SHAP and the global surrogate:
/// hand examples, and German Credit against scikit-learn (scripts/reference/explain_global.py).
final class GlobalExplanationTests: XCTestCase {
    /// PermutationImportance's doc example: p = x₀, labels = x₀ on rows [1, x] and [0, x]; a
    /// permutation of two rows either keeps them (drop 0) or swaps them (accuracy 0, drop 1).
    func testPermutationImportanceByHand() throws {
        let model = try ExplainedModel(featureNames: ["a", "b"], space: .probability) { x in x.column(0) }
        let importance = try PermutationImportance(model: model, scorer: .metric(.accuracy), repeats: 20, seed: 3)
        let (baseline, result) = try importance.compute(Matrix(rows: [[1, 5], [0, 7]]), labels: [1, 0])
        XCTAssertEqual(baseline, 1)
        XCTAssertTrue(result[0].drops.allSatisfy { $0 == 0 || $0 == 1 })
        XCTAssertGreaterThan(result[0].mean, 0)
        XCTAssertEqual(result[1].drops, [Double](repeating: 0, count: 20))
    }

    /// German test rows, accuracy, 10 repeats: scikit-learn's baseline exactly; each feature's mean
    /// drop within 3 standard errors of the difference of two 10-repeat means (ours and
    /// scikit-learn's, whose shuffles differ), plus 0.002.
    func testPermutationImportanceAgreesWithScikitLearn() throws {
        let german = try GermanExplainFixture.load()
        let model = try german.model(GermanShapleyReferenceTests.coefficients, GermanShapleyReferenceTests.intercept, space: .probability)
        let (baseline, result) = try PermutationImportance(model: model, scorer: .metric(.accuracy), repeats: 10, seed: 0)
            .compute(german.test, labels: german.testLabels)
        XCTAssertEqual(baseline, Self.baselineAccuracy, accuracy: 1e-12)
        for (j, r) in result.enumerated() {
            let tolerance = 3 * ((r.standardDeviation * r.standardDeviation + Self.importanceSDs[j] * Self.importanceSDs[j]) / 10).squareRoot() + 0.002
            XCTAssertEqual(r.mean, Self.importanceMeans[j], accuracy: tolerance, "feature \(j) \(r.name)")
        }
    }

    /// PartialDependence's doc example: f = x₀ + x₁ on rows [0, 1], [2, 3], feature 0.
    func testPartialDependenceByHand() throws {
        let model = try ExplainedModel(featureNames: ["a", "b"], space: .probability) { x in (0..<x.rows).map { x[$0, 0] + x[$0, 1] } }
        let pd = try PartialDependence(model: model, x: Matrix(rows: [[0, 1], [2, 3]]), feature: 0)
        XCTAssertEqual(pd.grid, [0, 2])
        XCTAssertEqual(pd.individual, [[1, 3], [3, 5]])
        XCTAssertEqual(pd.average, [2, 4])
    }

    /// PartialDependence's categorical example: f = 2·[c = b] + x on rows (a, 0) and (b, 1):
    /// ICE row 0 = [0 + 0, 2 + 0] = [0, 2], row 1 = [0 + 1, 2 + 1] = [1, 3]; PD = [0.5, 2.5]. A level no row
    /// holds (c = z) is not on the grid.
    func testCategoricalPartialDependenceByHand() throws {
        let model = try ExplainedModel(featureNames: ["c=a", "c=b", "c=z", "x"], space: .probability) { x in
            (0..<x.rows).map { 2 * x[$0, 1] + x[$0, 3] }
        }
        let pd = try PartialDependence(model: model, x: Matrix(rows: [[1, 0, 0, 0], [0, 1, 0, 1]]), block: [0, 1, 2])
        XCTAssertEqual(pd.grid, [0, 1])
        XCTAssertEqual(pd.individual, [[0, 2], [1, 3]])
        XCTAssertEqual(pd.average, [0.5, 2.5])
    }

    /// scikit-learn's partial_dependence over purpose and savings of a one-hot pipeline
    /// (scripts/reference/explain_pdp_categorical.py): the same levels present in the test rows,
    /// and the same averages to 1e-9.
    func testCategoricalPartialDependenceMatchesScikitLearn() throws {
        let german = try GermanExplainFixture.load()
        let model = try german.model(GermanShapleyReferenceTests.coefficients, GermanShapleyReferenceTests.intercept, space: .probability)
        for (column, levels, average) in [("purpose", Self.purposeLevels, Self.purposeAverage), ("savings", Self.savingsLevels, Self.savingsAverage)] {
            let block = try XCTUnwrap(german.groups.names.firstIndex(of: column).map { german.groups.members[$0] })
            let pd = try PartialDependence(model: model, x: german.test, block: block)
            XCTAssertEqual(pd.grid.map { german.featureNames[block[Int($0)]] }, levels.map { "\(column)=\($0)" })
            for k in average.indices { XCTAssertEqual(pd.average[k], average[k], accuracy: 1e-9, "\(column) \(levels[k])") }
        }
    }

    // scripts/reference/explain_pdp_categorical.py
    static let purposeLevels: [String] = ["business", "car (new)", "car (used)", "domestic appliances", "education", "furniture/equipment", "others", "radio/television", "repairs", "retraining"]
    static let purposeAverage: [Double] = [0.6972089477200621, 0.5908560049764476, 0.8173465795919276, 0.6486001555349616, 0.5977072488521863, 0.706809643241561, 0.7597679493399195, 0.7153402101328686, 0.6748854624824212, 0.780775921432357]
    static let savingsLevels: [String] = [".. >= 1000 DM", "... < 100 DM", "100 <= ... < 500 DM", "500 <= ... < 1000 DM", "unknown/ no savings account"]
    static let savingsAverage: [Double] = [0.8248602896918709, 0.6552425938352073, 0.6871267902024005, 0.7242835852805718, 0.7648440899749182]

    /// scikit-learn's partial_dependence on the German test rows: month's grid is its 25 distinct
    /// values, credit_amount's 100 points between mquantiles' 5th and 95th percentiles.
    func testPartialDependenceMatchesScikitLearn() throws {
        let german = try GermanExplainFixture.load()
        let model = try german.model(GermanShapleyReferenceTests.coefficients, GermanShapleyReferenceTests.intercept, space: .probability)
        for (feature, grid, average) in [(0, Self.monthGrid, Self.monthAverage), (1, Self.creditAmountGrid, Self.creditAmountAverage)] {
            let pd = try PartialDependence(model: model, x: german.test, feature: feature)
            XCTAssertEqual(pd.grid.count, grid.count)
            for k in grid.indices {
                XCTAssertEqual(pd.grid[k], grid[k], accuracy: 1e-9 * max(1, abs(grid[k])), "feature \(feature) grid \(k)")
                XCTAssertEqual(pd.average[k], average[k], accuracy: 1e-9, "feature \(feature) average \(k)")
            }
            XCTAssertEqual(pd.individual.count, 300)
        }
    }

    /// Permutation SHAP: exact for two players (the doc example), efficient always, and close to
    /// exact values for a non-additive model of five players with 200 antithetic pairs.
    func testPermutationShapley() throws {
        let product = try ExplainedModel(featureNames: ["a", "b"], space: .probability) { x in (0..<x.rows).map { x[$0, 0] * x[$0, 1] } }
        let pair = try PermutationShapley(model: product, background: Background(Matrix(rows: [[0, 0]])), permutations: 1)
            .explain(Matrix(rows: [[1, 1]])).rows[0]
        XCTAssertEqual(pair.attributions, [0.5, 0.5])

        let model = try ExplainedModel(featureNames: (0..<5).map { "f\($0)" }, space: .probability) { x in
            (0..<x.rows).map { r in StableFunctions.logistic(x[r, 0] * x[r, 1] - x[r, 2] + x[r, 3] * x[r, 4]) }
        }
        let background = try Background(Matrix(rows: [[0, 1, 0, 1, 0], [1, 0, 1, 0, 1]]))
        let x = Matrix(rows: [[2, 1, -1, 1, 2]])
        let exact = try ExactShapley(model: model, background: background).explain(x).rows[0]
        let sampled = try PermutationShapley(model: model, background: background, permutations: 200, seed: 4).explain(x).rows[0]
        XCTAssertTrue(sampled.isEfficient())
        for j in 0..<5 { XCTAssertEqual(sampled.attributions[j], exact.attributions[j], accuracy: 0.01) }
    }

    /// GlobalSurrogate's doc example: a model deciding x₀ > 2 on x₀ = 0…5 is a stump at 2.5.
    func testGlobalSurrogateImitatesAThresholdPerfectly() throws {
        let model = try ExplainedModel(featureNames: ["a", "b"], space: .probability) { x in x.column(0).map { $0 > 2 ? 0.9 : 0.1 } }
        let surrogate = try GlobalSurrogate(model: model, x: Matrix(rows: (0..<6).map { [Double($0), Double($0 % 2)] }), maxDepth: 2)
        XCTAssertEqual(surrogate.fidelity, 1)
        XCTAssertEqual(surrogate.tree.nodes[0].split?.feature, 0)
        XCTAssertEqual(surrogate.tree.nodes[0].split?.threshold, 2.5)
    }

    // scripts/reference/explain_global.py
    static let baselineAccuracy = 0.76
    static let importanceMeans: [Double] = [0.019666666666666676, 0.009333333333333327, -0.007999999999999997, 0.0013333333333333196, 0.005333333333333345, -0.006333333333333335, -0.008333333333333326, 0.004333333333333344, 0.004666666666666664, 0.015666666666666672, 0.0009999999999999898, -0.011333333333333317, 0.004333333333333344, -0.008666666666666666, 0.00033333333333335213, 0.0029999999999999805, -0.001000000000000012, -0.004666666666666664, -0.0003333333333333299, 0.010333333333333338, -0.00033333333333330774, 0.003999999999999981, -0.002666666666666662, -0.0016666666666666607, 0.000333333333333341, 1.1102230246251566e-17, -0.0003333333333333299, 0.0006666666666666598, 0.0, 0.011666666666666681, -0.00033333333333331885, 0.0003333333333333299, 0.005333333333333334, -0.0009999999999999898, -0.0016666666666666607, -0.0019999999999999797, -0.001333333333333331, -0.003000000000000014, -0.0030000000000000027, 1.1102230246251566e-17, -0.0009999999999999898, 0.008000000000000007, -0.0010000000000000009, 0.0026666666666666505, 0.005666666666666686, -0.0006666666666666598, -0.001000000000000012, -0.0036666666666666735, 0.0019999999999999905, 0.0010000000000000009, -0.002666666666666662, -0.000666666666666671, 0.002333333333333332, 0.0029999999999999914, -0.0036666666666666735, 0.0016666666666666607, -0.0023333333333333097, 0.0003333333333333299, 0.0023333333333333097]
    static let importanceSDs: [Double] = [0.008359957469322972, 0.009865765724632502, 0.007630348761506398, 0.002211083193570244, 0.0061824123303304565, 0.0064031242374328326, 0.005426273532033224, 0.006674994798166947, 0.003399346342395203, 0.012023125864580974, 0.001527525231651931, 0.007333333333333311, 0.01897659376998703, 0.003999999999999989, 0.009363047936792079, 0.0017950549357115058, 0.0033499585403736335, 0.0026666666666666865, 0.0009999999999999896, 0.011000000000000006, 0.0065743609744386864, 0.001333333333333364, 0.0024944382578493043, 0.002236067977499792, 0.0023333333333333396, 0.003333333333333322, 0.0009999999999999896, 0.0013333333333333196, 0.005163977794943235, 0.008975274678557493, 0.003480102169636837, 0.0023333333333333097, 0.005206833117271099, 0.0015275252316519312, 0.0030731814857642824, 0.0016329931618554352, 0.005999999999999992, 0.004333333333333335, 0.003144660377352208, 0.0047140452079103235, 0.002134374745810928, 0.010456258094238757, 0.00299999999999999, 0.0020000000000000018, 0.001527525231651982, 0.0013333333333333196, 0.003666666666666663, 0.005666666666666678, 0.0026666666666666588, 0.004229525846816513, 0.005120763831912414, 0.0024944382578492956, 0.0036666666666666657, 0.004068851871911231, 0.00525991127935318, 0.0022360679774997916, 0.001527525231651931, 0.0009999999999999896, 0.001527525231651931]
    static let monthGrid: [Double] = [4.0, 6.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 15.0, 16.0, 18.0, 20.0, 21.0, 22.0, 24.0, 27.0, 28.0, 30.0, 36.0, 39.0, 40.0, 42.0, 45.0, 48.0, 60.0]
    static let monthAverage: [Double] = [0.7574830319839561, 0.7500042181842705, 0.7424114445791794, 0.7385732232490339, 0.7347076089153751, 0.7308149840022209, 0.7268957385996405, 0.7229502702417046, 0.7149822906775787, 0.7109606097509301, 0.7028439907800077, 0.6946326020470236, 0.690492481019997, 0.6863300131411864, 0.677939881153044, 0.6651987373670182, 0.6609120146114363, 0.6522819740101267, 0.6259749139677058, 0.6126119781541727, 0.6081300861442028, 0.5991280784336165, 0.5855374530745477, 0.5718545202082556, 0.5164934433274249]
    static let creditAmountGrid: [Double] = [736.74, 825.1278787878787, 913.5157575757574, 1001.9036363636361, 1090.291515151515, 1178.6793939393935, 1267.0672727272722, 1355.455151515151, 1443.8430303030295, 1532.2309090909084, 1620.618787878787, 1709.0066666666658, 1797.3945454545444, 1885.782424242423, 1974.170303030302, 2062.558181818181, 2150.9460606060593, 2239.3339393939377, 2327.7218181818166, 2416.1096969696955, 2504.497575757574, 2592.885454545453, 2681.2733333333317, 2769.66121212121, 2858.0490909090886, 2946.436969696968, 3034.8248484848464, 3123.212727272725, 3211.600606060604, 3299.9884848484826, 3388.376363636361, 3476.7642424242395, 3565.152121212119, 3653.5399999999972, 3741.9278787878757, 3830.315757575755, 3918.7036363636334, 4007.091515151512, 4095.4793939393912, 4183.86727272727, 4272.255151515148, 4360.6430303030265, 4449.030909090906, 4537.418787878784, 4625.806666666663, 4714.194545454542, 4802.5824242424205, 4890.970303030299, 4979.358181818177, 5067.746060606057, 5156.133939393935, 5244.521818181814, 5332.909696969692, 5421.297575757571, 5509.68545454545, 5598.073333333328, 5686.461212121208, 5774.849090909086, 5863.2369696969645, 5951.624848484844, 6040.012727272722, 6128.400606060601, 6216.788484848479, 6305.1763636363585, 6393.564242424237, 6481.952121212115, 6570.339999999995, 6658.727878787873, 6747.115757575752, 6835.50363636363, 6923.891515151509, 7012.279393939388, 7100.667272727266, 7189.055151515146, 7277.443030303024, 7365.830909090902, 7454.218787878782, 7542.60666666666, 7630.994545454539, 7719.382424242417, 7807.770303030296, 7896.158181818175, 7984.546060606053, 8072.933939393933, 8161.321818181811, 8249.70969696969, 8338.097575757569, 8426.485454545447, 8514.873333333326, 8603.261212121204, 8691.649090909084, 8780.036969696963, 8868.424848484841, 8956.81272727272, 9045.200606060598, 9133.588484848477, 9221.976363636355, 9310.364242424233, 9398.752121212114, 9487.139999999992]
    static let creditAmountAverage: [Double] = [0.7264614666862598, 0.7251917608502776, 0.7239193759730231, 0.722644325506387, 0.7213666229749215, 0.7200862819752277, 0.7188033161753454, 0.7175177393141441, 0.7162295652007141, 0.7149388077137614, 0.7136454808010028, 0.7123495984785625, 0.7110511748303722, 0.7097502240075708, 0.7084467602279078, 0.7071407977751475, 0.7058323509984764, 0.7045214343119116, 0.703208062193712, 0.7018922491857922, 0.7005740098931369, 0.6992533589832204, 0.6979303111854258, 0.6966048812904688, 0.6952770841498225, 0.6939469346751456, 0.6926144478377129, 0.6912796386678495, 0.6899425222543653, 0.688603113743995, 0.6872614283408391, 0.6859174813058088, 0.6845712879560728, 0.6832228636645084, 0.6818722238591534, 0.6805193840226637, 0.6791643596917721, 0.6778071664567503, 0.6764478199608743, 0.675086335899894, 0.6737227300215033, 0.672357018124816, 0.6709892160598436, 0.6696193397269765, 0.6682474050764687, 0.6668734281079249, 0.6654974248697921, 0.6641194114588537, 0.6627394040197269, 0.6613574187443635, 0.6599734718715541, 0.6585875796864357, 0.6571997585200019, 0.6558100247486175, 0.6544183947935357, 0.653024885120418, 0.6516295122388593, 0.6502322927019144, 0.6488332431056284, 0.6474323800885711, 0.6460297203313731, 0.6446252805562671, 0.6432190775266304, 0.6418111280465328, 0.6404014489602848, 0.6389900571519924, 0.6375769695451123, 0.6361622031020112, 0.6347457748235289, 0.6333277017485431, 0.631908000953538, 0.6304866895521761, 0.6290637846948722, 0.6276393035683715, 0.6262132633953287, 0.624785681433892, 0.623356574977289, 0.6219259613534149, 0.620493857924424, 0.6190602820863237, 0.6176252512685712, 0.6161887829336729, 0.6147508945767857, 0.6133116037253211, 0.6118709279385525, 0.6104288848072231, 0.608985491953158, 0.6075407670288768, 0.6060947277172093, 0.6046473917309142, 0.6031987768122972, 0.6017489007328336, 0.6002977812927922, 0.5988454363208594, 0.5973918836737676, 0.5959371412359237, 0.5944812269190393, 0.5930241586617624, 0.5915659544293121, 0.5901066322131127]
}
