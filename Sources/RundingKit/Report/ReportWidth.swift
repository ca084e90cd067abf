import Foundation

/// The width the team table is fitted to: `--width`, else the terminal's, else `COLUMNS`, else 80.
public enum ReportWidth {
    /// The width used when nothing says otherwise (a pipe, a file, no `COLUMNS`).
    public static let standard = 80
    /// Widths accepted from `--width` and `COLUMNS`.
    public static let accepted = 40...1000

    /// `option` when given; the terminal's width (`ioctl`) when known; `COLUMNS` when it is a
    /// whole number (clamped to `accepted`); else 80. A `COLUMNS` that is not a number is ignored.
    public static func resolve(option: Int?, terminalWidth: Int?, columns: String?) -> Int {
        if let option { return option }
        if let terminalWidth, terminalWidth > 0 { return terminalWidth }
        if let columns, let value = Int(columns.trimmingCharacters(in: .whitespaces)), value > 0 {
            return min(max(value, accepted.lowerBound), accepted.upperBound)
        }
        return standard
    }
}
