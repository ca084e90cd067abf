import Foundation
import Testing
@testable import RundingKit

@Suite struct ReviewActivityTests {
    @Test func asksEachDueItemAndEnds() throws {
        let chat = ActivityHarness()
        let start = ReviewActivity.start(context: chat.context)
        #expect(chat.text(start).contains("(1/3)"))
        let review = try #require(start.started as? ReviewActivity)
        #expect(review.isExercise)
        var last: ChatStep?
        for _ in 0..<3 {
            let line: String
            switch review.question.form {
            case .typeTheTerm: line = review.question.entry.term.ms
            case .pickTheDefinition(_, let correctIndex): line = String(correctIndex + 1)
            }
            last = chat.say(line, to: review, after: 1)
        }
        let end = try #require(last)
        #expect(end.returnsToConversation)
        #expect(chat.text(end).contains("Ulang kaji selesai: 3/3 betul."))
        #expect(chat.answers.count == 3)
        #expect(chat.answers.allSatisfy { $0.correct && $0.rating == .easy })
    }

    @Test func aWrongAnswerShowsTheDefinition() throws {
        let chat = ActivityHarness()
        let review = try #require(ReviewActivity.start(context: chat.context).started as? ReviewActivity)
        let line: String
        switch review.question.form {
        case .typeTheTerm: line = "bukan istilah ini"
        case .pickTheDefinition(_, let correctIndex): line = String((correctIndex + 1) % 4 + 1)
        }
        let term = review.question.entry.term.ms
        let step = chat.say(line, to: review)
        #expect(step.staysInActivity)
        #expect(chat.text(step).hasPrefix("✘ Belum tepat. \(term):"))
        #expect(chat.answers.map(\.rating) == [.again])
    }

    @Test func nothingDueStaysInTheConversation() throws {
        let chat = ActivityHarness()
        let review = try #require(ReviewActivity.start(context: chat.context).started as? ReviewActivity)
        for _ in 0..<3 {
            switch review.question.form {
            case .typeTheTerm: _ = chat.say(review.question.entry.term.ms, to: review, after: 1)
            case .pickTheDefinition(_, let correctIndex): _ = chat.say(String(correctIndex + 1), to: review, after: 1)
            }
        }
        chat.context.language = .en
        let again = ReviewActivity.start(context: chat.context)
        #expect(again.staysInActivity)
        #expect(chat.text(again) == "Nothing to review right now. Try /quiz.")
    }

    @Test func saysWhenAnItemComesBack() {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(ReviewActivity.nextReviewText(due: now, now: now, language: .en) == "Review again today.")
        #expect(ReviewActivity.nextReviewText(due: now + 86_400, now: now, language: .en) == "Next review: in 1 day.")
        #expect(ReviewActivity.nextReviewText(due: now + 3 * 86_400, now: now, language: .ms) == "Ulang kaji seterusnya: dalam 3 hari.")
    }
}
