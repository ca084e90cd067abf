import Foundation
import Testing
@testable import RundingKit

/// A chat session on the starter pack with a clock the test moves, a fixed seed and a recorder in memory.
final class ChatHarness {
    var now = Date(timeIntervalSince1970: 1_795_000_000)
    let recorder: InMemoryProgressRecorder
    let session: ChatSession

    init(language: Language = .ms, recorder: InMemoryProgressRecorder = InMemoryProgressRecorder(),
         history: [ProgressEvent] = []) {
        let pack = ContentCheck(root: Repository.starterPack).pack
        self.recorder = recorder
        var replay = LearnerReplay(learner: "ali", timeZone: TimeZone(identifier: "Asia/Kuala_Lumpur")!,
                                   bktParameters: pack.bktParameters(for:))
        for event in history { replay.apply(event) }
        let clock = Clock()
        session = ChatSession(pack: pack, learner: "ali", language: language, replay: replay,
                              environment: .init(clock: { clock.now }, timeZone: TimeZone(identifier: "Asia/Kuala_Lumpur")!,
                                                 random: SeededRandom(seed: 42), recorder: recorder))
        self.clock = clock
        clock.now = now
    }

    let clock: Clock

    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_795_000_000)
    }

    /// Sends lines, advancing the clock by `seconds` before each; returns the plain text of the replies.
    @discardableResult
    func say(_ lines: String..., after seconds: TimeInterval = 2) -> String {
        lines.map { line in
            clock.now += seconds
            return ChatRenderer(width: 200).render(session.respond(to: line))
        }.joined(separator: "\n")
    }

    var answers: [ProgressEvent.Answer] {
        recorder.events.compactMap { if case .answer(let answer) = $0.kind { return answer } else { return nil } }
    }
}

@Suite struct ChatSessionTests {
    @Test func greetsAndRecordsTheSessionStart() {
        let chat = ChatHarness()
        let text = ChatRenderer().render(chat.session.begin())
        #expect(text.hasPrefix("Selamat datang ke Runding"))
        #expect(chat.recorder.events.map(\.kind) == [.sessionStart])
        #expect(chat.recorder.events.first?.learner == "ali")
    }

    @Test func answersQuestionsFromTheGlossary() {
        let chat = ChatHarness()
        _ = chat.session.begin()
        let reply = chat.say("apa itu eNPS?")
        #expect(reply.split(separator: "\n").first == "eNPS")
        #expect(reply.contains("Berkaitan: Mendengar aktif"))
        #expect(chat.say("hai").hasPrefix("Hai!"))
        #expect(chat.say("terima kasih").hasPrefix("Sama-sama"))
        #expect(chat.say("xyzzy plugh").hasPrefix("Maaf, saya tidak menemui"))
    }

    @Test func recordsEachAnswerBeforeShowingItsFeedback() throws {
        let chat = ChatHarness()
        chat.say("/kuiz")
        let feedback = chat.say("pasif", after: 3.5)
        #expect(feedback.hasPrefix("✘ Belum tepat, pasif memberi 7–8."))
        let answer = try #require(chat.answers.last)
        #expect(answer.item == "quiz-enps/q1")
        #expect(answer.correct == false)
        #expect(answer.evidence == [SkillEvidence(skill: "employee-feedback", shown: false)])
        #expect(answer.milliseconds == 3500)
        #expect(answer.response == "pasif")
        #expect(answer.rating == nil)
        #expect(feedback.contains("Skor 10 masuk kumpulan mana?"))
        #expect(chat.say("promoter").hasPrefix("✔ Betul."))
        #expect(chat.say("/petunjuk").contains("% promoter − % pengkritik"))
        let end = chat.say("eNPS ialah +30")
        // 2 of 3 is under the pass mark of 70%: the successful ending does not make it a pass.
        #expect(end.contains("Tamat: belum berjaya ✘\nMarkah lulus kuiz ini ialah 70%."))
        #expect(!end.contains("(passed)") && !end.contains("Anda boleh mengira eNPS."))
        #expect(end.contains("Skor: 67% (kali pertama: 67%, terbaik: 67%)"))
        guard case .dialogueEnd(let ending) = chat.recorder.events.last?.kind else {
            Issue.record("no dialogue_end")
            return
        }
        #expect(ending == ProgressEvent.DialogueEnd(dialogue: "quiz-enps", outcome: "passed", score: 2.0 / 3.0, success: false))
    }

