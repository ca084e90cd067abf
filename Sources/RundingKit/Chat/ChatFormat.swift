import Foundation

/// How the chat writes numbers: percentages and response times.
enum ChatFormat {
    /// `0.666…` → `67%`, clamped to 0…100.
    static func percent(_ value: Double) -> String {
        "\(Int((min(max(value, 0), 1) * 100).rounded()))%"
    }

    /// Milliseconds between two instants, 0 when the clock went backwards, capped to 32 bits.
    static func milliseconds(from start: Date, to end: Date) -> Int {
        let value = end.timeIntervalSince(start) * 1000
        guard value.isFinite, value > 0 else { return 0 }
        return Int(min(value, Double(Int32.max)))
    }
}
