import Foundation
import Testing
@testable import RundingKit

@Suite struct DialogueActivityTests {
    private func quiz(_ chat: ActivityHarness) throws -> DialogueActivity {
        let dialogue = try #require(chat.pack.dialogues.first { $0.id == "quiz-enps" })
        return try #require(DialogueActivity.start(dialogue, context: chat.context).started as? DialogueActivity)
    }

    /// The number under which the current node shows its option of authored index `index`.
    private func number(_ index: Int, in quiz: DialogueActivity) -> String {
        String(quiz.order.number(ofAuthoredIndex: index)!)
    }

    @Test func walksAQuizToItsEnding() throws {
        let chat = ActivityHarness()
        let quiz = try quiz(chat)
        #expect(quiz.isExercise)
        let first = chat.say("saya rasa pasif", to: quiz, after: 3.5)
        #expect(first.staysInActivity)
        // Typed words, not the option's text: the reply first says which option it understood.
        #expect(chat.text(first).hasPrefix("Anda memilih: “Pasif”\n✘ Belum tepat, pasif memberi 7–8."))
        #expect(chat.text(first).contains("Skor 10 masuk kumpulan mana?"))
        #expect(chat.answers.map(\.milliseconds) == [3500])
        // A number: no "Anda memilih", the option under that number in the order shown.
        #expect(chat.text(chat.say(number(0, in: quiz), to: quiz)).hasPrefix("✔ Betul."))
        let end = chat.say("eNPS ialah +30", to: quiz)
        #expect(end.returnsToConversation)
        #expect(chat.text(end).contains("Skor: 67% (kali pertama: 67%, terbaik: 67%)"))
        #expect(chat.answers.map(\.correct) == [false, true, true])
    }

    @Test func unclearAnswersShowTheOptionsWithoutRecording() throws {
        let chat = ActivityHarness()
        let quiz = try quiz(chat)
        let step = chat.say("entahlah", to: quiz)
        #expect(step.staysInActivity)
        #expect(chat.text(step).hasPrefix("Saya tidak pasti pilihan mana"))
        #expect(chat.text(step).contains("1. "))
        #expect(chat.answers.isEmpty)
        #expect(quiz.run.node.id == "q1")
        #expect(quiz.phase == .answering(optionsShown: true))
    }

    /// An understander that confirms everything it is not sure of: every score under 0.99.
    private func confirmingChat() -> ActivityHarness {
        let chat = ActivityHarness()
        chat.context.understander = AnswerUnderstander(
            pack: chat.pack, thresholds: UnderstandingThresholds(take: 0.99, margin: 0.5, confirm: 0.01))
        return chat
    }

    @Test func yesTakesTheConfirmedOptionAndSaysWhichItWas() throws {
        let chat = confirmingChat()
        let quiz = try quiz(chat)
        let ask = chat.say("rasanya promoterr", to: quiz)
        #expect(chat.text(ask) == "Maksud anda pilihan \(number(0, in: quiz)): “Promoter”? (ya / tidak / nombor lain)")
        #expect(chat.answers.isEmpty)
        let yes = chat.say("ya", to: quiz)
        #expect(chat.text(yes).hasPrefix("Anda memilih: “Promoter”\n✔ Betul, skor 9–10 ialah promoter."))
        // The answer recorded is what the learner typed, not "ya".
        #expect(chat.answers.map(\.response) == ["rasanya promoterr"])
    }

    @Test func noShowsTheOptionsAndANumberTakesOne() throws {
        let chat = confirmingChat()
        let quiz = try quiz(chat)
        _ = chat.say("rasanya promoterr", to: quiz)
        let no = chat.say("tidak", to: quiz)
        #expect(chat.text(no).hasPrefix("Baik. Pilih nombor, atau katakan dengan cara lain:"))
        #expect(quiz.phase == .answering(optionsShown: true))
        #expect(chat.answers.isEmpty)
        _ = chat.say("rasanya promoterr", to: quiz)
        let other = chat.say(number(1, in: quiz), to: quiz)
        #expect(chat.text(other).hasPrefix("✘ Belum tepat, pasif memberi 7–8."))
        #expect(chat.answers.map(\.correct) == [false])
    }

    @Test func anythingElseIsReadAsANewAnswer() throws {
        let chat = confirmingChat()
        let quiz = try quiz(chat)
        _ = chat.say("rasanya promoterr", to: quiz)
        // The option text word for word is an exact rule: taken without asking.
        let step = chat.say("Pasif", to: quiz)
        // The learner typed the option's own text: no need to say which it was.
        #expect(chat.text(step).hasPrefix("✘ Belum tepat, pasif memberi 7–8."))
        #expect(quiz.run.node.id == "q1-remedy")
    }

    @Test func typedFirstRolePlaysShowOptionsOnRequest() throws {
        let chat = ActivityHarness()
        let dialogue = try #require(chat.pack.dialogues.first { $0.kind == .roleplay })
        var typed = dialogue
        typed.input = .typed
        let play = try #require(DialogueActivity.start(typed, context: chat.context).started as? DialogueActivity)
        #expect(!chat.text(play.presentAgain()).contains("1. "))
        #expect(chat.text(play.presentAgain()).contains("Enter untuk melihat pilihan"))
        let options = try #require(play.perform(.options, argument: ""))
        #expect(chat.text(options).contains("1. "))
        #expect(play.phase == .answering(optionsShown: true))
    }

    @Test func optionsAreShuffledBySeedWithFixedOnesInPlace() throws {
        let chat = ActivityHarness()
        let quiz = try quiz(chat)
        var random = SeededRandom(seed: 42)
        // The harness's seed gives the first node the order a fresh generator with it gives.
        #expect(quiz.order == OptionOrder.shuffled(quiz.run.node, using: &random))
    }

    @Test func hintsOnlyWhereTheNodeHasOne() throws {
        let chat = ActivityHarness()
        let quiz = try quiz(chat)
        #expect(quiz.perform(.hint, argument: "") == nil)
        _ = chat.say("promoter", to: quiz)
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

    @Test func eachAnswerRecordsItsChoiceAndHowItWasGiven() throws {
        let chat = confirmingChat()
        let quiz = try quiz(chat)
        _ = chat.say("rasanya promoterr", to: quiz)
        _ = chat.say("ya", to: quiz)
        let first = try #require(chat.answers.last)
        #expect(first.choice == quiz.run.dialogue.node("q1")?.choiceID(at: 0))
        #expect(first.conditions == AnswerConditions(optionsShown: 2, wasConfirmed: true))
        _ = try #require(quiz.perform(.hint, argument: ""))
        _ = chat.say("30", to: quiz)
        let typed = try #require(chat.answers.last)
        // A typed node shows no options; the hint was asked for first.
        #expect(typed.conditions == AnswerConditions(optionsShown: nil, afterHint: true))
    }
}
