import Foundation

/// Numbers the local calendar days of a time zone (days since 1970-01-01 local), caching offsets.
///
/// Looking up a time zone for each of millions of events is slow; the offset found is reused
/// until the zone's next transition.
struct LocalDayCounter {
    let timeZone: TimeZone
    private var offsetMilliseconds: Int64 = 0
    private var validFrom: Int64 = 1
    private var validUntil: Int64 = 0

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The local day number of the instant `milliseconds` since 1970.
    mutating func day(ofMilliseconds milliseconds: Int64) -> Int64 {
        if milliseconds < validFrom || milliseconds >= validUntil {
            let date = EpochMilliseconds.date(milliseconds)
            offsetMilliseconds = Int64(timeZone.secondsFromGMT(for: date)) * 1000
            validFrom = milliseconds
            validUntil = timeZone.nextDaylightSavingTimeTransition(after: date).map(EpochMilliseconds.of)
                ?? Int64.max
        }
        let (sum, overflow) = milliseconds.addingReportingOverflow(offsetMilliseconds)
        return RFC3339Timestamp.floorDivide(overflow ? milliseconds : sum, 86_400_000).quotient
    }

    /// `2026-11-28` for a local day number.
    static func dayString(_ day: Int64) -> String {
        String(RFC3339Timestamp.string(fromMilliseconds: day * 86_400_000).prefix(10))
    }
}
