import Foundation
import RundingKit

/// Shows `label done/total` on standard error once work has taken more than a second, only when
/// standard error is a terminal; the line is cleared at the end.
final class ProgressIndicator {
    private let label: String
    private let enabled: Bool
    private let start = Date()
    /// One second; `RUNDING_PROGRESS_AFTER` (seconds) changes it, for tests.
    private let delay: TimeInterval
    private var lastShown: Date?

    init(label: String) {
        self.label = label
        enabled = Terminal.standardError.isTerminal
        delay = ProcessInfo.processInfo.environment["RUNDING_PROGRESS_AFTER"].flatMap(TimeInterval.init) ?? 1
    }

    func update(done: Int, total: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(start) >= delay else { return }
        if let lastShown, now.timeIntervalSince(lastShown) < 0.1, done < total { return }
        lastShown = now
        StandardError.write("\r\u{1B}[K\(label) \(done)/\(total)", terminator: "")
    }

    func finish() {
        guard enabled, lastShown != nil else { return }
        StandardError.write("\r\u{1B}[K", terminator: "")
    }
}