    @Test func bestAndFirstScoresComeFromHistory() {
        let chat = ChatHarness()
        chat.say("/lakonan", "terus terangkan harga dan diskaun", "minta dia buat keputusan hari ini")
        let second = chat.say("/lakonan", "saya tanya apa yang paling penting bagi dia", "saya ulang semula kebimbangannya")
        #expect(second.contains("Skor: 100% (kali pertama: 0%, terbaik: 100%)"))
        #expect(second.contains("Kad skor"))
        #expect(second.contains("Yang berjalan baik:"))
    }

    @Test func unclearAnswersAreAskedAgain() {
        let chat = ChatHarness()
        chat.say("/lakonan")
        #expect(chat.say("entahlah").hasPrefix("Saya tidak pasti pilihan mana"))
        #expect(chat.say("9").hasPrefix("Tiada pilihan dengan nombor itu"))
        #expect(chat.answers.isEmpty)
        #expect(chat.say("saya mahu tanya apa yang penting").hasPrefix("Anda memilih: “Tanya apa yang paling penting bagi dia”\n✔ Soalan terbuka"))
    }

    @Test func aNumberBeforeTheOptionsAreShownShowsThemInstead() {
        let chat = ChatHarness()
        chat.say("/lakonan")
        #expect(chat.say("1").hasPrefix("Pilihan belum ditunjukkan. Inilah pilihannya:"))
        #expect(chat.answers.isEmpty)
        let taken = chat.say("1")
        #expect(taken.hasPrefix("✔ ") || taken.hasPrefix("✘ "))
        #expect(chat.answers.count == 1)
    }

    @Test func interruptAsksBeforeLeaving() {
        let chat = ChatHarness()
        chat.say("/kuiz")
        #expect(chat.session.isInActivity)
        let question = ChatRenderer(width: 200).render(chat.session.interrupt())
        #expect(question.contains("(ya/tidak)"))
        #expect(chat.say("tidak").contains("Pekerja yang memberi skor 9 atau 10"))
        #expect(chat.session.isInActivity)
        _ = chat.session.interrupt()
        #expect(chat.say("ya").hasPrefix("Aktiviti ditinggalkan"))
        #expect(!chat.session.isInActivity)
        #expect(chat.session.interrupt().isEmpty)
    }

    @Test func commandsHaveMalayAndEnglishNames() {
        let chat = ChatHarness()
        #expect(chat.say("/bantuan").contains("/glosari [istilah|term] (/glossary)"))
        #expect(chat.say("/lang en") == "Language: English.")
        #expect(chat.say("/help").contains("/glossary [istilah|term] (/glosari)"))
        #expect(chat.say("/quizz") == "Unknown command: /quizz. Did you mean /quiz? Type /help.")
        #expect(chat.say("/bahasa") == "Bahasa: Melayu.")
        #expect(chat.say("/progress").hasPrefix("Kemajuan: ali"))
        #expect(chat.say("/stop") == "Tiada kuiz atau lakonan yang sedang berjalan.")
        #expect(chat.session.completions.words.contains("/ulangkaji"))
        #expect(chat.session.completions.words.contains("rp-quiet-buyer"))
        #expect(chat.session.completions.words.contains("Pulse survey"))
    }

    @Test func reviewGradesTypedTerms() {
        let chat = ChatHarness()
        let start = chat.say("/ulangkaji")
        #expect(start.contains("(1/3)"))
        // The seed decides the forms; typing the term answers a typed question, a number a menu.
        var replies: [String] = []
        var forms: Set<String> = []
        while let question = chat.session.currentReviewQuestion {
            switch question.form {
            case .typeTheTerm:
                forms.insert("type")
                replies.append(chat.say(question.entry.term.ms, after: 1))
            case .pickTheDefinition(_, let correctIndex):
                forms.insert("pick")
                replies.append(chat.say(String(correctIndex + 1), after: 1))
            }
        }
        #expect(chat.answers.count == 3)
        #expect(chat.answers.allSatisfy { $0.correct && $0.rating == .easy })
        #expect(replies.last?.contains("Ulang kaji selesai: 3/3 betul.") == true)
        #expect(chat.say("/ulangkaji").contains("Tiada apa untuk diulang kaji"))
    }

