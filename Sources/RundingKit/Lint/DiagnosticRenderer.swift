/// Prints diagnostics as `path:line:column: error[CODE]: message`, the source line and a caret.
public struct DiagnosticRenderer: Sendable {
    public var language: Language
    public var useColor: Bool

    public init(language: Language, useColor: Bool = false) {
        self.language = language
        self.useColor = useColor
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        let label = "\(diagnostic.severity.rawValue)[\(diagnostic.code)]"
        let coloredLabel: String
        if useColor {
            let color = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
            coloredLabel = "\(color)\(label)\u{1B}[0m"
        } else {
            coloredLabel = label
        }
        var text = "\(diagnostic.location): \(coloredLabel): \(TerminalSafeText.clean(diagnostic.message[language]))"
        if let line = diagnostic.sourceLine {
            let safeLine = TerminalSafeText.clean(line)
            text += "\n" + safeLine + "\n" + caretLine(for: safeLine, column: diagnostic.location.column)
        }
        return text
    }

    /// Spaces up to the column, then `^` (the line was cleaned, so one scalar is one cell).
    private func caretLine(for line: String, column: Int) -> String {
        String(repeating: " ", count: min(max(0, column - 1), line.unicodeScalars.count)) + "^"
    }

    /// The closing line: "2 errors, 1 warning" in the renderer's language.
    public func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        switch language {
        case .ms:
            return "\(errors) ralat, \(warnings) amaran"
        case .en:
            return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        }
    }
}
