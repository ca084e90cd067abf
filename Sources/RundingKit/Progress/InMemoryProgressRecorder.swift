import Foundation

/// Keeps recorded events in memory, for tests and for sessions that do not save.
public final class InMemoryProgressRecorder: ProgressRecorder, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [ProgressEvent] = []
    private let failure: (any Error)?

    /// A recorder that keeps events, or that throws `failure` for every event when given one.
    public init(failingWith failure: (any Error)? = nil) {
        self.failure = failure
    }

    /// The events recorded so far, in order.
    public var events: [ProgressEvent] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    public func record(_ event: ProgressEvent) throws {
        if let failure { throw failure }
        lock.lock()
        defer { lock.unlock() }
        recorded.append(event)
    }
}
