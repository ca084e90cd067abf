import Foundation

/// Reads the start of a report period (`--since`): a local date, a date-time, or days/weeks ago.
public enum ReportPeriod {
    /// The instant `text` names, or nil when it names none.
    ///
    /// `2026-11-01` is that day's local midnight in `timeZone`; `2026-11-01T08:00:00Z` (RFC 3339)
    /// is that instant; `7d` and `4w` are the local midnight that many days or weeks before today.
    public static func start(_ text: String, now: Date, timeZone: TimeZone) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = RFC3339Timestamp.date(from: trimmed) { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        if let unit = trimmed.last, unit == "d" || unit == "w",
           let amount = Int(trimmed.dropLast()), amount >= 0, amount <= 100_000 {
            let days = unit == "w" ? amount * 7 : amount
            return calendar.date(byAdding: .day, value: -days, to: calendar.startOfDay(for: now))
        }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day else { return nil }
        return date
    }
}
