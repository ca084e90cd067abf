import Foundation
import Testing
import RundingKit

/// Issue 12's measure "an all-wrong quiz fails", on the shipped pack through the real binary: every
/// shipped quiz, answered at every node by the number under which its first wrong option is shown
/// (read from the chat's output, since options are shuffled; in a typed node, the wrong answer's
/// words), ends not passed, and its
/// `dialogue_end` event says `"success":false`.
@Suite struct AllWrongQuizProcessTests {
    static let pack = ContentLoader(displayBase: Repository.root).load(root: Repository.root).pack

    static var quizzes: [String] { pack.dialogues.filter { $0.kind == .quiz }.map(\.id) }

    /// The last numbered option list in `text`, as (number, text), wrapped lines joined.
    static func shownOptions(in text: String) -> [(number: Int, text: String)] {
        var blocks: [[(number: Int, text: String)]] = [[]]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let body = line.drop { $0 == " " }
            let indent = line.count - body.count
            if indent == 2, let dot = body.firstIndex(of: "."), let number = Int(body[..<dot]) {
                blocks[blocks.count - 1].append((number, String(body[dot...].dropFirst(2))))
            } else if indent > 2, !body.isEmpty, !blocks[blocks.count - 1].isEmpty {
                blocks[blocks.count - 1][blocks[blocks.count - 1].count - 1].text += " " + body
            } else if !blocks[blocks.count - 1].isEmpty {
                blocks.append([])
            }
        }
        return blocks.last { !$0.isEmpty } ?? []
    }

    /// Waits until the output has grown past `count` characters and then not changed for a while;
    /// returns what came after those `count` characters.
    static func reply(_ chat: PipedProcess, after count: Int) -> String {
        for _ in 0..<2_000 where chat.text.count <= count { usleep(10_000) }
        var last = chat.text
        var quiet = 0
        for _ in 0..<1_000 where quiet < 8 {
            usleep(25_000)
            let now = chat.text
            quiet = now == last ? quiet + 1 : 0
            last = now
        }
        return String(last.dropFirst(count))
    }

    @Test(arguments: quizzes)
    func anAllWrongQuizEndsNotPassed(_ id: String) throws {
        let dialogue = try #require(Self.pack.dialogue(id))
        let progress = try TemporaryDirectory()
        defer { progress.remove() }
        let chat = try PipedProcess(arguments: ["--content", Repository.root, "--learner", "wrong",
                                                "--progress-dir", progress.path, "--seed", "3"])
        #expect(chat.waitFor("/bantuan"))
        var seen = chat.text.count
        chat.send("/kuiz \(id)")
        var node = dialogue.node(dialogue.start)
        var steps = 0
        while let current = node, current.ending == nil, steps < 60 {
            steps += 1
            let output = Self.reply(chat, after: seen)
            seen += output.count
            let wrong = current.choices.first { $0.isCorrect == false } ?? current.choices[0]
            if current.mode == .type {
                // No options are shown: the words of a wrong answer, or words only the fallback takes.
                chat.send(wrong.isFallback ? "zzz qqq" : wrong.text.ms)
            } else {
                let want = wrong.text.ms.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let shown = Self.shownOptions(in: output)
                let number = try #require(shown.first { $0.text == want }?.number,
                                          "\(id) \(current.id): '\(want)' not among \(shown) in: \(output)")
                chat.send(String(number))
            }
            node = dialogue.node(wrong.goto)
        }
        #expect(node?.ending != nil, "\(id): no all-wrong path to an ending")
        #expect(chat.waitFor("Skor: "))
        chat.send("/keluar")
        chat.closeInput()
        #expect(chat.waitForExit() == 0)
        let text = chat.text
        #expect(text.contains("Tamat: belum berjaya ✘"), "\(id): \(text.suffix(600))")
        #expect(!text.contains("Tamat: berjaya ✔"))
        #expect(text.contains("Skor: 0%"))
        let logs = try FileManager.default.subpathsOfDirectory(atPath: progress.path)
            .filter { $0.hasSuffix(".jsonl") }
            .map { try String(contentsOfFile: progress.path + "/" + $0, encoding: .utf8) }
            .joined()
        let ends = logs.split(separator: "\n").filter { $0.contains("\"dialogue_end\"") }
        #expect(ends.count == 1)
        #expect(ends.first?.contains("\"success\":false") == true, "\(ends)")
    }
}
