/// Where a chat session records what the learner does; the store on disk, or memory in tests.
public protocol ProgressRecorder: Sendable {
    /// Saves `event`; throws when it could not be saved (the session carries on without it).
    func record(_ event: ProgressEvent) throws
}