    @Test(arguments: [
        (false, false, false, 1, ReviewRating.again),
        (true, true, false, 1, .hard),
        (true, false, true, 1, .hard),
        (true, false, false, 2, .easy),
        (true, false, false, 30, .good),
    ])
    func ratings(correct: Bool, typo: Bool, hint: Bool, seconds: Int, expected: ReviewRating) {
        #expect(ReviewQueue.rating(correct: correct, viaTypo: typo, hintUsed: hint, milliseconds: seconds * 1000,
                                   fastWithin: 10_000) == expected)
    }

    @Test func aTypoIsGradedHard() throws {
        let pack = ContentCheck(root: Repository.starterPack).pack
        let entry = try #require(pack.entry("active-listening"))
        let question = GlossaryQuestion(entry: entry, form: .typeTheTerm)
        #expect(question.grade("mendengar aktif", pack: pack) == .init(correct: true, viaTypo: false, pickedIndex: nil))
        #expect(question.grade("jawapannya mendengar aktf", pack: pack) == .init(correct: true, viaTypo: true, pickedIndex: nil))
        #expect(question.grade("attentive listening", pack: pack).correct)
        #expect(!question.grade("mendengar", pack: pack).correct)
        #expect(question.maskedDefinition(.en) == "Listening with full attention to understand, not just waiting for your turn to talk.")
        #expect(question.hint(.ms) == "M········ a····")
    }

    @Test func failingRecorderIsReportedOnceAndTheChatGoesOn() {
        struct DiskFull: Error, CustomStringConvertible { var description: String { "cannot write '/x/ali.jsonl': no space left on device" } }
        let chat = ChatHarness(recorder: InMemoryProgressRecorder(failingWith: DiskFull()))
        let welcome = ChatRenderer(width: 200).render(chat.session.begin())
        #expect(welcome.hasPrefix("! Kemajuan TIDAK disimpan: cannot write '/x/ali.jsonl': no space left on device"))
        chat.say("/kuiz")
        let feedback = chat.say("1")
        #expect(feedback.hasPrefix("✔ Betul, skor 9–10 ialah promoter. — ✘ tidak disimpan"))
        #expect(!feedback.contains("TIDAK disimpan"))
    }

    @Test func finishRecordsTheEndAndSummarises() {
        let chat = ChatHarness()
        chat.say("/kuiz", "1")
        let summary = ChatRenderer(width: 200).render(chat.session.finish())
        #expect(summary.split(separator: "\n").map(String.init) == [
            "Sesi ini: 1 jawapan, 1 betul (100%).",
            // L0 .2, T .15, S .1, one right answer picked among 2 options shown, so G = max(.25, 1/2) = .5:
            // .2·.9 / (.2·.9 + .8·.5) = .3103; + .6897·.15 = .4138.
            "Perubahan terbesar: Maklum balas pekerja 20% → 41%.",
            "Tiada ulang kaji tertunggak. Jumpa lagi!",
        ])
        #expect(chat.recorder.events.last?.kind == .sessionEnd)
        #expect(chat.session.isFinished)
        #expect(chat.session.respond(to: "hai").isEmpty)
        #expect(chat.session.finish().isEmpty)
    }

    @Test func sameSeedSameRepliesButDistinctSessions() {
        let first = ChatHarness()
        let second = ChatHarness()
        #expect(first.session.sessionID != second.session.sessionID)
        #expect(first.say("/ulangkaji") == second.say("/ulangkaji"))
    }
}

/// The glossary's answers in the chat with the shipped pack: likely answers and practice lines.
@Suite struct GlossaryAnswerChatTests {
    static func session(_ language: Language) -> ChatSession {
        let pack = ShippedPackTests.check.pack
        let replay = LearnerReplay(learner: "ali", timeZone: TimeZone(identifier: "Asia/Kuala_Lumpur")!,
                                   bktParameters: pack.bktParameters(for:))
        return ChatSession(pack: pack, learner: "ali", language: language, replay: replay,
                           environment: .init(clock: { Date(timeIntervalSince1970: 1_795_000_000) },
                                              timeZone: TimeZone(identifier: "Asia/Kuala_Lumpur")!,
                                              random: SeededRandom(seed: 1), recorder: InMemoryProgressRecorder()))
    }

    static func say(_ line: String, language: Language = .ms) -> String {
        let session = session(language)
        _ = session.begin()
        return ChatRenderer(width: 200).render(session.respond(to: line))
    }

    @Test func aLikelyAnswerSaysSo() {
        let reply = Self.say("kenapa kepercayaan penting dalam rundingan")
        #expect(reply.hasPrefix("Mungkin maksud anda:\n\nKepercayaan dalam rundingan\n"), "\(reply)")
        #expect(!Self.say("apa itu eNPS?").contains("Mungkin maksud anda"))
    }

    @Test func aSituationEndsWithTheRolePlayToPractiseIt() {
        let reply = Self.say("customer minta diskaun 30%, apa patut saya buat?")
        #expect(reply.trimmingCharacters(in: .newlines).hasSuffix("Untuk berlatih situasi ini: /lakonan rp-aggressive-discount (“Pembeli agresif: diskaun 30% sebelum Jumaat”)"),
                "\(reply)")
        #expect(!Self.say("apa itu eNPS?").contains("Untuk berlatih"))
    }
}
