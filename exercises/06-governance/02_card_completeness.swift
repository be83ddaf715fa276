// Exercise 2 of module 6: is a model card complete enough to ship?
// Read the lesson section "Model cards and datasheets" (`learn lesson card-completeness`).
// Check your work with `learn check card-completeness`; stuck? `learn hint card-completeness`.

import Foundation

/// One section of a model card as written: its heading and its text.
struct CardSection: Codable, Equatable {
    var name: String
    var text: String
}

/// What a completeness check found, each list in the order of the required sections.
struct Completeness: Codable, Equatable {
    /// Required sections with no heading in the card.
    var missing: [String]
    /// Required sections whose text is still a placeholder ("To be written", "TODO", "TBD").
    var placeholders: [String]
    /// Required sections with real text, but fewer words than the minimum.
    var tooShort: [String]
    /// Complete required sections over all required sections; 1 when nothing is required.
    var share: Double
}

/// The sections a card must have in a tier: Mitchell et al.'s nine for `high`; details, intended
/// use, metrics and caveats for `limited`; details and intended use for `minimal`; none for any
/// other tier (a prohibited system gets no card: it must not be built).
func requiredSections(tier: String) -> [String] {
    // TODO: the lesson's table of required sections per tier, spelled as it spells them.
    return []
}

/// Checks `sections` against `required`. Headings match ignoring case and surrounding spaces; when
/// a heading appears twice, the first counts. A section is a placeholder when its text contains
/// "to be written", "todo" or "tbd" in any case, and too short when it has fewer than
/// `minimumWords` words (words are runs of letters or digits separated by anything else).
func completeness(sections: [CardSection], required: [String], minimumWords: Int) -> Completeness {
    // TODO: index the card's sections by normalised heading (first one wins), then sort each
    // required section into missing, placeholder, too short or complete.
    return Completeness(missing: [], placeholders: [], tooShort: [], share: 0)
}

/// The number of runs of letters or digits in `text`: "age >= 25, 3 groups" has 4.
func wordCount(_ text: String) -> Int {
    // TODO: count the places where a run of letters or digits starts.
    return 0
}
