import Foundation

/// Synthetic patients for the ethics-review-board project: a diagnostic-support score with a
/// planted, documented bias, generated from a seed so that every machine makes the same rows bit
/// for bit. No real person is in it.
///
/// Per row, in this order of draws from `SeededGenerator(seed:)` (u = `nextDouble()`, z =
/// `nextGaussian()`, numbers rounded to one decimal half away from zero):
/// 1. age = 30 + `nextInt(below: 50)` (30-79 years)
/// 2. sex = female if u < 0.5, else male
/// 3. ethnicity = minority if u < 0.3, else majority
/// 4. biomarker = 10 + 3z (a lab value, arbitrary units)
/// 5. systolic_bp = 120 + 0.4 (age − 55) + 15z (mmHg)
/// 6. smoker = yes if u < 0.25
/// 7. the true risk r = −1.5 + 0.04 (age − 55) + 0.35 (biomarker − 10) + 0.02 (systolic_bp − 120)
///    + 0.6 smoker, from the rounded values; ethnicity does not enter it
/// 8. condition = yes if u < 1 / (1 + e^(−r))
/// 9. diagnostic_score = 50 + 12 r + 5z − `underReporting` for minority patients (the planted bias)
/// 10. referred = yes if diagnostic_score ≥ `referralThreshold`
///
/// The planted bias: at the same true risk, a minority patient's score is `underReporting` points
/// lower (8 by default). Both groups have the same prevalence of the condition (about 0.262), so
/// the gap shows in error rates: over a million rows the referral's true positive rate is 0.652
/// for majority and 0.441 for minority patients (an equal opportunity difference of −0.211), and
/// the mean score differs by −8 (scripts/reference/synthetic_patients.py recomputes both from
/// these formulas and the seed-2026 sample's exact numbers).
public enum SyntheticPatients {
    /// The default seed and size (the project's data).
    public static let defaultSeed: UInt64 = 2026
    public static let defaultRows = 2000
    /// The planted under-reporting of minority patients' scores, in score points.
    public static let defaultUnderReporting = 8.0
    /// The score at or above which the tool refers a patient.
    public static let referralThreshold = 40.0

    /// The generated rows as a `Dataset`: label `condition` (1 = yes, favourable: a patient with
    /// the condition needs to be found), protected attributes ethnicity (majority privileged) and sex
    /// (male privileged, AIF360's convention), features every column but ethnicity, referred and
    /// the label.
    public static func dataset(rows: Int = defaultRows, seed: UInt64 = defaultSeed, underReporting: Double = defaultUnderReporting) throws -> Dataset {
        guard rows > 0 else { throw DataError.invalidArgument("rows is \(rows); generate at least one patient") }
        var generator = SeededGenerator(seed: seed)
        var age: [Double?] = [], sex: [String?] = [], ethnicity: [String?] = [], biomarker: [Double?] = [], pressure: [Double?] = []
        var smoker: [String?] = [], condition: [String?] = [], score: [Double?] = [], referred: [String?] = []
        var labels: [Int] = []
        for _ in 0..<rows {
            let years = Double(30 + generator.nextInt(below: 50))
            sex.append(generator.nextDouble() < 0.5 ? "female" : "male")
            let minority = generator.nextDouble() < 0.3
            let marker = rounded(10 + 3 * generator.nextGaussian())
            let bp = rounded(120 + 0.4 * (years - 55) + 15 * generator.nextGaussian())
            let smokes = generator.nextDouble() < 0.25
            let risk = -1.5 + 0.04 * (years - 55) + 0.35 * (marker - 10) + 0.02 * (bp - 120) + (smokes ? 0.6 : 0)
            let ill = generator.nextDouble() < 1 / (1 + exp(-risk))
            let value = rounded(50 + 12 * risk + 5 * generator.nextGaussian() - (minority ? underReporting : 0))
            age.append(years)
            ethnicity.append(minority ? "minority" : "majority")
            biomarker.append(marker)
            pressure.append(bp)
            smoker.append(smokes ? "yes" : "no")
            condition.append(ill ? "yes" : "no")
            labels.append(ill ? 1 : 0)
            score.append(value)
            referred.append(value >= referralThreshold ? "yes" : "no")
        }
        let table = try Table([
            .numeric("age", age), .categorical("sex", sex), .categorical("ethnicity", ethnicity), .numeric("biomarker", biomarker),
            .numeric("systolic_bp", pressure), .categorical("smoker", smoker), .numeric("diagnostic_score", score),
            .categorical("referred", referred), .categorical("condition", condition),
        ])
        return try Dataset(
            name: "Synthetic patients (seed \(seed), \(rows) rows)", table: table, labelColumn: "condition", labels: labels, favorableLabel: 1,
            labelMeaning: "1 = the patient has the condition (condition = yes), 0 = not",
            featureColumns: ["age", "sex", "biomarker", "systolic_bp", "smoker", "diagnostic_score"],
            protectedAttributes: [
                ProtectedAttribute(column: "ethnicity", privilegedValues: ["majority"], convention: "the group whose scores are not under-reported"),
                ProtectedAttribute(column: "sex", privilegedValues: ["male"], convention: "AIF360's convention for sex"),
            ],
            datasheet: datasheet(rows: rows, seed: seed, underReporting: underReporting),
            source: "Generated by FairKit's SyntheticPatients (seed \(seed)); synthetic, no real patients; public domain.")
    }

    /// `x` to one decimal, half away from zero (Swift's `rounded()`).
    static func rounded(_ x: Double) -> Double {
        (x * 10).rounded() / 10
    }

    static func datasheet(rows: Int, seed: UInt64, underReporting: Double) -> String {
        """
        # Synthetic patients

        **Motivation.** Teaching data for an ethics review of a diagnostic-support model, with a bias planted on purpose.
        **Composition.** \(rows) synthetic patients (seed \(seed)): age, sex, ethnicity (majority 70 %, minority 30 %), a
        biomarker, systolic blood pressure, smoking, the tool's diagnostic_score (0-100 scale, not clipped), whether the tool
        referred the patient (score ≥ \(referralThreshold)), and the condition (the label).
        **Collection.** Generated by `SyntheticPatients.dataset` from documented formulas; no real person is described.
        **Known bias (planted).** The score of a minority patient is \(underReporting) points lower than a majority patient's
        at the same true risk. Prevalence is equal across groups, so the bias shows as fewer referrals of minority patients who
        have the condition (a lower true positive rate).
        **Uses.** Exercises and projects of the Fairwork course. Not for clinical conclusions.
        """
    }
}
