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

    public init(clock: @escaping () -> Date = Date.init, timeZone: TimeZone = .current,
                random: SeededRandom = SeededRandom(), recorder: (any ProgressRecorder)?,
                sessionID: UUID = UUID()) {
        self.clock = clock
        self.timeZone = timeZone
        self.random = random
        self.recorder = recorder
        self.sessionID = sessionID
    }
}
