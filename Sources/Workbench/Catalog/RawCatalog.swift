/// The catalog exactly as the JSON spells it (snake_case keys, every field required), before
/// validation turns it into a `Catalog`.
struct RawCatalog: Decodable {
    var formatVersion: Int
    var title: String
    var modules: [RawModule]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case title, modules
    }

    var catalog: Catalog {
        Catalog(formatVersion: formatVersion, title: title, modules: modules.map(\.module))
    }
}

struct RawModule: Decodable {
    var id: String
    var number: Int
    var title: String
    var lesson: String
    /// Optional: the module's quiz file (`lessons/01-foundations/quiz.json`).
    var quiz: String?
    var exercises: [RawExercise]

    var module: CourseModule {
        CourseModule(id: id, number: number, title: title, lesson: lesson,
                     exercises: exercises.map { $0.exercise(in: id) }, quiz: quiz)
    }
}

struct RawExercise: Decodable {
    var id: String
    var title: String
    var path: String
    var suite: String
    var lessonSection: String
    var points: Int?
    var hints: [String]

    enum CodingKeys: String, CodingKey {
        case id, title, path, suite, points, hints
        case lessonSection = "lesson_section"
    }

    func exercise(in moduleID: String) -> Exercise {
        Exercise(id: id, moduleID: moduleID, title: title, path: path, suite: suite,
                 lessonSection: lessonSection, points: points, hints: hints)
    }
}
