import Foundation
@testable import RundingKit

/// One chat activity driven alone: a context on the starter pack with a clock the test moves,
/// a fixed seed and a recorder in memory; lines go straight to the activity, no session around it.
final class ActivityHarness {
    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_795_000_000)
    }

    let clock = Clock()
    let recorder = InMemoryProgressRecorder()
    let context: ChatContext
    var pack: ContentPack { context.pack }

    /// - Parameter root: the content; the starter pack unless the test needs more dialogues (menus).
    init(language: Language = .ms, root: String = Repository.starterPack) {
        let pack = ContentCheck(root: root).pack
        let zone = TimeZone(identifier: "Asia/Kuala_Lumpur")!
        let replay = LearnerReplay(learner: "ali", timeZone: zone, bktParameters: pack.bktParameters(for:))
        let clock = clock
        context = ChatContext(pack: pack, learner: "ali", language: language, replay: replay,
                              environment: ChatEnvironment(clock: { clock.now }, timeZone: zone,
                                                           random: SeededRandom(seed: 42), recorder: recorder))
    }

    /// Plain text of a reply, wide enough that nothing wraps.
    func text(_ reply: ChatReply) -> String { ChatRenderer(width: 200).render(reply) }
    func text(_ step: ChatStep) -> String { text(step.reply) }

    /// Sends `line` to `activity` after `seconds` on the clock.
    func say(_ line: String, to activity: any ChatActivity, after seconds: TimeInterval = 2) -> ChatStep {
        clock.now += seconds
        return activity.respond(to: line)
    }

    var answers: [ProgressEvent.Answer] {
        recorder.events.compactMap { if case .answer(let answer) = $0.kind { return answer } else { return nil } }
    }
}

extension ChatStep {
    /// The activity this step starts, if it starts one.
    var started: (any ChatActivity)? {
        if case .start(let activity) = next { return activity }
        return nil
    }

    var staysInActivity: Bool {
        if case .stay = next { return true }
        return false
    }

    var returnsToConversation: Bool {
        if case .conversation = next { return true }
        return false
    }
}
