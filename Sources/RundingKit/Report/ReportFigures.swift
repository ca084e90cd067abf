import Foundation

/// How reports write numbers, durations and dates, the same in every format.
enum ReportFigures {
    /// `78%`, or `—` for nil.
    /// A P(known) as a whole percentage rounded down, so that 0.949 never shows as 95%.
    static func knowledgePercent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return "\(ChatRenderer.flooredPercent(value))%"
    }

    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return "\(wholePercent(value))%"
    }

    /// A share as the whole percentage `percent` shows: 0.596 is 60.
    static func wholePercent(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int((min(max(value, 0), 1) * 100).rounded())
    }

    /// `3 j 05 min` / `3 h 05 min`, or `12 min`.
    static func duration(_ seconds: TimeInterval, language: Language) -> String {
        let minutes = seconds.isFinite ? Int(min(max(seconds, 0), 1e12) / 60) : 0
        guard minutes >= 60 else { return "\(minutes) min" }
        let rest = minutes % 60
        return "\(minutes / 60) \(language == .ms ? "j" : "h") \(rest < 10 ? "0" : "")\(rest) min"
    }

    /// The local date `2026-11-28` of `date`.
    static func day(_ date: Date, timeZone: TimeZone) -> String {
        var counter = LocalDayCounter(timeZone: timeZone)
        return LocalDayCounter.dayString(counter.day(ofMilliseconds: EpochMilliseconds.of(date)))
    }

    /// The local date and time `2026-11-28 18:15 (UTC+08:00)` of `date`.
    static func dateTime(_ date: Date, timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let local = EpochMilliseconds.of(date) + Int64(offset) * 1000
        let text = RFC3339Timestamp.string(fromMilliseconds: local)
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600
        let minutes = abs(offset) % 3600 / 60
        let zone = "UTC\(sign)\(hours < 10 ? "0" : "")\(hours):\(minutes < 10 ? "0" : "")\(minutes)"
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5)) + " (\(zone))"
    }

    /// The local day `index` days after the first of the four weeks ending on `now`'s day.
    static func activityDay(_ index: Int, now: Date, timeZone: TimeZone) -> String {
        var counter = LocalDayCounter(timeZone: timeZone)
        let today = counter.day(ofMilliseconds: EpochMilliseconds.of(now))
        return LocalDayCounter.dayString(today - Int64(LearnerReport.activityDays - 1) + Int64(index))
    }

    /// `1,234`.
    static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }
}
