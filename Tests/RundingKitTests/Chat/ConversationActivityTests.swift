import Foundation
import Testing
@testable import RundingKit

@Suite struct ConversationActivityTests {
    @Test func answersQuestionsAndStays() {
        let chat = ActivityHarness()
        let conversation = ConversationActivity(context: chat.context)
        let step = chat.say("apa itu eNPS?", to: conversation)
        #expect(step.staysInActivity)
        #expect(chat.text(step).split(separator: "\n").first == "eNPS")
        #expect(chat.text(chat.say("what's the weather like", to: conversation)).hasPrefix("Maaf, saya tidak menemui"))
        #expect(!conversation.isExercise)
        #expect(chat.recorder.events.isEmpty)
    }

    @Test func commandsStartOtherActivities() throws {
        let chat = ActivityHarness()
        let conversation = ConversationActivity(context: chat.context)
        let quiz = try #require(conversation.perform(.quiz, argument: "quiz-enps"))
        #expect(quiz.started is DialogueActivity)
        #expect(chat.text(quiz).hasPrefix("Kuiz eNPS"))
        let oneRoleplay = try #require(conversation.perform(.roleplay, argument: ""))
        #expect(oneRoleplay.started is DialogueActivity, "the starter pack's only role-play starts at once")
        let shipped = ActivityHarness(root: Repository.root)
        let menu = try #require(ConversationActivity(context: shipped.context).perform(.quiz, argument: ""))
        #expect(menu.started is MenuActivity)
        let review = try #require(conversation.perform(.review, argument: ""))
        #expect(review.started is ReviewActivity)
        let glossary = try #require(conversation.perform(.glossary, argument: ""))
        #expect(glossary.staysInActivity)
        #expect(chat.text(glossary).contains("Mendengar aktif"))
        // Session-wide commands are not the conversation's.
        #expect(conversation.perform(.hint, argument: "") == nil)
        #expect(conversation.perform(.help, argument: "") == nil)
    }

    @Test func followsTheSessionLanguage() {
        let chat = ActivityHarness()
        let conversation = ConversationActivity(context: chat.context)
        chat.context.language = .en
        #expect(chat.text(chat.say("hi", to: conversation)).hasPrefix("Hi! Ask me"))
    }
}
