/// Heading anchors as GitHub makes them, so that a lesson's `lesson_section` matches the anchor a
/// reader sees on GitHub.
///
/// The rule is that of github-slugger 2.x (https://github.com/Flet/github-slugger, `index.js` and
/// `script/generate-regex.mjs`), which emulates GitHub's own anchors: take the heading's plain text,
/// lower-case it, delete every character in the Unicode categories Other_Number (No), Open,
/// Close, Initial, Final, Other and Dash Punctuation (Ps, Pe, Pi, Pf, Po, Pd) except the hyphen-minus,
/// all Symbols (S*), Control, Format, Private Use and Unassigned (Cc, Cf, Co, Cn) and Separators (Z*)
/// except the space -- but never an Alphabetic character -- and turn each space into "-". Letters,
/// marks, decimal digits and connector punctuation ("_") stay. Nothing is trimmed or collapsed:
///
///     "3. Precision & recall"  ->  "3-precision--recall"   ("." and "&" go, three spaces stay as "-")
///     "heading with a - dash"  ->  "heading-with-a---dash"
///     "Привет non-latin 你好"   ->  "привет-non-latin-你好"
///
/// A slug already given gets "-1", "-2", ... appended, counting per original slug and skipping any
/// that are taken (`echo`, `echo`, `echo 1` give `echo`, `echo-1`, `echo-1-1`).
public struct HeadingSlugger: Sendable {
    /// For each slug handed out, how many suffixed variants of it were tried.
    private var occurrences: [String: Int] = [:]

    /// A slugger for a new document: no slug given yet.
    public init() {}

    /// The unique slug for the next heading of a document, in document order.
    public mutating func slug(for headingText: String) -> String {
        let original = Self.baseSlug(headingText)
        var slug = original
        while occurrences[slug] != nil {
            let count = occurrences[original, default: 0] + 1
            occurrences[original] = count
            slug = original + "-" + String(count)
        }
        occurrences[slug] = 0
        return slug
    }

    /// The slug of one heading text, before duplicates are numbered.
    public static func baseSlug(_ headingText: String) -> String {
        var slug = String.UnicodeScalarView()
        for scalar in headingText.lowercased().unicodeScalars {
            if scalar == " " {
                slug.append("-")
            } else if scalar == "-" || scalar.properties.isAlphabetic || !isRemoved(scalar.properties.generalCategory) {
                slug.append(scalar)
            }
        }
        return String(slug)
    }

    private static func isRemoved(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .otherNumber,
             .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
             .otherPunctuation, .dashPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
             .control, .format, .privateUse, .unassigned, .surrogate,
             .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }
}
