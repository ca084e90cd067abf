/// Text from a progress file made fit for a report: no control characters, bounded length.
///
/// A learner can edit their own file, so every string taken from one (file names, skill ids,
/// items, dialogue ids, outcomes) passes through here before any format sees it.
enum ReportText {
    /// The longest text from a file shown in a report, in characters.
    static let defaultLimit = 80

    /// `text` with control characters and escape sequences replaced, cut to `limit` characters
    /// with a trailing `…`.
    static func safe(_ text: String, limit: Int = defaultLimit) -> String {
        let cleaned = TerminalSafeText.clean(text)
        guard cleaned.count > limit else { return cleaned }
        return String(cleaned.prefix(max(1, limit - 1))) + "…"
    }
}
