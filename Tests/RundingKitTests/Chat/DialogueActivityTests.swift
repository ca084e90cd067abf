import Foundation
import Testing
@testable import RundingKit

@Suite struct DialogueActivityTests {
    private func quiz(_ chat: ActivityHarness) throws -> DialogueActivity {
        let dialogue = try #require(chat.pack.dialogues.first { $0.id == "quiz-enps" })
        return try #require(DialogueActivity.start(dialogue, context: chat.context).started as? DialogueActivity)
    }

    @Test func walksAQuizToItsEnding() throws {
        let chat = ActivityHarness()
        let quiz = try quiz(chat)
        #expect(quiz.isExercise)
        let first = chat.say("pasif", to: quiz, after: 3.5)
        #expect(first.staysInActivity)
        #expect(chat.text(first).hasPrefix("✘ Belum tepat, pasif memberi 7–8."))
        #expect(chat.text(first).contains("Skor 10 masuk kumpulan mana?"))
        #expect(chat.answers.map(\.milliseconds) == [3500])
        #expect(chat.text(chat.say("1", to: quiz)).hasPrefix("✔ Betul."))
        let end = chat.say("eNPS ialah +30", to: quiz)
        #expect(end.returnsToConversation)
        #expect(chat.text(end).contains("Tamat: berjaya ✔ (passed)"))
        #expect(chat.text(end).contains("Skor: 67% (kali pertama: 67%, terbaik: 67%)"))
        #expect(chat.answers.map(\.correct) == [false, true, true])
        #expect(chat.recorder.events.last?.kind == .dialogueEnd(.init(dialogue: "quiz-enps", outcome: "passed", score: 2.0 / 3.0)))
    }

    @Test func unclearAnswersStayOnTheNodeWithoutRecording() throws {
        let chat = ActivityHarness()
        let quiz = try quiz(chat)
        let step = chat.say("entahlah", to: quiz)
        #expect(step.staysInActivity)
        #expect(chat.text(step).hasPrefix("Saya tidak pasti pilihan mana"))
        #expect(chat.answers.isEmpty)
        #expect(quiz.run.node.id == "q1")
        #expect(quiz.phase == .answering)
    }

    @Test func hintsOnlyWhereTheNodeHasOne() throws {
        let chat = ActivityHarness()
        let quiz = try quiz(chat)
        #expect(quiz.perform(.hint, argument: "") == nil)
        _ = chat.say("1", to: quiz)
        let hint = try #require(quiz.perform(.hint, argument: ""))
        #expect(chat.text(hint) == "Petunjuk: % promoter − % pengkritik")
        // Other commands are the session's.
        #expect(quiz.perform(.quiz, argument: "") == nil)
    }

    @Test func showsTheNodeAgainInTheCurrentLanguage() throws {
        let chat = ActivityHarness()
        let quiz = try quiz(chat)
        chat.context.language = .en
        #expect(chat.text(quiz.presentAgain()).hasPrefix("What are employees who score 9 or 10 called?"))
        #expect(chat.text(quiz.leave()) == "Activity left. Your answers so far are saved.")
    }
}
