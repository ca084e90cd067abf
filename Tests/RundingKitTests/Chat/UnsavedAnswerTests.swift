import Foundation
import Testing
@testable import RundingKit

/// Issue 16, item 10: with a full disk, one notice appeared and then 161 answers got their
/// normal feedback; nothing said when saving worked again.
@Suite struct UnsavedAnswerTests {
    /// Fails with "no space left" while `full`, else keeps the events.
    final class Disk: ProgressRecorder, @unchecked Sendable {
        var full = false
        var events: [ProgressEvent] = []

        func record(_ event: ProgressEvent) throws {
            if full { throw ProgressFileError(path: "/x/ali.jsonl", operation: .write, reason: .noSpace) }
            events.append(event)
        }
    }

    static func session(_ disk: Disk, language: Language) -> ChatSession {
        let pack = ContentCheck(root: Repository.starterPack).pack
        let replay = LearnerReplay(learner: "ali", timeZone: TimeZone(identifier: "Asia/Kuala_Lumpur")!,
                                   bktParameters: pack.bktParameters(for:))
        return ChatSession(pack: pack, learner: "ali", language: language, replay: replay,
                           environment: .init(random: SeededRandom(seed: 42), recorder: disk))
    }

    static func say(_ session: ChatSession, _ line: String) -> String {
        ChatRenderer(width: 300).render(session.respond(to: line))
    }

    @Test(arguments: [(Language.ms, "✘ tidak disimpan", "Kemajuan disimpan semula.", "Kemajuan TIDAK disimpan"),
                      (.en, "✘ not saved", "Progress is being saved again.", "Progress is NOT being saved")])
    func everyUnsavedAnswerSaysSoAndRecoveryIsAnnounced(language: Language, mark: String, again: String, notice: String) {
        let disk = Disk()
        let session = Self.session(disk, language: language)
        _ = session.begin()
        _ = Self.say(session, language == .ms ? "/kuiz" : "/quiz")
        disk.full = true
        let first = Self.say(session, "promoter")
        #expect(first.contains(notice))
        #expect(first.split(separator: "\n").contains { $0.hasPrefix("✔ ") && $0.hasSuffix(" — " + mark) }, "\(first)")
        let second = Self.say(session, "30")
        #expect(!second.contains(notice))
        #expect(second.split(separator: "\n").contains { ($0.hasPrefix("✔ ") || $0.hasPrefix("✘ ")) && $0.hasSuffix(" — " + mark) },
                "\(second)")
        disk.full = false
        _ = Self.say(session, language == .ms ? "/kuiz" : "/quiz")
        let third = Self.say(session, "promoter")
        #expect(third.components(separatedBy: again).count == 2, "\(third)")
        #expect(!third.contains(mark))
        let fourth = Self.say(session, "30")
        #expect(!fourth.contains(again) && !fourth.contains(mark), "\(fourth)")
        #expect(disk.events.filter { if case .answer = $0.kind { true } else { false } }.count == 2)
    }
}
