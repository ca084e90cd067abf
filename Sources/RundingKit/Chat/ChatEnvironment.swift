import Foundation

/// What a chat session depends on, injected: time, randomness and where its events go.
public struct ChatEnvironment {
    public var clock: () -> Date
    public var timeZone: TimeZone
    public var random: SeededRandom
    /// Where events go; nil when progress is not being saved at all.
    public var recorder: (any ProgressRecorder)?
    /// Unique per session even when two run with the same seed: it tells their events apart.
    public var sessionID: UUID
    /// Keeps the learner's preferences (the language chosen with /lang) for the next session;
    /// nil when nothing is kept.
    public var savePreferences: ((LearnerPreferences) throws -> Void)?

    public init(clock: @escaping () -> Date = Date.init, timeZone: TimeZone = .current,
                random: SeededRandom = SeededRandom(), recorder: (any ProgressRecorder)?,
                sessionID: UUID = UUID(), savePreferences: ((LearnerPreferences) throws -> Void)? = nil) {
        self.clock = clock
        self.timeZone = timeZone
        self.random = random
        self.recorder = recorder
        self.sessionID = sessionID
        self.savePreferences = savePreferences
    }
}
