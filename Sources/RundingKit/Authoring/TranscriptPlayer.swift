import Foundation

/// Plays a learner's lines through a `ChatSession` the same way every time, and records the
/// replies as a `Transcript`: a fixed clock (2026-01-01 00:00 UTC), a seeded random source,
/// progress kept in memory, replies rendered 80 columns wide without colour.
///
/// The greeting before the first line is not part of a transcript, nor is the session summary.
public struct TranscriptPlayer {
    public static let fixedDate = Date(timeIntervalSince1970: 1_767_225_600)
    public static let learner = "transcript"

    public let pack: ContentPack
    public let language: Language
    public let seed: UInt64
    public let renderer: ChatRenderer

    public init(pack: ContentPack, language: Language = .ms, seed: UInt64 = 1, width: Int = 80) {
        self.pack = pack
        self.language = language
        self.seed = seed
        renderer = ChatRenderer(width: width)
    }

    /// The transcript of `inputs` (keeping `header`), and the progress events the session recorded.
    public func play(_ inputs: [String], header: [String] = []) -> (transcript: Transcript, events: [ProgressEvent]) {
        let utc = TimeZone(identifier: "UTC")!
        let recorder = InMemoryProgressRecorder()
        let replay = LearnerReplay(learner: Self.learner, timeZone: utc, bktParameters: pack.bktParameters(for:),
                                   dialogueSuccess: pack.passRules.passed)
        let session = ChatSession(
            pack: pack, learner: Self.learner, language: language, replay: replay,
            environment: .init(clock: { Self.fixedDate }, timeZone: utc, random: SeededRandom(seed: seed),
                               recorder: recorder))
        _ = session.begin()
        let exchanges = inputs.map { input in
            let reply = session.respond(to: input)
            let output = reply.isEmpty ? [] : renderer.render(reply)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            return Transcript.Exchange(input: input, output: output)
        }
        var transcript = Transcript(header: header, exchanges: exchanges)
        for index in transcript.exchanges.indices {
            while transcript.exchanges[index].output.last?.isEmpty == true {
                transcript.exchanges[index].output.removeLast()
            }
        }
        return (transcript, recorder.events)
    }
}
