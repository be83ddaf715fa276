/// The rules a decoded catalog must follow beyond its JSON shape (docs/authoring.md). Collects
/// every problem, each at its JSON path, so an author fixes them in one pass.
enum CatalogValidator {
    /// The least number of hints an exercise must carry: `learn hint` reveals them level by level.
    static let minimumHints = 2

    static func issues(in catalog: RawCatalog) -> [CatalogError.Issue] {
        var issues: [CatalogError.Issue] = []
        func report(_ path: String, _ message: String) { issues.append(.init(path: path, message: message)) }

        if isBlank(catalog.title) { report("title", "must not be empty") }
        if catalog.modules.isEmpty { report("modules", "the course needs at least one module") }

        var moduleIDs: [String: String] = [:]     // id -> path of its first use
        var exerciseIDs: [String: String] = [:]
        var exercisePaths: [String: String] = [:]
        var suitePaths: [String: String] = [:]
        for (m, module) in catalog.modules.enumerated() {
            let at = "modules[\(m)]"
            checkID(module.id, at: at + ".id", firstUse: &moduleIDs, report: report)
            if module.number < 1 { report(at + ".number", "must be 1 or more (got \(module.number))") }
            if isBlank(module.title) { report(at + ".title", "must not be empty") }
            checkPath(module.lesson, at: at + ".lesson", folder: "lessons", fileExtension: ".md", report: report)
            if let quiz = module.quiz {
                checkPath(quiz, at: at + ".quiz", folder: "lessons", fileExtension: ".json", report: report)
            }
        }
        for (m, module) in catalog.modules.enumerated() {
            for (e, exercise) in module.exercises.enumerated() {
                let at = "modules[\(m)].exercises[\(e)]"
                checkID(exercise.id, at: at + ".id", firstUse: &exerciseIDs, report: report)
                if let clash = moduleIDs[exercise.id] {
                    report(at + ".id", "'\(exercise.id)' is also the id of the module at \(clash.dropLast(3)); "
                        + "`learn lesson ID` takes either, so ids must differ")
                }
                if isBlank(exercise.title) { report(at + ".title", "must not be empty") }
                checkPath(exercise.path, at: at + ".path", folder: Catalog.exercisesFolder,
                          fileExtension: ".swift", report: report)
                checkUnique(exercise.path, at: at + ".path", what: "exercise file", firstUse: &exercisePaths, report: report)
                checkPath(exercise.suite, at: at + ".suite", folder: nil, fileExtension: ".swift", report: report)
                checkUnique(exercise.suite, at: at + ".suite", what: "suite", firstUse: &suitePaths, report: report)
                if isBlank(exercise.lessonSection) || exercise.lessonSection.contains(where: { $0.isWhitespace || $0 == "#" }) {
                    report(at + ".lesson_section", "must be the slug of a lesson heading, "
                        + "such as 'a-seeded-split' for '## A seeded split' (got '\(exercise.lessonSection)')")
                }
                if let points = exercise.points, points < 0 { report(at + ".points", "must be 0 or more (got \(points))") }
                if exercise.hints.count < minimumHints {
                    report(at + ".hints", "at least \(minimumHints) hints are required, from gentle to direct "
                        + "(found \(exercise.hints.count))")
                }
                for (h, hint) in exercise.hints.enumerated() where isBlank(hint) {
                    report(at + ".hints[\(h)]", "must not be empty")
                }
            }
        }
        return issues
    }

    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }

    /// Ids are what learners type: lower-case letters and digits in words joined by '-'.
    static func checkID(_ id: String, at path: String, firstUse: inout [String: String],
                                report: (String, String) -> Void) {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        let valid = !id.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
        if !valid {
            report(path, "'\(id)' is not a valid id: use lower-case letters and digits joined by '-', such as 'seeded-split'")
        }
        checkUnique(id, at: path, what: "id", firstUse: &firstUse, report: report)
    }

    static func checkUnique(_ value: String, at path: String, what: String,
                                    firstUse: inout [String: String], report: (String, String) -> Void) {
        if let first = firstUse[value] {
            report(path, "the \(what) '\(value)' is already used at \(first); each must be unique")
        } else {
            firstUse[value] = path
        }
    }

    /// Paths are workspace-relative, stay inside the workspace, and (when `folder` is given) lie
    /// in that folder.
    static func checkPath(_ value: String, at path: String, folder: String?, fileExtension: String,
                                  report: (String, String) -> Void) {
        let components = value.split(separator: "/", omittingEmptySubsequences: false)
        if value.hasPrefix("/") || components.contains("..") || components.contains("") {
            report(path, "'\(value)' must be a path relative to the course folder, without '..' or empty parts")
        } else if let folder, components.first.map(String.init) != folder || components.count < 2 {
            report(path, "'\(value)' must lie in the \(folder)/ folder")
        } else if !value.hasSuffix(fileExtension) {
            report(path, "'\(value)' must name a \(fileExtension) file")
        }
    }
}
