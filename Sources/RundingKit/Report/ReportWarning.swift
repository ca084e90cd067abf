/// A problem met while reading the team directory, shown as `path:line: message`.
///
/// Files are never fatal to a report: each problem becomes one of these and the report goes on.
public struct ReportWarning: Sendable, Hashable {
    /// The file, already safe to print.
    public var path: String
    /// The 1-based line, when the problem is on one line.
    public var line: Int?
    public var message: LocalizedText

    public init(path: String, line: Int? = nil, message: LocalizedText) {
        self.path = ReportText.safe(path, limit: 240)
        self.line = line
        self.message = message
    }

    /// A warning of the log reader, whose reasons are mostly written in English only.
    init(_ warning: ProgressLogWarning) {
        let reason = ReportText.safe(warning.reason, limit: 240)
        let message = warning.message.map {
            LocalizedText(ms: ReportText.safe($0.ms, limit: 240), en: ReportText.safe($0.en, limit: 240))
        }
        self.init(path: warning.path, line: warning.line, message: message ?? LocalizedText(ms: reason, en: reason))
    }

    /// Whether the reader skipped `warning`'s line because it stops short: a write interrupted
    /// part-way (the next session starts a new line after it).
    static func isTornWrite(_ warning: ProgressLogWarning) -> Bool {
        warning.reason.hasPrefix("not valid JSON: unexpected end of line")
            || warning.reason.hasPrefix("not valid JSON: unterminated string")
    }

    /// A torn line that good events followed: a note, not a problem.
    init(repaired warning: ProgressLogWarning) {
        self.init(path: warning.path, line: warning.line,
                  message: ReportStrings.repairedLine(ReportText.safe(warning.reason, limit: 200)))
    }

    /// The file's name without its folder, as HTML and CSV show it.
    public var file: String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }

    /// `path:line: message` in `language`; `file:line: message` when `relative`.
    public func text(_ language: Language, relative: Bool = false) -> String {
        let name = relative ? file : path
        let location = line.map { "\(name):\($0)" } ?? name
        return "\(location): \(message[language])"
    }
}
