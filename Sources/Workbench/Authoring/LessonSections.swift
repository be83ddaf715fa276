import Foundation
import FairKit

/// Verify's lesson rule: the module's lesson exists and has a heading whose GitHub slug is the
/// exercise's `lesson_section` (so `learn lesson ID` can start there).
enum LessonSections {
    static func problems(lesson: String, section: String, workspace: Workspace) -> [String] {
        guard let data = FileManager.default.contents(atPath: workspace.url(lesson).path) else {
            return ["\(lesson): missing (the module's lesson)"]
        }
        let document = MarkdownDocument(String(decoding: data, as: UTF8.self), name: lesson)
        guard document.heading(slug: section) == nil else { return [] }
        let slugs = document.headings.map(\.slug)
        let suggestion = nearestName(to: section, in: slugs).map { "did you mean '\($0)'? " } ?? ""
        return ["\(lesson): no heading has the slug '\(section)' named by lesson_section; \(suggestion)"
            + "(headings: \(slugs.joined(separator: ", ")))"]
    }
}
