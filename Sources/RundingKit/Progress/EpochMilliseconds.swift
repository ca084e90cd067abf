import Foundation

/// Converts between `Date` and whole milliseconds since 1970, the resolution of progress logs.
///
/// Day arithmetic on integers avoids the rounding of `Date`'s floating-point seconds, so that
/// exactly one day later is never 0.999 days later.
enum EpochMilliseconds {
    /// Milliseconds since 1970 of `date`, rounded to the nearest millisecond.
    static func of(_ date: Date) -> Int64 {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        guard milliseconds.isFinite else { return 0 }
        if milliseconds >= 9.2e18 { return Int64.max }
        if milliseconds <= -9.2e18 { return Int64.min }
        return Int64(milliseconds)
    }

    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
