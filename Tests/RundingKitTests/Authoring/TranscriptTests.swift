import Foundation
import Testing
@testable import RundingKit

/// Every shipped dialogue has `Transcripts/<id>.transcript`: its main path played through the chat
/// session (fixed clock, seed 1, progress in memory, 80 columns). `RUNDING_RECORD=1` re-records.
@Suite struct TranscriptTests {
    static let directory = Repository.root + "/Tests/RundingKitTests/Transcripts"
    static let pack = ContentLoader(displayBase: Repository.root).load(root: Repository.root).pack
    static let shipped = pack.dialogues.map(\.id)
    static var recording: Bool { ProcessInfo.processInfo.environment["RUNDING_RECORD"] != nil }

    @Test(arguments: shipped)
    func mainPathTranscript(_ id: String) {
        for problem in TranscriptFile(directory: Self.directory, pack: Self.pack).verify(id, record: Self.recording) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    /// Not while recording: the files are being written by the cases above.
    @Test(.disabled(if: recording)) func everyTranscriptIsForAShippedDialogue() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory)
            .filter { $0.hasSuffix(".transcript") }
        let ids = files.map { String($0.dropLast(".transcript".count)) }
        #expect(Set(ids).subtracting(Self.shipped).sorted() == [], "transcripts for dialogues that do not exist")
        #expect(ids.count == Self.shipped.count)
    }

    @Test func theShippedDialoguesAreFound() {
        #expect(Self.shipped.filter { $0.hasPrefix("quiz-") }.count == 13)
        #expect(Self.shipped.filter { $0.hasPrefix("rp-") }.count >= 5)
        #expect(Self.shipped.contains("rp-cross-cultural") && Self.shipped.contains("rp-post-deal-follow-up"))
    }
}

/// The transcript format and the checks themselves: each can fail.
@Suite struct TranscriptFormatTests {
    static let starter = ContentLoader(displayBase: Repository.starterPack).load(root: Repository.starterPack).pack

    @Test func parsesInputsRepliesAndComments() throws {
        let transcript = try Transcript(parsing: """
            # a comment

            > /kuiz quiz-enps
            Kuiz eNPS

            Pekerja?
            \\> quoted
            >
            > 1
            ✔ Betul.


            """)
        #expect(transcript.header == ["# a comment"])
        #expect(transcript.exchanges == [
            .init(input: "/kuiz quiz-enps", output: ["Kuiz eNPS", "", "Pekerja?", "> quoted"]),
            .init(input: "", output: []),
            .init(input: "1", output: ["✔ Betul."]),
        ])
        #expect(try Transcript(parsing: transcript.text) == transcript)
        #expect(transcript.text.contains("\n\\> quoted\n"))
    }

    @Test func textBeforeTheFirstInputIsAnError() {
        #expect(throws: Transcript.ParseError(line: 2, text: "Kuiz eNPS")) {
            try Transcript(parsing: "# header\nKuiz eNPS\n> 1\n")
        }
    }

    @Test func mainPathTakesRightAnswersToAPassedEnding() throws {
        let quiz = try #require(Self.starter.dialogue("quiz-enps"))
        let path = DialogueMainPath(quiz)
        #expect(path.steps?.map(\.node) == ["q1", "q2"])
        #expect(path.chatInputs() == ["/kuiz quiz-enps", "promoter", "30"])
        let rolePlay = try #require(Self.starter.dialogue("rp-quiet-buyer"))
        #expect(DialogueMainPath(rolePlay).chatInputs(language: .en)
                == ["/roleplay rp-quiet-buyer", "tanya apa yang penting", "Ulang semula kebimbangannya"])
    }

    @Test func playerRendersTheSessionRepliesAndRecordsInMemory() {
        let (transcript, events) = TranscriptPlayer(pack: Self.starter).play(["/kuiz quiz-enps", "pasif", "promoter", "30"])
        #expect(transcript.exchanges[1] == .init(input: "pasif", output: [
            "✘ Belum tepat, pasif memberi 7–8.",
            "",
            "Promoter 9–10, pasif 7–8, pengkritik 0–6. Skor 10 masuk kumpulan mana?",
            "  1. Promoter",
            "  2. Pengkritik",
        ]))
        // 2 of 3 right is under the pass mark of 70%.
        #expect(transcript.exchanges[3].output.contains("Tamat: belum berjaya ✘"))
        #expect(events.filter { if case .answer = $0.kind { return true } else { return false } }.count == 3)
        #expect(events.allSatisfy { $0.at == TranscriptPlayer.fixedDate })
    }

    @Test func aMissingTranscriptFailsLoudly() throws {
        let directory = try TemporaryDirectory()
        let problems = TranscriptFile(directory: directory.path, pack: Self.starter).verify("quiz-enps", record: false)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("missing transcript") == true)
        #expect(problems.first?.contains("RUNDING_RECORD=1") == true)
    }

    @Test func recordingThenChangingAReplyIsCaught() throws {
        let directory = try TemporaryDirectory()
        let files = TranscriptFile(directory: directory.path, pack: Self.starter)
        #expect(files.verify("quiz-enps", record: true) == [])
        #expect(files.verify("quiz-enps", record: false) == [])
        let path = files.path("quiz-enps")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Betul: 50%", with: "Betul: 60%").write(toFile: path, atomically: true, encoding: .utf8)
        let problems = files.verify("quiz-enps", record: false)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("reply 3 to '> 30' differs") == true)
    }

    @Test func aPathToAFailedEndingIsReported() throws {
        let directory = try TemporaryDirectory()
        let files = TranscriptFile(directory: directory.path, pack: Self.starter)
        try "> /kuiz quiz-enps\n> 1\n> 29\n".write(toFile: files.path("quiz-enps"), atomically: true, encoding: .utf8)
        let problems = files.verify("quiz-enps", record: true)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("ends in 'review', which does not count as passed") == true)
    }
}
