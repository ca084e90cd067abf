import Foundation
import Testing
@testable import RundingKit

/// `/seterusnya` (`/next`), the welcome's next step and the line after a dialogue, in a session
/// on the starter pack (its quiz has a topic, hr; its role-play has none, so it comes last).
@Suite struct NextStepChatTests {
    let session = UUID(uuidString: "00000000-0000-0000-0000-0000000000aa")!
    let earlier = Date(timeIntervalSince1970: 1_795_000_000 - 86_400 * 3)

    private func event(_ kind: ProgressEvent.Kind, _ offset: TimeInterval = 0) -> ProgressEvent {
        ProgressEvent(at: earlier + offset, learner: "ali", session: session, kind: kind)
    }

    @Test func aNewLearnerIsToldWhereToBeginAndNextStartsTheFirstTopic() {
        let chat = ChatHarness()
        let welcome = ChatRenderer(width: 200).render(chat.session.begin())
        #expect(welcome.contains("Kali pertama di sini? Topik baharu: Maklum balas pekerja. Mari mulakan dengan kuiz “Kuiz eNPS”."), "\(welcome)")
        #expect(welcome.contains("Taip /seterusnya untuk bermula."))
        let next = chat.say("/seterusnya")
        #expect(next.hasPrefix("Topik baharu: "), "\(next)")
        #expect(next.contains("\nKuiz eNPS\n"))
        #expect(chat.session.isInActivity)
    }

    @Test func dueReviewsAreNamedInTheWelcomeAndStartedByNext() {
        let history = [
            event(.sessionStart),
            event(.answer(.init(item: "glossary:enps", correct: true, rating: .good, milliseconds: 3000, response: "enps")), 5),
            event(.sessionEnd, 10),
        ]
        let chat = ChatHarness(language: .en, history: history)
        chat.clock.now = chat.now + 40 * 86_400
        let welcome = ChatRenderer(width: 200).render(chat.session.begin())
        #expect(welcome.contains("Welcome back. Next step: 1 item is due for review. Type /next."), "\(welcome)")
        let next = chat.say("/next")
        #expect(next.hasPrefix("1 item is due for review.\n"), "\(next)")
        #expect(chat.session.currentReviewQuestion != nil)
    }

    @Test func aWeakSkillIsNamedWithItsMasteryAndItsDialogue() {
        let history = [
            event(.sessionStart),
            event(.answer(.init(item: "rp-quiet-buyer/open", correct: false,
                                evidence: [SkillEvidence(skill: "active-listening", shown: false)],
                                milliseconds: 3000, response: "1")), 5),
            event(.dialogueEnd(.init(dialogue: "rp-quiet-buyer", outcome: "lost", score: 0, success: false)), 6),
            event(.sessionEnd, 10),
        ]
        let chat = ChatHarness(history: history)
        _ = chat.session.begin()
        let next = chat.say("/seterusnya")
        #expect(next.hasPrefix("Kemahiran terlemah anda: Mendengar aktif ("), "\(next)")
        #expect(next.contains("Mari cuba lakonan peranan “"))
        #expect(chat.session.isInActivity)
    }

    @Test func nextWaitsWhileAnActivityRuns() {
        let chat = ChatHarness()
        _ = chat.session.begin()
        _ = chat.say("/seterusnya")
        #expect(chat.say("/seterusnya") == "Habiskan aktiviti ini dahulu, atau taip /berhenti untuk keluar daripadanya.")
    }

    @Test func aBareNumberOutsideAMenuIsNotTakenForAQuestion() {
        let chat = ChatHarness()
        _ = chat.session.begin()
        #expect(chat.say("1").hasPrefix("Tiada senarai untuk dipilih sekarang."))
    }

    @Test func theLanguageChosenIsSavedForTheNextSession() throws {
        let directory = try TemporaryDirectory()
        let file = LearnerPreferencesFile(directory: directory.path, learner: try LearnerName("ali"))
        #expect(file.load() == LearnerPreferences())
        let pack = ContentCheck(root: Repository.starterPack).pack
        func session(_ language: Language) -> ChatSession {
            let replay = LearnerReplay(learner: "ali", timeZone: .gmt, bktParameters: pack.bktParameters(for:))
            return ChatSession(pack: pack, learner: "ali", language: language, replay: replay,
                               environment: .init(random: SeededRandom(seed: 1), recorder: nil,
                                                  savePreferences: { try file.save($0) }))
        }
        let first = session(.ms)
        _ = first.respond(to: "/bahasa en")
        #expect(file.load().language == .en)
        // The next run starts in the saved language (the CLI passes it in unless --lang says otherwise).
        let second = session(file.load().language ?? .ms)
        #expect(ChatRenderer(width: 200).render(second.begin()).hasPrefix("Welcome to Runding"))
        _ = second.respond(to: "/lang ms")
        #expect(file.load().language == .ms)
    }
}
