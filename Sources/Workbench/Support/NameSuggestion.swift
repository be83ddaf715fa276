import FairKit

/// "Did you mean ...?" for the command line, which reaches the toolkit only through the
/// workbench: the nearest of some names to a misspelt one (FairKit's `nearestName`).
public enum NameSuggestion {
    /// The candidate nearest to `name`, when one is near enough to be a likely misspelling.
    public static func nearest(to name: String, in candidates: [String]) -> String? {
        nearestName(to: name, in: candidates)
    }
}
