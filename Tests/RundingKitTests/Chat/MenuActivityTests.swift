import Foundation
import Testing
@testable import RundingKit

@Suite struct MenuActivityTests {
    private func menu(_ chat: ActivityHarness, _ kind: Dialogue.Kind = .roleplay, _ words: String = "") throws -> MenuActivity {
        let step = MenuActivity.choose(kind, words, context: chat.context)
        return try #require(step.started as? MenuActivity)
    }

    @Test func listsTheDialoguesOfItsKind() throws {
        let chat = ActivityHarness(root: Repository.root)
        let step = MenuActivity.choose(.roleplay, "", context: chat.context)
        let shown = chat.text(step)
        #expect(shown.hasPrefix("Lakonan peranan"))
        #expect(shown.hasSuffix("Taip nombor untuk bermula."))
        let menu = try #require(step.started as? MenuActivity)
        #expect(menu.options.count > 1)
        #expect(menu.options.map(\.kind).allSatisfy { $0 == .roleplay })
        #expect(!menu.isExercise)
    }

    @Test func aNumberOrANameStartsOne() throws {
        let chat = ActivityHarness(root: Repository.root)
        let byNumber = chat.say("1", to: try menu(chat))
        let dialogue = try #require(byNumber.started as? DialogueActivity)
        #expect(dialogue.run.dialogue.kind == .roleplay)
        let second = try menu(chat).options[1].id
        let byName = chat.say(second, to: try menu(chat))
        #expect((byName.started as? DialogueActivity)?.run.dialogue.id == second)
    }

    @Test func anythingElseIsAQuestion() throws {
        let chat = ActivityHarness(root: Repository.root)
        let step = chat.say("apa itu eNPS?", to: try menu(chat))
        #expect(step.returnsToConversation)
        #expect(chat.text(step).hasPrefix("eNPS"))
        // A number out of range is a question too, not a crash.
        #expect(chat.say("99", to: try menu(chat)).returnsToConversation)
    }

    @Test func unmatchedWordsShowTheWholeList() {
        let chat = ActivityHarness(root: Repository.root)
        let step = MenuActivity.choose(.quiz, "zzz", context: chat.context)
        #expect(chat.text(step).hasPrefix("Tiada yang sepadan dengan 'zzz'. Pilih daripada senarai:"))
        #expect(step.started is MenuActivity)
    }
}

@Suite struct MenuArgumentTests {
    @Test func aNumberAfterTheCommandStartsThatEntryOfTheMenu() throws {
        let chat = ActivityHarness(root: Repository.root)
        let menu = try #require(MenuActivity.choose(.quiz, "", context: chat.context).started as? MenuActivity)
        let fourth = menu.options[3].id
        let step = MenuActivity.choose(.quiz, "4", context: chat.context)
        #expect((step.started as? DialogueActivity)?.run.dialogue.id == fourth)
        let outOfRange = MenuActivity.choose(.quiz, "99", context: chat.context)
        #expect(chat.text(outOfRange).hasPrefix("Tiada nombor 99 dalam senarai. Pilih 1 hingga \(menu.options.count):"))
        #expect(outOfRange.started is MenuActivity)
    }

    @Test func theQuizMenuFollowsTheCurriculum() throws {
        let chat = ActivityHarness(root: Repository.root)
        let menu = try #require(MenuActivity.choose(.quiz, "", context: chat.context).started as? MenuActivity)
        #expect(menu.options.first?.id == "quiz-negotiation-basics")
        #expect(menu.options.map(\.id) == chat.pack.inCurriculumOrder(menu.options).map(\.id))
    }

    @Test(arguments: ["bantahan", "objection handling", "objections", "Menangani bantahan"])
    func skillNamesInEitherLanguageFindTheirDialogues(_ words: String) throws {
        let chat = ActivityHarness(root: Repository.root)
        let step = MenuActivity.choose(.quiz, words, context: chat.context)
        let menu = try #require(step.started as? MenuActivity, "\(chat.text(step))")
        #expect(!menu.options.isEmpty)
        #expect(menu.options.allSatisfy { $0.skills.contains("objection-handling") })
        #expect(!chat.text(step).contains("Tiada yang sepadan"))
    }

    @Test func aGlossaryAliasFindsTheDialoguesOfItsTopicOrSkills() throws {
        let chat = ActivityHarness(root: Repository.root)
        // "tinjauan nadi" is the pulse survey's term; its quiz is found through the glossary.
        let step = MenuActivity.choose(.quiz, "tinjauan nadi", context: chat.context)
        let ids = (step.started as? MenuActivity)?.options.map(\.id)
            ?? [(step.started as? DialogueActivity)?.run.dialogue.id].compactMap { $0 }
        #expect(ids.contains("quiz-pulse-survey"), "\(chat.text(step))")
    }
}
